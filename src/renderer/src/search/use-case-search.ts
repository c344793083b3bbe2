import { useEffect, useRef, useState } from 'react'
import type { SearchHit } from '../../../shared/cases'
import { request } from '../api/client'

export const searchLimit = 20
// Long enough to skip the words typed in one burst, short enough to feel like it answers each key.
const debounceMs = 120

interface Answer {
  query: string
  hits: SearchHit[]
  error: string | null
}

export interface CaseSearch {
  /** The query the hits answer; lags the typed one until its answer is in (the old hits stay meanwhile). */
  answered: string
  hits: SearchHit[]
  searching: boolean
  error: string | null
}

const none: Answer = { query: '', hits: [], error: null }

/**
 * Full-text search as the user types. Each keystroke gets a number; an answer is kept only if
 * it belongs to the latest one, so a slow answer to "leg" never overwrites the one to "legevakt".
 */
export function useCaseSearch(query: string): CaseSearch {
  const [answer, setAnswer] = useState<Answer>(none)
  const latest = useRef(0)
  const trimmed = query.trim()

  useEffect(() => {
    const asked = ++latest.current
    if (!trimmed) return
    const timer = setTimeout(() => {
      void request('cases.search', { query: trimmed, limit: searchLimit }).then((result) => {
        if (asked !== latest.current) return
        setAnswer(
          result.ok
            ? { query: trimmed, hits: result.value, error: null }
            : { query: trimmed, hits: [], error: result.error.message },
        )
      })
    }, debounceMs)
    return () => clearTimeout(timer)
  }, [trimmed])

  if (!trimmed) return { answered: '', hits: [], searching: false, error: null }
  return { answered: answer.query, hits: answer.hits, searching: answer.query !== trimmed, error: answer.error }
}
