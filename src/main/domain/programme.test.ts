import { describe, expect, it } from 'vitest'
import { programmeTimes } from './programme'

describe('programme times', () => {
  it('starts each item when the one before it ends', () => {
    expect(programmeTimes('09:00', [30, 45, 15, 60])).toEqual(['09:00', '09:30', '10:15', '10:30'])
  })

  it('gives an item without a duration the time of the next one', () => {
    expect(programmeTimes('12:30', [null, 20, null, 10])).toEqual(['12:30', '12:30', '12:50', '12:50'])
  })

  it('counts past the hour and past noon', () => {
    expect(programmeTimes('11:50', [25, 70, 5])).toEqual(['11:50', '12:15', '13:25'])
  })
})
