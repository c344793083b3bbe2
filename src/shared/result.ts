/**
 * Errors cross IPC and HTTP as data: a thrown Error loses its fields on the way,
 * so every operation answers with a Result instead.
 */
export const errorCodes = [
  'validation',
  'not_found',
  'in_use',
  'conflict',
  'confirmation_required',
  'unknown_operation',
  'unauthorized',
  'import_invalid',
  'internal',
] as const

export type ErrorCode = (typeof errorCodes)[number]

export interface ApiError {
  code: ErrorCode
  /** Norwegian, ready to show to the user. */
  message: string
  /** Dotted path of the input field the message is about, e.g. `email` or `deputies.0.personId`. */
  field?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (error: ApiError): { ok: false; error: ApiError } => ({ ok: false, error })
