import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { InputOf } from '../../../shared/contract'
import { request } from '../api/client'
import { ApiFailure } from '../api/hooks'

/**
 * `cases.list` that keeps showing the last rows while the next answer comes: typing in the
 * search field narrows the table without it blinking to a spinner at every key.
 */
export function useCaseList(filter: InputOf<'cases.list'>, enabled = true) {
  return useQuery({
    // The same key shape as useApiQuery, so every mutation's refresh reaches it too.
    queryKey: ['cases.list', filter],
    queryFn: async () => {
      const result = await request('cases.list', filter)
      if (!result.ok) throw new ApiFailure(result.error)
      return result.value
    },
    placeholderData: keepPreviousData,
    enabled,
  })
}
