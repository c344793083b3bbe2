import type { OrganisationProfile } from '../../../shared/documents'

/** The colours every document takes from the profile: one accent, and the quiet tones made from it. */
export interface Look {
  /** Headings, the header's name and the rule under it. */
  accent: string
  /** Shading of table header cells: the accent mixed far towards white. */
  tint: string
  /** Grey for header and footer text. */
  muted: string
  /** Table borders and the footer rule. */
  line: string
  font: string
}

const clampHex = (hex: string) => (/^[0-9a-fA-F]{6}$/.test(hex) ? hex.toUpperCase() : '005A9C')

/** `amount` 0 keeps the colour, 1 gives white. */
export function mixWithWhite(hex: string, amount: number): string {
  const c = clampHex(hex)
  return [0, 2, 4]
    .map((i) => parseInt(c.slice(i, i + 2), 16))
    .map((v) => Math.round(v + (255 - v) * amount))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()
}

export function lookOf(profile: Pick<OrganisationProfile, 'colour' | 'font'>): Look {
  return {
    accent: clampHex(profile.colour),
    tint: mixWithWhite(profile.colour, 0.86),
    muted: '595959',
    line: 'A6A6A6',
    font: profile.font,
  }
}

/** For callers that have no profile at hand (tests, previews). */
export const neutralLook: Look = lookOf({ colour: '005A9C', font: 'Calibri' })
