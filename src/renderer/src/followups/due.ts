import type { FollowUp } from '../../../shared/cases'
import { addDays } from '../../../shared/dates'

export type DueState = 'done' | 'overdue' | 'soon' | 'later' | 'none'

/** How close an action's deadline is; "soon" is today and the seven days after it. */
export function dueState(followUp: Pick<FollowUp, 'dueDate' | 'doneAt'>, today: string): DueState {
  if (followUp.doneAt) return 'done'
  if (!followUp.dueDate) return 'none'
  if (followUp.dueDate < today) return 'overdue'
  return followUp.dueDate <= addDays(today, 7) ? 'soon' : 'later'
}

export interface FollowUpCounts {
  open: number
  overdue: number
  soon: number
  done: number
}

export function countFollowUps(list: readonly FollowUp[], today: string): FollowUpCounts {
  const counts: FollowUpCounts = { open: 0, overdue: 0, soon: 0, done: 0 }
  for (const f of list) {
    const state = dueState(f, today)
    if (state === 'done') counts.done++
    else counts.open++
    if (state === 'overdue') counts.overdue++
    if (state === 'soon') counts.soon++
  }
  return counts
}

/**
 * Open actions first, in the order main gives (by due date, undated last), then the done ones,
 * most recently done first: with "show done" on, the finished work stays below what is left.
 */
export function openFirst(list: readonly FollowUp[]): FollowUp[] {
  const open = list.filter((f) => !f.doneAt)
  const done = list.filter((f) => f.doneAt).sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? ''))
  return [...open, ...done]
}
