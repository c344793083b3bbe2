import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildAgderDemo } from '../demo/agder-demo'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'
import type { WorkspaceFile } from './format'

let ws: TestWorkspace
beforeEach(async () => {
  ws = await openTestWorkspace()
})
afterEach(() => ws.close())

const demo = () => buildAgderDemo('2026-11-23', '2026-11-23T10:00:00.000Z', 'test')
/** A deep copy to break on purpose. */
const copy = (file: WorkspaceFile): WorkspaceFile => structuredClone(file)

describe('the demo workspace', () => {
  it('holds the Agder structure: 25 municipalities in 4 regions and the bodies of domain.md', async () => {
    const status = await ws.must('workspace.create', { template: 'demo' })
    expect(status).toMatchObject({ initialised: true, name: 'Helsefellesskapet i Agder (demo)' })
    const regions = await ws.must('regions.list', {})
    expect(regions.map((r) => [r.name, r.organisationCount >= 4])).toEqual([
      ['Region Kristiansand og Lindesnes', true],
      ['Region Lister', true],
      ['Region Setesdal', true],
      ['Region Østre Agder', true],
    ])
    expect(await ws.must('organisations.list', { kind: 'kommune' })).toHaveLength(25)
    const codes = (await ws.must('bodies.list', {})).map((b) => b.shortCode)
    expect(codes).toEqual(expect.arrayContaining(['PM', 'OSS', 'AU', 'RS-ØA', 'RS-KL', 'RS-L', 'RS-S']))
    const mayors = await ws.must('roles.list', { kind: 'ordforer' })
    expect(mayors).toHaveLength(25)
    expect(mayors.every((r) => r.holders.length === 1)).toBe(true)
    const oss = (await ws.must('bodies.list', { search: 'OSS' }))[0]
    const detail = await ws.must('bodies.get', { id: oss.id })
    expect(detail.memberships.some((m) => m.personalDeputy !== null)).toBe(true)
    expect(detail.memberships.some((m) => m.deputies.length >= 2)).toBe(true)
  })

  it('is only offered to a workspace that does not exist yet', async () => {
    await ws.must('workspace.create', { template: 'empty', name: 'Eksisterende' })
    expect(await ws.call('workspace.create', { template: 'demo' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
  })
})

describe('export and import of the whole workspace', () => {
  it('round-trips: importing an export into a fresh workspace gives the same register', async () => {
    await ws.must('workspace.create', { template: 'demo' })
    const exported = await ws.must('workspace.export', {})
    expect(exported.fileName).toBe('sekretariat-helsefellesskapet-i-agder-demo-2026-11-23.json')

    const fresh = await openTestWorkspace()
    try {
      // Through JSON text, as the file travels.
      const document: unknown = JSON.parse(JSON.stringify(exported.document))
      expect(await fresh.must('workspace.inspectImport', { document })).toEqual(exported.counts)
      await fresh.must('workspace.import', { document })
      const again = await fresh.must('workspace.export', {})
      expect({ ...(again.document as WorkspaceFile), exportedAt: '' }).toEqual({
        ...(exported.document as WorkspaceFile),
        exportedAt: '',
      })
      expect(await fresh.must('people.list', {})).toEqual(await ws.must('people.list', {}))
      expect((await fresh.must('workspace.status', {})).name).toBe('Helsefellesskapet i Agder (demo)')
    } finally {
      await fresh.close()
    }
  })

  it('reads a version 1 file (before meetings existed), giving bodies the default deadline rules', async () => {
    const v1: Record<string, unknown> = { ...copy(demo()), version: 1 }
    delete v1.meetings
    delete v1.rhythms
    delete v1.meetingMoves
    v1.bodies = (v1.bodies as Record<string, unknown>[]).map(
      ({ caseDeadlineWorkingDays: _a, noticeDays: _b, minutesWorkingDays: _c, ...body }) => body,
    )
    await ws.must('workspace.import', { document: v1 })
    const oss = (await ws.must('bodies.list', { search: 'OSS' }))[0]
    expect(oss).toMatchObject({ caseDeadlineWorkingDays: 10, noticeDays: 7, minutesWorkingDays: 10 })
    expect(await ws.must('meetings.list', { year: 2026 })).toEqual([])
  })

  const broken: [string, (file: WorkspaceFile) => unknown, RegExp][] = [
    ['not an object', () => 'tekst', /ikke en eksport fra Sekretariat/],
    ['another format', (f) => ({ ...f, format: 'noe-annet' }), /ikke en eksport fra Sekretariat/],
    ['a newer version', (f) => ({ ...f, version: 99 }), /nyere versjon av Sekretariat \(format 99\)/],
    [
      'an invalid e-mail',
      (f) => ((f.people[3].email = 'ikke-en-adresse'), f),
      /ved person nr\. 4: E-post er ikke en gyldig e-postadresse/,
    ],
    ['a missing name', (f) => ((f.bodies[0].name = ''), f), /ved utvalg nr\. 1: Navn må fylles ut/],
    [
      'a broken reference',
      (f) => ((f.people[0].organisationId = 99999), f),
      /person med id 1 viser til organisasjon med id 99999, som ikke finnes i filen/,
    ],
    [
      'a duplicate id',
      (f) => (f.regions.push({ ...f.regions[0], name: 'Kopi' }), f),
      /region med id 1 står der to ganger/,
    ],
    [
      'two holders of one mayor',
      (f) => (f.holdings.push({ ...f.holdings[0], id: 99999, personId: f.people[5].id }), f),
      /plassene i vervet er besatt/,
    ],
    ['an unknown field', (f) => ({ ...f, extra: true }), /Ukjent felt: extra/],
    [
      'a meeting that ends before it starts',
      (f) => (f.meetings && (f.meetings[0].endTime = '08:00'), f),
      /møte nr\. 1: Til kl\. må være etter starttidspunktet/,
    ],
    [
      'two meetings with one calendar id',
      (f) => (f.meetings && (f.meetings[1].uid = f.meetings[0].uid), f),
      /samme kalender-id/,
    ],
    [
      'a rhythm with no such weekday in the month',
      (f) => (f.rhythms && (f.rhythms[0].ordinal = 0 as never), f),
      /møterytme nr\. 1: Hvilken i måneden/,
    ],
    [
      'a day that does not exist',
      (f) => (f.cycleItems && (f.cycleItems[0].anchorDate = '02-31'), f),
      /årshjulaktivitet nr\. 1: Dag og måned må være en dag som finnes/,
    ],
  ]

  it.each(broken)('refuses %s with the reason and leaves the workspace untouched', async (_label, breakIt, reason) => {
    await ws.must('workspace.create', { template: 'empty', name: 'Uberørt' })
    await ws.must('people.save', { name: 'Kari Haugland' })
    const document = breakIt(copy(demo()))
    const inspected = await ws.call('workspace.inspectImport', { document })
    const imported = await ws.call('workspace.import', { document })
    for (const result of [inspected, imported]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'import_invalid' } })
      expect(result.ok ? '' : result.error.message).toMatch(reason)
    }
    expect((await ws.must('people.list', {})).map((p) => p.name)).toEqual(['Kari Haugland'])
    expect((await ws.must('workspace.status', {})).name).toBe('Uberørt')
  })
})
