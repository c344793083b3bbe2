import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'

/**
 * A logo goes into the header of every document made, and Word, LibreOffice and the screen decode
 * it each time: a small file can declare a picture of 50 000 × 50 000 pixels (gigabytes once
 * decoded). The IHDR chunk says the size without decoding anything. Pure.
 */

export const maxLogoPixels = 4000

/** The refusal for a PNG (signature already checked) whose declared size is empty or too large, or null. */
export function pngSizeProblem(png: Uint8Array): string | null {
  const view = Buffer.from(png.buffer, png.byteOffset, png.byteLength)
  const width = view.readUInt32BE(16)
  const height = view.readUInt32BE(20)
  if (width > 0 && height > 0 && width <= maxLogoPixels && height <= maxLogoPixels) return null
  return format(nb.fileSafety.png.tooManyPixels, { width, height, max: maxLogoPixels })
}
