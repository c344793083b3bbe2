import { describe, expect, it } from 'vitest'
import { nb } from '../strings/nb'
import type { WheelData, WheelMark } from '../cycle'
import { dateAngle, layoutWheel } from './layout'
import type { PlacedMark, WheelLayout } from './layout'

const monthNames = nb.meetings.monthNames.split(',')

function day(year: number, index: number): string {
  return new Date(Date.UTC(year, 0, 1 + index)).toISOString().slice(0, 10)
}

function mark(id: string, ring: string, date: string, kind: WheelMark['kind'] = 'meeting'): WheelMark {
  return { id, ring, date, kind, label: id, target: { meetingId: 1 } }
}

/**
 * `meetings` meetings over `ringCount` rings, each with its three deadlines. `spread` days apart
 * on a ring; a small spread piles meetings and deadlines on top of each other.
 */
function busyYear(ringCount: number, meetings: number, spread: number): WheelData {
  const rings = Array.from({ length: ringCount }, (_, i) => ({ key: `r${i}`, label: `RS ${i}` }))
  const marks = Array.from({ length: meetings }, (_, i) => {
    const ring = `r${i % ringCount}`
    const at = 30 + spread * Math.floor(i / ringCount)
    return [
      mark(`m${i}`, ring, day(2026, at)),
      mark(`s${i}`, ring, day(2026, at - 21), 'deadline'),
      mark(`n${i}`, ring, day(2026, at - 14), 'deadline'),
      mark(`p${i}`, ring, day(2026, at + 14), 'deadline'),
    ]
  }).flat()
  return { year: 2026, today: '2026-05-20', rings, marks }
}

function onlyMark(layout: WheelLayout, id: string): PlacedMark {
  const found = layout.marks.find((m) => m.id === id)
  if (!found) throw new Error(`no mark ${id}`)
  return found
}

function sameRingPairs(layout: WheelLayout): [PlacedMark, PlacedMark][] {
  const pairs: [PlacedMark, PlacedMark][] = []
  layout.marks.forEach((a, i) =>
    layout.marks.slice(i + 1).forEach((b) => {
      if (a.ring === b.ring) pairs.push([a, b])
    }),
  )
  return pairs
}

describe('layoutWheel places dates around the year', () => {
  const data: WheelData = {
    year: 2026,
    today: '2026-03-01',
    rings: [{ key: 'ssu', label: 'SSU' }],
    marks: [mark('jan', 'ssu', '2026-01-01'), mark('jul', 'ssu', '2026-07-01')],
  }
  const layout = layoutWheel(data, { size: 800, monthNames })

  it('puts 1 January at 12 o’clock', () => {
    const jan = onlyMark(layout, 'jan')
    expect(jan.angle).toBe(0)
    expect(jan.x).toBeCloseTo(0, 5)
    expect(jan.y).toBeLessThan(0)
  })

  it('puts 1 July at the bottom', () => {
    const jul = onlyMark(layout, 'jul')
    expect(jul.angle).toBeGreaterThan(177)
    expect(jul.angle).toBeLessThan(181)
    expect(Math.abs(jul.x)).toBeLessThan(jul.y * 0.05)
    expect(jul.y).toBeGreaterThan(0)
  })

  it('counts leap days, and the last day of the year stays short of a full turn', () => {
    expect(dateAngle('2024-12-31', 2024)).toBeCloseTo((365 / 366) * 360, 6)
    expect(dateAngle('2024-03-01', 2024)).toBeCloseTo((60 / 366) * 360, 6)
    expect(dateAngle('2025-01-01', 2024)).toBeNull()
  })

  it('turns month labels so none reads upside down', () => {
    expect(layout.months.map((m) => m.name)).toEqual(monthNames)
    for (const month of layout.months) {
      const turn = Number(/rotate\((-?[\d.]+) /.exec(month.label.transform)?.[1])
      expect(Math.abs(turn)).toBeLessThanOrEqual(90)
    }
  })

  it('leaves out marks outside the year or on an unknown ring', () => {
    const other = layoutWheel(
      { ...data, marks: [...data.marks, mark('old', 'ssu', '2025-12-31'), mark('lost', 'nope', '2026-05-05')] },
      { size: 800, monthNames },
    )
    expect(other.marks.map((m) => m.id)).toEqual(['jan', 'jul'])
    expect(other.omittedMarkIds.sort()).toEqual(['lost', 'old'])
  })
})

describe('layoutWheel rings', () => {
  it.each([1, 4, 15, 30])('stacks %i rings from the outside in, inside the picture', (count) => {
    const size = 800
    const layout = layoutWheel(busyYear(count, count, 30), { size, monthNames })
    expect(layout.rings).toHaveLength(count)
    layout.rings.forEach((ring, i) => {
      expect(ring.index).toBe(i)
      expect(ring.innerRadius).toBeLessThan(ring.outerRadius)
      expect(ring.outerRadius).toBeLessThanOrEqual(size / 2)
      if (i > 0) expect(ring.outerRadius).toBeCloseTo(layout.rings[i - 1].innerRadius, 1)
      expect(ring.path).toMatch(/^M/)
    })
    expect(layout.rings[0].outerRadius).toBe(layout.outerRadius)
    expect(layout.hubRadius).toBeGreaterThanOrEqual(size * 0.13 - 0.01)
  })

  it('gives a ring label room away from a mark that sits at the top', () => {
    const empty = layoutWheel(busyYear(3, 0, 30), { size: 800, monthNames })
    const crowdedTop = layoutWheel(
      { ...busyYear(3, 0, 30), marks: [mark('new-year', 'r0', '2026-01-01')] },
      { size: 800, monthNames },
    )
    expect(crowdedTop.rings[0].labelPath).not.toBe(empty.rings[0].labelPath)
    expect(crowdedTop.rings[1].labelPath).toBe(empty.rings[1].labelPath)
  })
})

describe('layoutWheel with 15 rings and 120 meetings', () => {
  it('never puts two marks of a ring on the same spot, even when they pile up', () => {
    const layout = layoutWheel(busyYear(15, 120, 2), { size: 800, monthNames })
    expect(layout.marks).toHaveLength(480)
    for (const [a, b] of sameRingPairs(layout)) expect([a.x, a.y]).not.toEqual([b.x, b.y])
  })

  it('keeps marks apart when meetings are a fortnight apart, and inside their band', () => {
    const layout = layoutWheel(busyYear(15, 120, 14), { size: 800, monthNames })
    for (const [a, b] of sameRingPairs(layout)) {
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.size + b.size)
    }
    for (const m of layout.marks) {
      const ring = layout.rings.find((r) => r.key === m.ring)
      const radius = Math.hypot(m.x, m.y)
      expect(radius - m.size).toBeGreaterThanOrEqual((ring?.innerRadius ?? 0) - 0.5)
      expect(radius + m.size).toBeLessThanOrEqual((ring?.outerRadius ?? 0) + 0.5)
    }
  })

  it('stacks five marks on one day without any two coinciding', () => {
    const data = busyYear(15, 0, 0)
    data.marks = ['a', 'b', 'c', 'd', 'e'].map((id) => mark(id, 'r14', '2026-04-10', 'item'))
    const layout = layoutWheel(data, { size: 800, monthNames })
    const spots = new Set(layout.marks.map((m) => `${m.x},${m.y}`))
    expect(spots.size).toBe(5)
  })

  it('lists marks in date order', () => {
    const layout = layoutWheel(busyYear(15, 120, 3), { size: 800, monthNames })
    const dates = layout.marks.map((m) => m.date)
    expect(dates).toEqual([...dates].sort())
  })
})

describe('the today hand', () => {
  const data = busyYear(2, 2, 30)

  it('points at today when today is in the wheel’s year', () => {
    const layout = layoutWheel({ ...data, today: '2026-07-01' }, { size: 600, monthNames })
    expect(layout.today).not.toBeNull()
    expect(layout.today?.y2).toBeGreaterThan(layout.outerRadius * 0.99)
    expect(Math.abs(layout.today?.x2 ?? 1)).toBeLessThan(layout.outerRadius * 0.05)
  })

  it('is left out for another year', () => {
    expect(layoutWheel({ ...data, today: '2027-01-05' }, { size: 600, monthNames }).today).toBeNull()
    expect(layoutWheel({ ...data, today: '2025-12-31' }, { size: 600, monthNames }).today).toBeNull()
  })
})
