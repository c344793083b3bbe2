import type { AgendaItem } from '../../../shared/cases'

/** What the user can do to an agenda item; main refuses the rest with its own message anyway. */
export type ItemAction = 'open' | 'timing' | 'edit' | 'postpone' | 'withdraw' | 'remove'

/** The actions offered for one item, in menu order. */
export function itemActions(item: AgendaItem, closed: boolean, frozen: boolean): ItemAction[] {
  const actions: ItemAction[] = []
  if (item.caseId !== null) actions.push('open')
  if (closed) return actions
  const moved = item.withdrawn || item.postponed
  if (item.kind === 'programme') actions.push('edit')
  else if (!moved) actions.push('timing')
  if (item.kind === 'case' && !moved) actions.push('postpone', 'withdraw')
  // A number sent out in the notice is kept for good: such an item can be withdrawn, not removed.
  if (!item.numberFixed && !(frozen && item.numbered)) actions.push('remove')
  return actions
}
