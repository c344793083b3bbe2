import { useState } from 'react'
import { contract, type InputOf, type OperationName, type OutputOf } from '../../../shared/contract'
import type { ApiError } from '../../../shared/result'
import { validate } from '../../../shared/validation'
import { useApiMutation } from '../api/hooks'

/**
 * A form for one write operation. It checks the draft with the contract's own schema before
 * sending (the same Norwegian messages main would give), then shows main's answer the same way:
 * one error, with the field it belongs to.
 */
export function useForm<N extends OperationName>(name: N, initial: InputOf<N>) {
  const [values, setValues] = useState<InputOf<N>>(initial)
  const [error, setError] = useState<ApiError | null>(null)
  const mutation = useApiMutation(name)

  const set = <K extends keyof InputOf<N>>(key: K, value: InputOf<N>[K]) => {
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
      const saved = await mutation.mutateAsync(values)
      setError(null)
      return saved
    } catch (failure) {
      setError(failure instanceof Error && 'error' in failure ? (failure.error as ApiError) : { code: 'internal', message: String(failure) })
      return null
    }
  }

  return { values, set, setValues, error, fieldError, submit, busy: mutation.isPending }
}

export type FormState<N extends OperationName> = ReturnType<typeof useForm<N>>
