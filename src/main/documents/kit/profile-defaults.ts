import { isPng, maxLogoMb, type OrganisationProfile } from '../../../shared/documents'
import { nb } from '../../../shared/strings/nb'
import { format } from '../../../shared/text'
import { AppError } from '../../errors'
import { pngSizeProblem } from '../../files/png-guard'

const s = nb.documents.kit

export const defaultFileNamePattern = '{utvalg} {nr}-{år} {tittel} - {dokument}'
export const maxLogoBytes = maxLogoMb * 1024 * 1024

/** The profile of a workspace that has not set one: its own name, the house colour, Calibri, the default logo. */
export function defaultProfile(workspaceName: string): OrganisationProfile {
  return {
    name: workspaceName.trim() || s.defaultName,
    addressLine: '',
    author: s.defaultAuthor,
    colour: '005A9C',
    font: 'Calibri',
    logoPng: null,
    logoAltText: '',
    fileNamePattern: defaultFileNamePattern,
  }
}

const text = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() !== '' ? value : fallback)

/**
 * The stored profile over the defaults, field by field: a setting written by an older version,
 * or damaged, still gives a complete profile rather than a document that cannot be made.
 */
export function profileFromSetting(json: string | null, workspaceName: string): OrganisationProfile {
  const base = defaultProfile(workspaceName)
  let stored: Record<string, unknown> = {}
  try {
    const parsed: unknown = json ? JSON.parse(json) : {}
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) stored = parsed as Record<string, unknown>
  } catch {
    stored = {}
  }
  const colour = text(stored.colour, base.colour)
  const pattern = text(stored.fileNamePattern, base.fileNamePattern)
  const profile: OrganisationProfile = {
    name: text(stored.name, base.name),
    addressLine: typeof stored.addressLine === 'string' ? stored.addressLine : '',
    author: text(stored.author, base.author),
    colour: /^[0-9a-fA-F]{6}$/.test(colour) ? colour.toUpperCase() : base.colour,
    font: text(stored.font, base.font),
    logoPng: typeof stored.logoPng === 'string' && stored.logoPng !== '' ? stored.logoPng : null,
    logoAltText: typeof stored.logoAltText === 'string' ? stored.logoAltText : '',
    fileNamePattern: pattern.includes('{dokument}') ? pattern : base.fileNamePattern,
  }
  return profile
}

/** The logo's alternative text: the profile's, or "Logo for <name>". */
export const logoAltTextOf = (profile: Pick<OrganisationProfile, 'logoAltText' | 'name'>) =>
  profile.logoAltText.trim() || format(s.defaultLogoAlt, { name: profile.name })

/** Refuses a logo that is not a PNG or is larger than 2 MB, naming the field `logoPng`. */
export function checkLogo(logoPng: string | null): void {
  if (logoPng === null) return
  const bytes = Buffer.from(logoPng, 'base64')
  if (!isPng(bytes)) throw new AppError({ code: 'validation', message: s.logoNotPng, field: 'logoPng' })
  const pixels = pngSizeProblem(bytes)
  if (pixels) throw new AppError({ code: 'validation', message: pixels, field: 'logoPng' })
  if (bytes.length > maxLogoBytes) {
    // Rounded up, so a file just over the limit never reads as "2 MB".
    const size = (Math.ceil((bytes.length / 1024 / 1024) * 10) / 10).toLocaleString('nb-NO', {
      maximumFractionDigits: 1,
    })
    throw new AppError({ code: 'validation', message: format(s.logoTooLarge, { size }), field: 'logoPng' })
  }
}
