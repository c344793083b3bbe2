import { describe, expect, it } from 'vitest'
import { formatCaseLabel } from './case-label'
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
