import { describe, expect, it } from 'vitest'
import type { Invitee } from '../../../shared/invitations'
import { buildGroups, flatRows } from '../../../shared/invitation-groups'
import { statusCounts } from './rows'

const person = (personId: number, name: string, over: Partial<Invitee> = {}): Invitee => ({
  personId,
  name,
  title: '',
  email: `${personId}@example.no`,
  phone: '',
  organisationId: 1,
  organisationName: 'Arendal kommune',
  organisationKind: 'kommune',
  regionId: null,
  regionName: '',
  roleTitles: [],
  roleKinds: [],
  category: 'politicians',
  source: 'rule',
  reasons: [],
  membershipFunction: null,
  standsInFor: null,
  companionOf: null,
  status: 'invited',
  statusDate: null,
  declineReason: '',
  attendance: 'unrecorded',
  arrivedAtItemId: null,
  leftAfterItemId: null,
  host: false,
  substitute: null,
  proposal: null,
  hasDeputy: null,
  companionsAllowed: 0,
  companionsUsed: 0,
  addedAfterSend: false,
  ...over,
})

const gro = person(1, 'Gro Årdal', {
  roleTitles: ['Kommunedirektør'],
  category: 'municipalLeaders',
  status: 'declined',
})
const sverre = person(2, 'Sverre Aanonsen', { roleTitles: ['Ordfører'], status: 'accepted' })
const terje = person(3, 'Terje Birkeland', {
  title: 'Kommunalsjef',
  category: 'municipalLeaders',
  source: 'substitute',
  standsInFor: { personId: 1, name: 'Gro Årdal' },
})
const per = person(4, 'Per Arnesen', { source: 'companion', companionOf: { personId: 2, name: 'Sverre Aanonsen' } })
const lars = person(5, 'Lars Ugland', { organisationId: 2, organisationName: 'Birkenes kommune', status: 'noAnswer' })
const all = [per, lars, terje, sverre, gro]

describe('the list as the secretary reads it', () => {
  it('groups by organisation, by name, with substitutes and companions right under their principal', () => {
    const groups = buildGroups(all, 'organisation', '')
    expect(groups.map((g) => g.label)).toEqual(['Arendal kommune', 'Birkenes kommune'])
    expect(flatRows(groups).map((r) => [r.invitee.name, r.depth])).toEqual([
      ['Gro Årdal', 0],
      ['Terje Birkeland', 1],
      ['Sverre Aanonsen', 0],
      ['Per Arnesen', 1],
      ['Lars Ugland', 0],
    ])
  })

  it('groups by category in the order of seed 003', () => {
    const groups = buildGroups(all, 'category', '')
    expect(groups.map((g) => g.label)).toEqual(['politicians', 'municipalLeaders'])
    // Terje stays with Gro, whatever his own category.
    expect(groups[1].rows.map((r) => r.invitee.name)).toEqual(['Gro Årdal', 'Terje Birkeland'])
  })

  it('grouped by answer, everyone stands in their own answer', () => {
    const groups = buildGroups(all, 'status', '')
    expect(groups.map((g) => g.label)).toEqual(['invited', 'accepted', 'declined', 'noAnswer'])
    expect(groups[0].rows.map((r) => [r.invitee.name, r.depth])).toEqual([
      ['Per Arnesen', 0],
      ['Terje Birkeland', 0],
    ])
  })

  it('finds by name, role or organisation, in any case, and shows who stands in for a match', () => {
    expect(flatRows(buildGroups(all, 'none', 'arendal kommunedir')).map((r) => r.invitee.name)).toEqual([
      'Gro Årdal',
      'Terje Birkeland',
    ])
    expect(flatRows(buildGroups(all, 'none', 'ÅRDAL')).map((r) => r.invitee.name)).toContain('Gro Årdal')
    expect(buildGroups(all, 'none', 'ingen slik')).toEqual([])
  })

  it('shows a companion of someone not shown on its own', () => {
    const rows = flatRows(buildGroups([per], 'organisation', ''))
    expect(rows.map((r) => [r.invitee.name, r.depth])).toEqual([['Per Arnesen', 0]])
  })

  it('counts answers and attendance for the header', () => {
    const counts = statusCounts([...all, person(6, 'Kari', { attendance: 'present' })])
    expect(counts).toMatchObject({ invited: 6, coming: 1, declined: 1, waiting: 4, present: 1, unrecorded: 5 })
  })
})
