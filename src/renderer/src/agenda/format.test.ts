import { describe, expect, it } from 'vitest'
import { addMinutes, minutesBetween, numberRange } from './format'

describe('numberRange', () => {
  it('writes the shared prefix once', () => {
    expect(numberRange(['SSU-sak 01/2026', 'SSU-sak 04/2026', 'SSU-sak 07/2026'])).toBe('SSU-sak 01/2026 – 07/2026')
  })
  it('keeps one label as it is, and nothing as nothing', () => {
    expect(numberRange(['OSS-sak 09/2024'])).toBe('OSS-sak 09/2024')
    expect(numberRange([])).toBe('')
  })
  it('writes both labels whole when their prefixes differ', () => {
    expect(numberRange(['Sak 1/26', 'PM-sak 2/26'])).toBe('Sak 1/26 – PM-sak 2/26')
  })
})

describe('programme times', () => {
  it('adds and measures minutes on the wall clock', () => {
    expect(addMinutes('09:00', 90)).toBe('10:30')
    expect(addMinutes('23:30', 45)).toBe('00:15')
    expect(minutesBetween('12:30', '15:00')).toBe(150)
    expect(minutesBetween('15:30', '15:00')).toBe(-30)
  })
})
