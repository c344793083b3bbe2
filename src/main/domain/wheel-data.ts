import type { CycleItem, Meeting, WheelData, WheelMark, WheelRing } from '../../shared/cycle'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { BodyLevel } from '../../shared/vocabulary'

interface BodyRing {
  id: number
  name: string
  shortCode: string
  level: BodyLevel
}

/**
 * The year as wheel data: one ring per body, or per category (a body's level gathers the four
 * RS on one ring; a yearly item has a category of its own). Each meeting is a mark with its
 * deadlines as smaller marks on the same ring; yearly items sit on their body's ring, shared
 * ones on a ring for all bodies.
 */
export function wheelData(
  year: number,
  today: string,
  bodies: readonly BodyRing[],
  meetings: readonly Meeting[],
  items: readonly CycleItem[],
  ringBy: 'body' | 'level',
): WheelData {
  const ringOf = (bodyId: number) => {
    const body = bodies.find((b) => b.id === bodyId)
    return ringBy === 'body' ? `body:${bodyId}` : `level:${body?.level ?? 'annet'}`
  }
  const itemRing = (item: CycleItem) =>
    ringBy === 'level' ? `category:${item.category}` : item.bodyId === null ? 'all' : `body:${item.bodyId}`
  const placedItems = items.filter((i) => i.date !== null)
  const used = new Set([...meetings.map((m) => ringOf(m.bodyId)), ...placedItems.map(itemRing)])
  const bodyRings: WheelRing[] =
    ringBy === 'body'
      ? bodies.filter((b) => used.has(`body:${b.id}`)).map((b) => ({ key: `body:${b.id}`, label: b.shortCode }))
      : [...new Set(bodies.map((b) => b.level))]
          .filter((level) => used.has(`level:${level}`))
          .map((level) => ({ key: `level:${level}`, label: nb.vocabulary.bodyLevel[level] }))
  const itemRings: WheelRing[] =
    ringBy === 'body'
      ? used.has('all')
        ? [{ key: 'all', label: nb.cycle.allBodies }]
        : []
      : [...new Set(placedItems.map((i) => i.category))].map((category) => ({
          key: `category:${category}`,
          label: category,
        }))
  const rings = [...bodyRings, ...itemRings]

  const marks: WheelMark[] = meetings.flatMap((m) => {
    const label = format(nb.cycle.meetingLabel, { body: m.bodyShortCode, number: m.number ?? '–', year })
    const meeting: WheelMark = {
      id: `meeting:${m.id}`,
      ring: ringOf(m.bodyId),
      date: m.date,
      kind: 'meeting',
      label: m.status === 'cancelled' ? `${label} (${nb.cycle.status.cancelled.toLowerCase()})` : label,
      target: { meetingId: m.id },
      cancelled: m.status === 'cancelled',
    }
    const deadlines: WheelMark[] = m.deadlines
      .filter((d) => d.date.startsWith(String(year)))
      .map((d) => ({
        id: `${d.kind}:${m.id}`,
        ring: ringOf(m.bodyId),
        date: d.date,
        kind: 'deadline',
        label: `${nb.cycle.deadline[d.kind]}: ${label}`,
        target: { meetingId: m.id },
      }))
    return [meeting, ...deadlines]
  })
  const itemMarks: WheelMark[] = placedItems.map((item) => ({
    id: `item:${item.id}`,
    ring: itemRing(item),
    date: item.date ?? '',
    kind: 'item',
    label: item.title,
    target: { itemId: item.id },
  }))
  return { year, today, rings, marks: [...marks, ...itemMarks] }
}
