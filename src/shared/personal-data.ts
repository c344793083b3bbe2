import { z } from 'zod'
import { id, optionalText, requiredText } from './schema-kit'

/**
 * Personal data (GDPR) about one person in the register: erasure (art. 17), restriction
 * (art. 18, "sperring") and the access report (art. 15). Main: `api/personal-data.ts`.
 */

// ---- inputs -------------------------------------------------------------------------------

/** Erasure is confirmed by typing the person's name, so a wrong row is never erased by a slip. */
export const eraseInput = z.object({ id, confirmName: requiredText(200) }).strict()

/** A restriction says why (the request, a letter's reference); lifting it needs no reason. */
export const restrictInput = z
  .object({ id, restricted: z.boolean(), restrictionReason: optionalText(500) })
  .strict()
  .refine((v) => !v.restricted || v.restrictionReason.length > 0, {
    message: 'required',
    path: ['restrictionReason'],
  })

export type EraseInput = z.input<typeof eraseInput>
export type RestrictInput = z.input<typeof restrictInput>

// ---- outputs ------------------------------------------------------------------------------

/** A case whose text may name the person: the user has to read it (prose is not changed automatically). */
export interface ManualCheck {
  caseId: number
  title: string
  bodyShortCode: string
  numberLabel: string | null
}

/** Where the person's name is written as text (not as a link to the register row). */
export interface NameCopy {
  /** Key of `nb.personalData.places`: followUps, minutes, invitationLog, ... */
  place: NameCopyPlace
  count: number
}

export const nameCopyPlaces = [
  'followUps',
  'minutes',
  'programme',
  'invitationLog',
  'corrections',
  'cycle',
  'plan',
  'meetingNotes',
  'archiveLog',
  'noticeLog',
] as const
export type NameCopyPlace = (typeof nameCopyPlaces)[number]

/** What an erasure would do, shown before the user confirms. */
export interface ErasurePreview {
  personId: number
  name: string
  /** The name the row gets: "Slettet person #17". */
  pseudonym: string
  alreadyErased: boolean
  /** The historical record that stays, pointing at the pseudonymised row. */
  kept: { holdings: number; memberships: number; invitations: number; cases: number; plan: number; rules: number }
  /** Copies of the name in text that are replaced by the pseudonym. */
  nameCopies: NameCopy[]
  /** Cases whose title, text or decisions contain the name: to be checked by hand. */
  manualChecks: ManualCheck[]
}

export interface ErasureResult {
  personId: number
  pseudonym: string
  erasedAt: string
  nameCopies: NameCopy[]
  manualChecks: ManualCheck[]
  /** The file was rewritten (VACUUM) so no old page keeps the erased bytes. */
  fileRewritten: boolean
}
