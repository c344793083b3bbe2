import { addDays, overlaps, type Period } from './dates'

export interface HeldPeriod extends Period {
  id: number
  personId: number
}

export type AssignmentPlan<H extends HeldPeriod = HeldPeriod> =
  | { ok: true; close: { id: number; toDate: string } | null }
  | { ok: false; reason: 'overlap' | 'startsBeforeCurrent' | 'seatsFull'; conflict: H }

/**
 * Decides how a new holding fits the role's history. For a single-seat role (a mayor) a new
 * open-ended holder closes the sitting holder's period the day before; anything else that would
 * give the role two holders at once is refused. A role with several seats (a board) takes new
 * holders until its seats are full, and never the same person twice at once.
 */
export function planAssignment<H extends HeldPeriod>(
  existing: readonly H[],
  next: Period & { personId: number },
  seats: number,
): AssignmentPlan<H> {
  const samePerson = existing.find((h) => h.personId === next.personId && overlaps(h, next))
  if (samePerson) return { ok: false, reason: 'overlap', conflict: samePerson }

  if (seats > 1) {
    const concurrent = existing.filter((h) => overlaps(h, next))
    if (concurrent.length >= seats) return { ok: false, reason: 'seatsFull', conflict: concurrent[0] }
    return { ok: true, close: null }
  }

  const sitting = existing.find((h) => h.toDate === null && overlaps(h, next))
  let close: { id: number; toDate: string } | null = null
  if (sitting) {
    if (next.fromDate <= sitting.fromDate) return { ok: false, reason: 'startsBeforeCurrent', conflict: sitting }
    close = { id: sitting.id, toDate: addDays(next.fromDate, -1) }
  }
  const after = existing.map((h) => (close && h.id === close.id ? { ...h, toDate: close.toDate } : h))
  const clash = after.find((h) => overlaps(h, next))
  if (clash) return { ok: false, reason: 'overlap', conflict: clash }
  return { ok: true, close }
}
