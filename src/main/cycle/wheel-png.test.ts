import { describe, expect, it } from 'vitest'
import { nb } from '../../shared/strings/nb'
import type { WheelData, WheelMark } from '../../shared/cycle'
import { layoutWheel } from '../../shared/wheel/layout'
import { wheelSvg } from '../../shared/wheel/svg'
import { wheelPng } from './wheel-png'

const monthNames = nb.meetings.monthNames.split(',')

/** 15 bodies meeting 8 times each, every meeting with its case, notice and minutes deadlines. */
function fullYear(): WheelData {
  const rings = Array.from({ length: 15 }, (_, i) => ({ key: `b${i}`, label: `Utvalg ${i + 1}` }))
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10)
  const marks: WheelMark[] = Array.from({ length: 120 }, (_, i) => {
    const ring = `b${i % 15}`
    const at = 25 + 40 * Math.floor(i / 15) + (i % 5)
    const deadline = (id: string, offset: number, label: string): WheelMark => ({
      id: `${id}${i}`,
      ring,
      date: day(at + offset),
      kind: 'deadline',
      label,
      target: { meetingId: i },
    })
    return [
      {
        id: `m${i}`,
        ring,
        date: day(at),
        kind: 'meeting',
        label: `Møte ${i} – særlig/øvrig`,
        target: { meetingId: i },
      },
      deadline('s', -21, 'Saksfrist'),
      deadline('n', -14, 'Innkalling'),
      deadline('r', 14, 'Referat'),
    ] satisfies WheelMark[]
  }).flat()
  return { year: 2026, today: '2026-09-01', rings, marks }
}

function svgOf(data: WheelData): string {
  return wheelSvg(layoutWheel(data, { size: 800, monthNames }), {
    title: 'Årshjul 2026',
    legend: { meeting: 'Møte', deadline: 'Frist', item: 'Årshjulaktivitet' },
  })
}

describe('wheelPng', () => {
  it('renders a full year as a PNG of the requested width', () => {
    const png = wheelPng(svgOf(fullYear()), 1600)
    expect(Buffer.isBuffer(png)).toBe(true)
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
    expect(png.readUInt32BE(16)).toBe(1600)
    // The legend strip makes the picture a little taller than wide.
    expect(png.readUInt32BE(20)).toBeGreaterThan(1600)
  })

  it('scales down as well', () => {
    const png = wheelPng(svgOf({ ...fullYear(), marks: [] }), 400)
    expect(png.readUInt32BE(16)).toBe(400)
  })
})
