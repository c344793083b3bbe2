import { nthWeekday } from './calendar'

/** "Second Thursday in March and October": weekday 1-7, ordinal 1-4 or -1 for the last. */
export interface RhythmRule {
  weekday: number
  ordinal: number
  months: number[]
}

/** The dates a rule gives in a year, in order. */
export function datesForRule(rule: RhythmRule, year: number): string[] {
  return [...new Set(rule.months)]
    .sort((a, b) => a - b)
    .flatMap((month) => {
      const date = nthWeekday(year, month, rule.weekday, rule.ordinal)
      return date ? [date] : []
    })
}
