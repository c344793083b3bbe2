import { useState } from 'react'
import { contract, type InputOf, type OperationName, type OutputOf } from '../../../shared/contract'
import type { ApiError } from '../../../shared/result'
import { validationErrors } from '../../../shared/validation'
import { ApiFailure, useApiMutation } from '../api/hooks'

const within = (field: string | undefined, path: string) =>
  field !== undefined && (field === path || field.startsWith(`${path}.`))

/** A form's working copy: a number (an id from a picker, a count) may be "not chosen yet". */
export type Draft<T> = { [K in keyof T]: NonNullable<T[K]> extends number ? T[K] | null : T[K] }

/**
 * A form for one write operation. It checks the draft with the contract's own schema before
 * sending (the same Norwegian messages main would give: "Person må fylles ut."), marking every
 * bad field at once, then shows main's answer the same way, beside the field it names.
 */
export function useForm<N extends OperationName>(name: N, initial: Draft<InputOf<N>>) {
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<ApiError[]>([])
  const mutation = useApiMutation(name)

  const set = <K extends keyof Draft<InputOf<N>>>(key: K, value: Draft<InputOf<N>>[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    setErrors((list) => list.filter((e) => !within(e.field, String(key))))
  }

  /** The message for a field, if an error is about it (or something inside it). */
  const fieldError = (path: string): string | undefined => errors.find((e) => within(e.field, path))?.message

  /** Saves; `extra` adds fields for this one attempt (a confirmation the user just gave). */
  async function submit(extra: Partial<Draft<InputOf<N>>> = {}): Promise<OutputOf<N> | null> {
    const draft = { ...values, ...extra }
    const problems = validationErrors(contract[name].input, draft)
    if (problems.length > 0) {
      setErrors(problems)
      return null
    }
    try {
      // The draft passed the schema, so it is the operation's input.
      const saved = await mutation.mutateAsync(draft as InputOf<N>)
      setErrors([])
      return saved
    } catch (failure) {
      setErrors([failure instanceof ApiFailure ? failure.error : { code: 'internal', message: String(failure) }])
      return null
    }
  }

  /** Value, setter and message of one field, to spread into an input component. */
  const bind = <K extends keyof Draft<InputOf<N>> & string>(key: K) => ({
    value: values[key],
    onChange: (value: Draft<InputOf<N>>[K]) => set(key, value),
    validationMessage: fieldError(key),
  })

  /** An error not tied to a field, shown on top of the form. */
  const error = errors.find((e) => !e.field) ?? null

  return { values, set, bind, errors, error, fieldError, submit, busy: mutation.isPending }
}

export type FormState<N extends OperationName> = ReturnType<typeof useForm<N>>
