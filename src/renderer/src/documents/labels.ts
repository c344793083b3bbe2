/** Small text helpers for the document and archive screens; pure, so they are tested on their own. */

/** The tokens a file-name pattern may hold, in the order the settings explain them. */
export const fileNameTokens = ['utvalg', 'nr', 'år', 'tittel', 'dokument', 'dato'] as const
export type FileNameToken = (typeof fileNameTokens)[number]

/**
 * What a pattern gives for one example document, the way main names files: each known token replaced,
 * unknown text kept, runs of spaces closed up, and ".docx" added.
 */
export function exampleFileName(pattern: string, values: Record<FileNameToken, string>): string {
  const filled = pattern.replace(/\{([^{}]+)\}/g, (whole, name: string) =>
    name in values ? values[name as FileNameToken] : whole,
  )
  const tidy = filled.replace(/\s+/g, ' ').trim()
  return tidy ? `${tidy}.docx` : ''
}

/**
 * A folder short enough for a menu: the whole path when it fits, otherwise "…" and the last
 * segments, so "C:\Arkiv\Import\Helsefellesskapet\OSS" reads "…\Helsefellesskapet\OSS".
 */
export function shortFolder(folder: string, max = 36): string {
  if (folder.length <= max) return folder
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/'
  const parts = folder.split(/[\\/]/).filter(Boolean)
  let shown = parts.pop() ?? ''
  while (parts.length > 0 && shown.length + parts[parts.length - 1].length + 1 <= max - 2) {
    shown = `${parts.pop()}${separator}${shown}`
  }
  return `…${separator}${shown}`
}

/** The file name at the end of a full path, whichever separator the machine uses. */
export const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path

/** "Saksfremlegg" from "saksfremlegg": the catalog keeps names as they read inside a sentence. */
export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('nb-NO') + text.slice(1)

/** A hex colour as main stores it (six digits, no #), or null when it is not one yet. */
export function hexOrNull(value: string): string | null {
  const hex = value.trim().replace(/^#/, '')
  return /^[0-9a-fA-F]{6}$/.test(hex) ? hex.toUpperCase() : null
}
