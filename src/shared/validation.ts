import type { z } from 'zod'
import { nb } from './strings/nb'
import { format } from './text'
import { fail, ok, type ApiError, type Result } from './result'

type Issue = z.core.$ZodIssue
type ValidationKey = keyof typeof nb.validation

const fieldLabels: Record<string, string> = nb.fields

/** The label of the innermost named field in a path: `deputies.0.personId` -> "Person". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i]
    if (typeof key === 'string') return fieldLabels[key] ?? key
  }
  return nb.validation.input
}

function isValidationKey(message: string): message is ValidationKey {
  return message in nb.validation
}

/**
 * Unknown field names come from the caller and may be anything: a few, each cut short, keep the
 * message a sentence (a 100 000-character name would otherwise become the message).
 */
function keyList(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k))
  return keys.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ')
}

/** One Norwegian sentence for one zod issue. */
export function issueMessage(issue: Issue): string {
  const field = fieldLabel(issue.path)
  // A schema that names its own message (a key of nb.validation) knows best what went wrong.
  if (isValidationKey(issue.message)) return format(nb.validation[issue.message], { field })
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || Number.isNaN(issue.input))
        return format(nb.validation.required, { field })
      if (issue.expected === 'int') return format(nb.validation.notInteger, { field })
      return format(nb.validation.wrongType, { field })
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? format(nb.validation.required, { field })
          : format(nb.validation.tooShort, { field, min: Number(issue.minimum) })
      }
      return format(nb.validation.tooSmall, { field, min: Number(issue.minimum) })
    case 'too_big':
      return issue.origin === 'string'
        ? format(nb.validation.tooLong, { field, max: Number(issue.maximum) })
        : format(nb.validation.tooBig, { field, max: Number(issue.maximum) })
    case 'invalid_value':
      return format(nb.validation.invalidChoice, { field })
    case 'unrecognized_keys':
      return format(nb.validation.unknownField, { keys: keyList(issue.keys) })
    default:
      return format(nb.validation.invalidInput, { field })
  }
}

function toError(issue: Issue): ApiError {
  const field = issue.path.map(String).join('.')
  return { code: 'validation', message: issueMessage(issue), ...(field ? { field } : {}) }
}

/**
 * Validates input against a schema. The first problem becomes the error, with the dotted path
 * of its field, so a form can put the message beside the right input.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input, { reportInput: true })
  return parsed.success ? ok(parsed.data) : fail(toError(parsed.error.issues[0]))
}

/** Every problem at once, one per field, for a form that marks all its bad fields together. */
export function validationErrors(schema: z.ZodType, input: unknown): ApiError[] {
  const parsed = schema.safeParse(input, { reportInput: true })
  if (parsed.success) return []
  const errors = parsed.error.issues.map(toError)
  return errors.filter((e, i) => errors.findIndex((other) => other.field === e.field) === i)
}
