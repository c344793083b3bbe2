import type { Context } from '../api/context'
import type { ArchiveRecord, ArchiveResult, DocumentRequest } from '../../shared/documents'
import type { MadeSet } from '../documents/make'

/** Writes a made set into its body's archive folder with a manifest, and records the filing. */
export async function exportToArchive(_ctx: Context, _request: DocumentRequest, _made: MadeSet): Promise<ArchiveResult> {
  throw new Error('not implemented')
}

export async function archiveFolders(_ctx: Context): Promise<{ bodyId: number; shortCode: string; name: string; folder: string }[]> {
  throw new Error('not implemented')
}

export async function setArchiveFolder(_ctx: Context, _bodyId: number, _folder: string): Promise<void> {
  throw new Error('not implemented')
}

export async function archiveLog(_ctx: Context, _bodyId: number | undefined): Promise<ArchiveRecord[]> {
  throw new Error('not implemented')
}
