import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf, OperationName, OutputOf } from '../../../shared/contract'
import type { ApiError } from '../../../shared/result'
import { request } from './client'

/** A refused operation, carried through React Query as an error with the API's own fields. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message)
  }
}

async function unwrap<N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const result = await request(name, input)
  if (!result.ok) throw new ApiFailure(result.error)
  return result.value
}

/** Reads through an operation; cached by name and input. */
export function useApiQuery<N extends OperationName>(name: N, input: InputOf<N>, enabled = true) {
  return useQuery({ queryKey: [name, input], queryFn: () => unwrap(name, input), enabled })
}

/**
 * Writes through an operation. Every success refreshes all queries: the database is local and
 * fast, and a change in one list (a new role holder) shows in others (a body's members).
 * `refresh: false` leaves the refresh to the caller, for a write that swaps the whole screen
 * (an import): an open dialog must close before the screen holding it goes away.
 */
export function useApiMutation<N extends OperationName>(name: N, { refresh = true } = {}) {
  const client = useQueryClient()
  return useMutation<OutputOf<N>, ApiFailure, InputOf<N>>({
    mutationFn: (input) => unwrap(name, input),
    onSuccess: () => (refresh ? client.invalidateQueries() : undefined),
  })
}

/** Refreshes every query: after a write made with `refresh: false`. */
export function useRefresh() {
  const client = useQueryClient()
  return () => void client.invalidateQueries()
}
