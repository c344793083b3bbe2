import type { TFunction } from 'i18next'
import type { Meeting } from '../../../shared/cycle'

/** Norwegian month names and short weekday names from the catalog, once. */
export const monthNames = (t: TFunction) => t('meetings.monthNames').split(',')
export const weekdayShort = (t: TFunction) => t('meetings.weekdayShort').split(',')

/** "to. 11.03." — the weekday first, as secretaries read a meeting plan. */
export function dayLabel(t: TFunction, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7
  return `${weekdayShort(t)[weekday]}. ${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.`
}

/** "møte 3/2027", or nothing for a cancelled meeting. */
export const numberLabel = (t: TFunction, m: Meeting) =>
  m.number === null ? '' : t('meetings.number', { number: m.number, year: m.date.slice(0, 4) })
