import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isPng, type OrganisationProfile } from '../../../shared/documents'

/**
 * The logo in the document header: the profile's own PNG, or the default in resources/.
 *
 * Where resources/ is depends on how main runs: from src/ under vitest, bundled into
 * out/main/(chunks/) by electron-vite, or inside app.asar when packaged (Electron's fs reads
 * asar paths). So we walk up from this module's own folder until a resources/document-logo.png
 * turns up, and fall back to the working directory; no Electron API is needed, so tests and web
 * mode find it the same way.
 */

const fileName = 'document-logo.png'

/** Width and height in pixels, from the IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(bytes)
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) }
}

function candidates(): string[] {
  const found: string[] = []
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    found.push(join(dir, 'resources', fileName))
    const up = dirname(dir)
    if (up === dir) break
    dir = up
  }
  found.push(resolve(process.cwd(), 'resources', fileName))
  return found
}

let defaultLogo: Buffer | null | undefined

/** The default logo's bytes, or null when the app was packaged without it. */
export function defaultLogoPng(): Buffer | null {
  if (defaultLogo === undefined) {
    const path = candidates().find((p) => existsSync(p))
    defaultLogo = path ? readFileSync(path) : null
  }
  return defaultLogo
}

/** The logo a document shows: the profile's if it is a readable PNG, else the default. */
export function logoOf(profile: Pick<OrganisationProfile, 'logoPng'>): Buffer | null {
  if (profile.logoPng) {
    const bytes = Buffer.from(profile.logoPng, 'base64')
    if (isPng(bytes)) return bytes
  }
  return defaultLogoPng()
}
