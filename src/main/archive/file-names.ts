import { extname } from 'node:path'
import { safeName } from '../files/paths'

/**
 * Names the archive folder can take. Archive import folders are often Windows shares, so names
 * follow Windows' rules even when Sekretariat runs elsewhere; the rules are the one set in
 * files/paths.ts, here with a shorter limit.
 */

// The whole path must stay under Windows' 260 characters; the folder itself takes some.
const maxLength = 120

export const safeFileName = (name: string, fallback = 'dokument') => safeName(name, { fallback, maxChars: maxLength })

/** "Innkalling.docx" -> "Innkalling (2).docx"; a folder's name has no extension to keep. */
export function numberedName(name: string, n: number, isFolder = false): string {
  if (n === 1) return name
  const ext = isFolder ? '' : extname(name)
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`
}

/** The first of name, "name (2)", "name (3)"… for which every variant is free. */
export function firstFree(free: (n: number) => boolean): number {
  let n = 1
  while (!free(n)) n++
  return n
}

/** "01", "02"… wide enough that the files sort in agenda order in any file list. */
export const positionLabel = (position: number, count: number) =>
  String(position).padStart(Math.max(2, String(count).length), '0')

export const withoutExtension = (name: string) => name.slice(0, name.length - extname(name).length)
