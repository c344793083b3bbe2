import { Packer, type Document } from 'docx'
import { coreOverrides } from './document'

/** The .docx file's bytes. */
export async function packDocx(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document, false, coreOverrides(document))
}
