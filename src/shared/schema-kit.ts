import { z } from 'zod'

/**
 * Building blocks for input schemas. Custom messages are keys of `nb.validation`;
 * `validation.ts` turns them into Norwegian sentences that name the field.
 */

// Control characters other than tab and newlines never belong in register text.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

const clean = (schema: z.ZodString) =>
  schema.refine((v) => !controlCharacters.test(v), { message: 'controlCharacters' })

export const id = z.number().int().positive()
export const optionalId = id.nullable().default(null)

/** A required single-line text. */
export const requiredText = (max = 200) => clean(z.string().trim().min(1).max(max))
/** An optional text; absent means empty. */
export const optionalText = (max = 200) => clean(z.string().trim().max(max)).default('')

export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** A calendar date as `YYYY-MM-DD`; 2026-02-30 is refused. */
export const isoDate = z.string().trim().min(1).refine(isValidIsoDate, { message: 'invalidDate' })
export const optionalIsoDate = isoDate.nullable().default(null)

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
export const optionalEmail = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === '' || emailPattern.test(v), { message: 'invalidEmail' })
  .default('')

/** How a body writes its case numbers: `{nr}/{år}`, `SSU-sak {nr}/{år}`. */
export const caseLabelFormat = requiredText(40).refine((v) => v.includes('{nr}') && v.includes('{år}'), {
  message: 'labelFormat',
})

export const searchText = z.string().max(200).default('')

export const empty = z.object({}).strict()
