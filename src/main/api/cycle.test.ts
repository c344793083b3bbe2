import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readIcs } from '../calendar/read-ics'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

let ws: TestWorkspace
let oss: number
let au: number
beforeEach(async () => {
  ws = await openTestWorkspace(new Date('2027-03-01T10:00:00Z'))
  await ws.must('workspace.create', { template: 'empty', name: 'Test' })
  oss = (
    await ws.must('bodies.save', {
      name: 'Overordnet strategisk samarbeidsutvalg',
      shortCode: 'OSS',
      level: 'strategisk',
    })
  ).id
  au = (await ws.must('bodies.save', { name: 'Arbeidsutvalget', shortCode: 'AU', level: 'arbeidsutvalg' })).id
  // The leader of OSS also leads AU: the two cannot meet at the same time.
  const leader = await ws.must('people.save', { name: 'Randi Fidjeland' })
  for (const bodyId of [oss, au]) {
    await ws.must('memberships.save', {
      bodyId,
      member: { personId: leader.id, roleId: null },
      function: 'leder',
      fromDate: '2024-01-01',
    })
  }
})
afterEach(() => ws.close())

const meeting = (date: string, extra: object = {}) => ({
  bodyId: oss,
  date,
  startTime: '09:00',
  endTime: '13:00',
  place: 'Sørlandet sykehus, Kristiansand',
  ...extra,
})

describe('meetings', () => {
  it('carry their deadlines, counted in working days around Easter', async () => {
    const m = await ws.must('meetings.save', meeting('2027-04-08'))
    expect(m.number).toBe(1)
    expect(m.deadlines).toEqual([
      { kind: 'caseDeadline', date: '2027-03-22' },
      { kind: 'notice', date: '2027-04-01' },
      { kind: 'minutes', date: '2027-04-22' },
    ])
    expect(m.warnings).toEqual([])
  })

  it('warn on 17 May and on a weekend', async () => {
    const may = await ws.must('meetings.save', meeting('2027-05-17'))
    expect(may.warnings.map((w) => w.kind)).toEqual(['holiday'])
    const saturday = await ws.must('meetings.save', meeting('2027-03-13'))
    expect(saturday.warnings.map((w) => w.kind)).toEqual(['weekend'])
  })

  it('warn when someone sits in two bodies meeting at the same time', async () => {
    await ws.must('meetings.save', meeting('2027-06-10'))
    const clash = await ws.must('meetings.save', {
      ...meeting('2027-06-10'),
      bodyId: au,
      startTime: '12:00',
      endTime: '14:00',
    })
    expect(clash.warnings.map((w) => w.kind)).toEqual(['clash'])
    expect(clash.warnings[0].message).toBe('Samtidig med OSS 09:00–13:00: Randi Fidjeland sitter i begge.')
  })

  it('move freely while planned; after the notice, only with confirmation, recorded, in the same year', async () => {
    const m = await ws.must('meetings.save', meeting('2027-10-14'))
    const moved = await ws.must('meetings.save', { ...meeting('2027-10-21'), id: m.id })
    expect(moved.sequence).toBe(1)
    expect(moved.deadlines.find((d) => d.kind === 'notice')?.date).toBe('2027-10-14')

    await ws.must('meetings.setStatus', { id: m.id, status: 'notice_sent' })
    const unconfirmed = await ws.call('meetings.save', { ...meeting('2027-10-28'), id: m.id })
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'confirmation_required', field: 'date' } })
    expect((await ws.must('meetings.get', { id: m.id })).meeting.date).toBe('2027-10-21')

    const otherYear = await ws.call('meetings.save', { ...meeting('2028-01-13'), id: m.id, confirmMove: true })
    expect(otherYear).toMatchObject({ ok: false, error: { code: 'conflict', field: 'date' } })

    const confirmed = await ws.must('meetings.save', { ...meeting('2027-10-28'), id: m.id, confirmMove: true })
    expect(confirmed.sequence).toBe(2)
    const detail = await ws.must('meetings.get', { id: m.id })
    expect(detail.moves.map((mv) => [mv.fromDate, mv.toDate, mv.afterNotice])).toEqual([
      ['2027-10-14', '2027-10-21', false],
      ['2027-10-21', '2027-10-28', true],
    ])
  })

  it('stay with their body once the notice is sent', async () => {
    const m = await ws.must('meetings.save', meeting('2027-03-11'))
    await ws.must('meetings.setStatus', { id: m.id, status: 'notice_sent' })
    expect(await ws.call('meetings.save', { ...meeting('2027-03-11'), id: m.id, bodyId: au })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'bodyId' },
    })
  })

  it('follow their life cycle; a published meeting is cancelled, never deleted', async () => {
    const m = await ws.must('meetings.save', meeting('2027-03-11'))
    expect(await ws.call('meetings.setStatus', { id: m.id, status: 'minutes_approved' })).toMatchObject({ ok: true })
    const other = await ws.must('meetings.save', meeting('2027-05-06'))
    await ws.must('meetings.setStatus', { id: other.id, status: 'notice_sent' })
    expect(await ws.call('meetings.setStatus', { id: other.id, status: 'planned' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Et møte som er «Innkalling sendt» kan ikke settes til «Planlagt».' },
    })
    expect(await ws.call('meetings.delete', { id: other.id })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const cancelled = await ws.must('meetings.setStatus', { id: other.id, status: 'cancelled' })
    // Its number went out with the notice: it stays with the cancelled meeting, never reused.
    expect(cancelled).toMatchObject({ status: 'cancelled', number: 2, sequence: 1 })
    const later = await ws.must('meetings.save', meeting('2027-09-01'))
    expect(later.number).toBe(3)
    expect(await ws.call('meetings.delete', { id: other.id })).toMatchObject({ ok: false })
    const draft = await ws.must('meetings.save', meeting('2027-09-09'))
    expect(await ws.call('meetings.delete', { id: draft.id })).toEqual({ ok: true, value: null })
  })

  it('refuse bad input with a Norwegian message naming the field, and save nothing', async () => {
    const cases: [object, string, string][] = [
      [meeting('2027-02-30'), 'date', 'Dato må være en gyldig dato, f.eks. 23.11.2026.'],
      [{ ...meeting('2027-03-11'), endTime: '08:00' }, 'endTime', 'Til kl. må være etter starttidspunktet.'],
      [{ ...meeting('2027-03-11'), startTime: '9' }, 'startTime', 'Fra kl. må være et klokkeslett, f.eks. 09:00.'],
    ]
    for (const [input, field, message] of cases) {
      expect(await ws.call('meetings.save', input as never)).toEqual({
        ok: false,
        error: { code: 'validation', field, message },
      })
    }
    expect(await ws.must('meetings.list', { year: 2027 })).toEqual([])
  })
})

describe('planning a year', () => {
  it('generates from rhythms without ever duplicating, and copies a year on the same weekdays', async () => {
    await ws.must('rhythms.save', {
      bodyId: oss,
      weekday: 4,
      ordinal: 2,
      months: [3, 10, 6],
      startTime: '09:00',
      endTime: '13:00',
    })
    expect(await ws.must('cycle.generateYear', { year: 2027 })).toEqual({ created: 3, skipped: 0 })
    expect(await ws.must('cycle.generateYear', { year: 2027 })).toEqual({ created: 0, skipped: 3 })
    const dates = (await ws.must('meetings.list', { year: 2027, bodyId: oss })).map((m) => [m.date, m.number])
    expect(dates).toEqual([
      ['2027-03-11', 1],
      ['2027-06-10', 2],
      ['2027-10-14', 3],
    ])
    expect(await ws.must('cycle.copyYear', { fromYear: 2027, toYear: 2028 })).toEqual({ created: 3, skipped: 0 })
    expect((await ws.must('meetings.list', { year: 2028 })).map((m) => m.date)).toEqual([
      '2028-03-09',
      '2028-06-08',
      '2028-10-12',
    ])
  })

  it('never recreates a planned meeting that has since been moved', async () => {
    await ws.must('rhythms.save', {
      bodyId: oss,
      weekday: 3,
      ordinal: 1,
      months: [2],
      startTime: '09:00',
      endTime: '12:00',
    })
    await ws.must('cycle.generateYear', { year: 2027 })
    const [planned] = await ws.must('meetings.list', { year: 2027 })
    await ws.must('meetings.save', { ...meeting('2027-02-10'), id: planned.id })
    expect(await ws.must('cycle.generateYear', { year: 2027 })).toEqual({ created: 0, skipped: 1 })
    expect((await ws.must('meetings.list', { year: 2027 })).map((m) => m.date)).toEqual(['2027-02-10'])
  })

  it('keeps a last weekday the last one when copying a year', async () => {
    await ws.must('meetings.save', meeting('2026-03-25')) // the last Wednesday of March 2026
    await ws.must('cycle.copyYear', { fromYear: 2026, toYear: 2027 })
    expect((await ws.must('meetings.list', { year: 2027 })).map((m) => m.date)).toEqual(['2027-03-31'])
  })

  it('refuses a rhythm that yields nothing', async () => {
    const result = await ws.call('rhythms.save', {
      bodyId: oss,
      weekday: 4,
      ordinal: 2,
      months: [],
      startTime: '09:00',
      endTime: '13:00',
    })
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', field: 'months', message: 'Måneder: velg minst én måned.' },
    })
  })
})

describe('seeing the year', () => {
  it('lists what is due, and leaves out what is done', async () => {
    const m = await ws.must('meetings.save', meeting('2027-03-11'))
    const due = await ws.must('cycle.due', { from: '2027-03-01', days: 14 })
    // The case deadline has passed but is still open, so it is shown; the minutes fall after the window.
    expect(due.map((d) => [d.date, d.kind])).toEqual([
      ['2027-02-25', 'caseDeadline'],
      ['2027-03-04', 'notice'],
      ['2027-03-11', 'meeting'],
    ])
    await ws.must('meetings.setStatus', { id: m.id, status: 'notice_sent' })
    const after = await ws.must('cycle.due', { from: '2027-03-01', days: 14 })
    expect(after.map((d) => d.kind)).toEqual(['meeting'])
  })

  it('draws the year as rings of bodies with meetings and deadlines', async () => {
    await ws.must('meetings.save', meeting('2027-03-11'))
    const wheel = await ws.must('cycle.wheel', { year: 2027, ringBy: 'body' })
    expect(wheel.rings).toEqual([{ key: `body:${oss}`, label: 'OSS' }])
    expect(wheel.marks.map((m) => [m.kind, m.date, m.label])).toEqual([
      ['meeting', '2027-03-11', 'OSS møte 1/2027'],
      ['deadline', '2027-02-25', 'Saksfrist: OSS møte 1/2027'],
      ['deadline', '2027-03-04', 'Innkalling sendes: OSS møte 1/2027'],
      // Ten working days after 11 March skip skjærtorsdag, langfredag and 2. påskedag.
      ['deadline', '2027-03-30', 'Protokoll klar: OSS møte 1/2027'],
    ])
  })
})

describe('calendar files', () => {
  it('keep the UID and raise SEQUENCE when a meeting moves, so the calendar entry is updated', async () => {
    const m = await ws.must('meetings.save', meeting('2027-03-11'))
    const before = readIcs((await ws.must('calendar.meeting', { id: m.id })).content).events[0]
    await ws.must('meetings.save', { ...meeting('2027-03-18'), id: m.id })
    const file = await ws.must('calendar.meeting', { id: m.id })
    const after = readIcs(file.content).events[0]
    expect(file.fileName).toBe('OSS-2027-03-18.ics')
    expect(after.uid).toBe(before.uid)
    expect([before.sequence, after.sequence]).toEqual([0, 1])
    expect(after.dtstart).toBe('2027-03-18T09:00:00+01:00')
    expect(after.summary).toBe('OSS-møte: Overordnet strategisk samarbeidsutvalg')
  })

  it('hold a body’s whole year', async () => {
    await ws.must('rhythms.save', {
      bodyId: oss,
      weekday: 3,
      ordinal: 1,
      months: [2, 4, 6, 9, 11],
      startTime: '09:00',
      endTime: '12:00',
    })
    await ws.must('cycle.generateYear', { year: 2027 })
    const calendar = readIcs((await ws.must('calendar.bodyYear', { bodyId: oss, year: 2027 })).content)
    expect(calendar.events.map((e) => e.dtstart?.slice(0, 10))).toEqual([
      '2027-02-03',
      '2027-04-07',
      '2027-06-02',
      '2027-09-01',
      '2027-11-03',
    ])
    expect(calendar.calendarName).toBe('Overordnet strategisk samarbeidsutvalg 2027')
  })
})

describe('yearly items', () => {
  it('are tied to a meeting and warn when a body that must go first meets too late', async () => {
    const rs = (await ws.must('bodies.save', { name: 'RS Lister', shortCode: 'RS-L', level: 'regionalt' })).id
    const target = await ws.must('meetings.save', meeting('2027-11-10'))
    await ws.must('meetings.save', meeting('2027-12-08'))
    await ws.must('meetings.save', { ...meeting('2027-11-18'), bodyId: rs })
    const item = await ws.must('cycleItems.save', {
      title: 'Årlig gjennomgang av handlingsplanen',
      category: 'Handlingsplan',
      timing: 'meeting',
      bodyId: oss,
      anchor: 'last_before',
      anchorDate: '12-01',
      prerequisiteBodyIds: [rs],
    })
    expect(item).toMatchObject({ date: '2027-11-10', meetingId: target.id })
    expect(item.warnings).toEqual(['RS-L møtes 18.11.2027, etter OSS 10.11.2027 som saken skal videre til.'])

    await ws.must('meetings.save', { ...meeting('2027-10-20'), bodyId: rs })
    expect((await ws.must('cycleItems.list', { year: 2027 }))[0].warnings).toEqual([])

    const wheel = await ws.must('cycle.wheel', { year: 2027, ringBy: 'level' })
    expect(wheel.rings.map((r) => r.label)).toEqual([
      'Strategisk samarbeidsutvalg',
      'Regionalt samarbeidsutvalg',
      'Handlingsplan',
    ])
    expect(wheel.marks.filter((m) => m.kind === 'item').map((m) => [m.ring, m.date])).toEqual([
      ['category:Handlingsplan', '2027-11-10'],
    ])
  })

  it('keep a body with meetings or items from being deleted, saying why', async () => {
    const rs = (await ws.must('bodies.save', { name: 'RS Setesdal', shortCode: 'RS-S', level: 'regionalt' })).id
    await ws.must('cycleItems.save', {
      title: 'Gjennomgang',
      category: 'H',
      timing: 'meeting',
      bodyId: au,
      anchor: 'first_after',
      anchorDate: '01-01',
      prerequisiteBodyIds: [rs],
    })
    await ws.must('meetings.save', meeting('2027-03-11'))
    expect(await ws.call('bodies.delete', { id: rs })).toEqual({
      ok: false,
      error: { code: 'in_use', message: 'Kan ikke slette RS Setesdal: står i 1 årshjulaktivitet.' },
    })
    expect(await ws.call('bodies.delete', { id: oss })).toMatchObject({
      ok: false,
      error: { message: /1 medlemskap, 1 møte/ },
    })
  })

  it('can sit in a month for everyone, and refuse an incomplete rule', async () => {
    const report = await ws.must('cycleItems.save', {
      title: 'Årsrapport',
      category: 'Rapportering',
      timing: 'month',
      month: 2,
    })
    expect(report).toMatchObject({ date: '2027-02-01', bodyId: null })
    expect(
      await ws.call('cycleItems.save', {
        title: 'Uten anker',
        category: 'X',
        timing: 'meeting',
        bodyId: oss,
        anchorDate: '12-01',
      }),
    ).toEqual({
      ok: false,
      error: { code: 'validation', field: 'anchor', message: 'Knyttet til møte må fylles ut.' },
    })
    expect(
      await ws.call('cycleItems.save', {
        title: 'Feil dato',
        category: 'X',
        timing: 'meeting',
        bodyId: oss,
        anchor: 'first_after',
        anchorDate: '13-40',
      }),
    ).toMatchObject({ ok: false, error: { field: 'anchorDate' } })
    expect(await ws.must('cycleItems.list', { year: 2027 })).toHaveLength(1)
    expect(await ws.call('cycleItems.delete', { id: report.id })).toEqual({ ok: true, value: null })
    expect(await ws.must('cycleItems.list', { year: 2027 })).toEqual([])
  })
})
