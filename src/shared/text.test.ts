import { describe, expect, it } from 'vitest'
import { formatCaseLabel } from './case-label'
import { addDays, formatDate, mondayOf, parseNorwegianDate } from './dates'
import { compareNb, foldForSearch, matchesQuery, sortByNb } from './text'

describe('Norwegian text handling', () => {
  it('sorts æ, ø and å after z', () => {
    expect(sortByNb(['Åmli', 'Arendal', 'Øvre', 'Zeta', 'Ærøy', 'Bykle'], (s) => s)).toEqual([
      'Arendal',
      'Bykle',
      'Zeta',
      'Ærøy',
      'Øvre',
      'Åmli',
    ])
  })

  it('sorts numbers by value', () => {
    expect(compareNb('Sak 2', 'Sak 10')).toBeLessThan(0)
  })

  it('folds case and accents but keeps æ, ø and å', () => {
    expect(foldForSearch('Vegårshei ÉCOLE Sørlandet')).toBe('vegårshei ecole sørlandet')
  })

  it('matches every word of a query anywhere', () => {
    expect(matchesQuery('åmli ordf', ['Ordfører', 'Åmli kommune'])).toBe(true)
    expect(matchesQuery('amli', ['Åmli kommune'])).toBe(false)
    expect(matchesQuery('', ['x'])).toBe(true)
  })

  it('writes case labels with the body format', () => {
    expect(formatCaseLabel('SSU-sak {nr}/{år}', 9, 2024)).toBe('SSU-sak 09/2024')
    expect(formatCaseLabel('{nr}/{år}', 12, 2026)).toBe('12/2026')
  })
})

describe('Norwegian dates', () => {
  it.each([
    ['23.11.2026', '2026-11-23'],
    ['1.3.2027', '2027-03-01'],
    ['23.11.26', '2026-11-23'],
    ['23/11/2026', '2026-11-23'],
    [' 2026-11-23 ', '2026-11-23'],
    ['29.02.2028', '2028-02-29'],
  ])('reads %s', (text, iso) => expect(parseNorwegianDate(text)).toBe(iso))

  it.each(['30.02.2026', '2026-13-01', 'i morgen', '', '23.11'])('refuses %s', (text) =>
    expect(parseNorwegianDate(text)).toBeNull(),
  )

  it('writes dates as dd.mm.åååå', () => expect(formatDate('2026-03-09')).toBe('09.03.2026'))

  it('counts days across months and finds the Monday of a week', () => {
    expect(addDays('2027-03-31', 1)).toBe('2027-04-01')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(mondayOf('2026-11-29')).toBe('2026-11-23')
    expect(mondayOf('2026-11-23')).toBe('2026-11-23')
  })
})
