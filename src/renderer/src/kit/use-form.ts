import { useState } from 'react'
import { contract, type InputOf, type OperationName, type OutputOf } from '../../../shared/contract'
import type { ApiError } from '../../../shared/result'
import { validate } from '../../../shared/validation'
import { ApiFailure, useApiMutation } from '../api/hooks'

/** A form's working copy: a number (an id from a picker, a count) may be "not chosen yet". */
export type Draft<T> = { [K in keyof T]: NonNullable<T[K]> extends number ? T[K] | null : T[K] }

/**
 * A form for one write operation. It checks the draft with the contract's own schema before
 * sending (the same Norwegian messages main would give: "Person må fylles ut."), then shows
 * main's answer the same way: one error, with the field it belongs to.
 */
export function useForm<N extends OperationName>(name: N, initial: Draft<InputOf<N>>) {
  const [values, setValues] = useState(initial)
  const [error, setError] = useState<ApiError | null>(null)
  const mutation = useApiMutation(name)

  const set = <K extends keyof Draft<InputOf<N>>>(key: K, value: Draft<InputOf<N>>[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    if (error?.field && (error.field === key || error.field.startsWith(`${String(key)}.`))) setError(null)
  }

  /** The message for a field, if the current error is about it (or something inside it). */
  const fieldError = (path: string): string | undefined =>
    error?.field && (error.field === path || error.field.startsWith(`${path}.`)) ? error.message : undefined

  async function submit(): Promise<OutputOf<N> | null> {
    const checked = validate(contract[name].input, values)
    if (!checked.ok) {
      setError(checked.error)
      return null
    }
    try {
      // What a schema accepts and fills in is itself valid input for that schema.
      const saved = await mutation.mutateAsync(checked.value as InputOf<N>)
      setError(null)
      return saved
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.error : { code: 'internal', message: String(failure) })
      return null
    }
  }

  return { values, set, error, fieldError, submit, busy: mutation.isPending }
}
