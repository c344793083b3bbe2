import type { Insertable, Kysely } from 'kysely'
import type { StandardItemKey } from '../../shared/cases'
import type { MeetingStatus } from '../../shared/cycle'
import { addDays } from '../../shared/dates'
import { statusOrder } from '../../shared/meeting-life'
import { docFromText, type RichDoc } from '../../shared/rich-text'
import { nb } from '../../shared/strings/nb'
import { addCaseToAgenda, onMeetingStatus, postponeItem, withdrawCase } from '../db/repositories/agenda'
import { numberLabels } from '../db/repositories/case-numbers'
import { indexCase } from '../db/repositories/case-search'
import { forwardCase, linkCases, saveCase, setCaseStatus } from '../db/repositories/cases'
import { snapshotSentList } from '../db/repositories/invitations'
import { approveMinutes } from '../db/repositories/minutes'
import { seatedPeople } from '../db/repositories/seated'
import type { Database } from '../db/schema'
import {
  auAgenda,
  councilAgendas,
  ossAgendas,
  ossQueue,
  rsAgendas,
  type CaseSpec,
  type TextContext,
} from './agder-case-texts'
import { paragraphs, proposal } from './demo-doc'

/**
 * Cases for the demo workspace, made the way the secretariat makes them: through the same
 * repository functions the handlers call, so numbers are fixed by the notice, late cases take
 * the next free number, withdrawn and postponed cases keep theirs, minutes lock when approved.
 * Runs in the transaction that wrote the register, after it. Each of this year's meetings that
 * has reached "saksliste under arbeid" or further gets an agenda and is walked to the stage the
 * register gave it.
 */

interface MeetingRow {
  id: number
  bodyId: number
  date: string
  kind: string
  status: MeetingStatus
  noticeSentAt: string | null
}

const at = (date: string, time: string) => `${date}T${time}:00.000Z`
const months = nb.calendar.months.split(',')
const longDate = (iso: string) =>
  `${Number(iso.slice(8, 10))}. ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`

// Eventuelt is left unwritten: nothing came up.
const standardDecisions: Record<Exclude<StandardItemKey, 'anyOther'>, (previous: string | null) => string> = {
  approveNotice: () => 'Innkalling og saksliste godkjennes.',
  approveMinutes: (previous) =>
    previous ? `Protokoll fra møtet ${previous} godkjennes.` : 'Ingen protokoll til godkjenning.',
}

export async function addDemoCases(db: Kysely<Database>, today: string): Promise<void> {
  const year = Number(today.slice(0, 4))
  const bodies = await db
    .selectFrom('body')
    .leftJoin('person', 'person.id', 'body.secretary_person_id')
    .select(['body.id', 'body.short_code as code', 'body.level', 'body.region_id as regionId', 'body.name'])
    .select(['person.id as officerId', 'person.name as officerName'])
    .execute()
  const bodyByCode = new Map(bodies.map((b) => [b.code, b]))
  const bodyById = new Map(bodies.map((b) => [b.id, b]))
  const towns = await db
    .selectFrom('organisation')
    .select(['region_id as regionId', 'short_name as name'])
    .where('kind', '=', 'kommune')
    .orderBy('name')
    .execute()
  const meetings = (
    await db
      .selectFrom('meeting')
      .select(['id', 'body_id as bodyId', 'date', 'kind', 'status', 'notice_sent_at as noticeSentAt'])
      .where('date', '>=', `${year}-01-01`)
      .where('date', '<=', `${year}-12-31`)
      .orderBy('date')
      .orderBy('start_time')
      .orderBy('id')
      .execute()
  ).map((m) => ({ ...m, status: m.status as MeetingStatus }))

  const ofBody = (bodyId: number) => meetings.filter((m) => m.bodyId === bodyId)
  const occurrence = (m: MeetingRow) => ofBody(m.bodyId).indexOf(m) + 1
  const nextOf = (m: MeetingRow) => ofBody(m.bodyId).find((o) => o.date > m.date && o.status !== 'cancelled') ?? null
  const previousOf = (m: MeetingRow) =>
    ofBody(m.bodyId)
      .filter((o) => o.date < m.date)
      .at(-1) ?? null

  const caseIds = new Map<string, number>()
  const specsOf = new Map<number, CaseSpec>()
  // Labels of cases whose numbers are fixed, for references written in later cases.
  const labels = new Map<string, string>()
  const context: TextContext = {
    year,
    ref: (key) => labels.get(key) ?? '–',
    meetingDate: (code, n) => {
      const body = bodyByCode.get(code)
      const m = body ? ofBody(body.id)[n - 1] : undefined
      return m ? longDate(m.date) : ''
    },
  }
  /** Looks up the fixed numbers a text is about to cite, once, before the text is written. */
  const resolve = async <T>(make: (c: TextContext) => T): Promise<T> => {
    const wanted = new Set<string>()
    make({ ...context, ref: (key) => (wanted.add(key), '') })
    const ids = [...wanted].flatMap((key) => (labels.has(key) || !caseIds.has(key) ? [] : [caseIds.get(key) ?? 0]))
    if (ids.length > 0) {
      const items = await db
        .selectFrom('agenda_item')
        .select(['id', 'case_id'])
        .where('case_id', 'in', ids)
        .where('number', 'is not', null)
        .orderBy('id')
        .execute()
      const found = await numberLabels(
        db,
        items.map((i) => i.id),
      )
      for (const item of items) {
        const key = [...caseIds.entries()].find(([, id]) => id === item.case_id)?.[0]
        const label = found.get(item.id)
        if (key && label) labels.set(key, label.label)
      }
    }
    return make(context)
  }

  /** The makers of one meeting's cases; the texts are written when the meeting's turn comes. */
  const agendaOf = (m: MeetingRow): ((c: TextContext) => CaseSpec)[] => {
    const body = bodyById.get(m.bodyId)
    if (!body || m.kind === 'programme') return []
    const n = occurrence(m)
    if (body.code === 'OSS') return ossAgendas[n - 1] ?? []
    if (body.code === 'AU') return [(c) => ({ ...auAgenda(c), key: `au:${n}` })]
    if (body.level === 'regionalt') {
      const region = body.name.replace(/^Regionalt samarbeidsutvalg /, '')
      const municipalities = towns.filter((t) => t.regionId === body.regionId).map((t) => t.name)
      return (rsAgendas[n - 1] ?? []).map(
        (s) => (c: TextContext) => s({ ...c, code: body.code, region, municipalities }),
      )
    }
    return councilAgendas[body.code]?.[n - 1] ?? []
  }

  /**
   * A new case in a new matter, as `cases.save` makes it, written directly: the demo makes sixty
   * and the save's checks and answer would be most of the time. Indexed for search at the end.
   */
  const create = async (spec: CaseSpec, bodyId: number, stamp: string) => {
    const body = bodyById.get(bodyId)
    const matter = await db.insertInto('matter').values({ created_at: stamp }).returning('id').executeTakeFirstOrThrow()
    const { id } = await db
      .insertInto('case_item')
      .values({
        matter_id: matter.id,
        body_id: bodyId,
        title: spec.title,
        kind: spec.kind,
        status: 'draft',
        officer_person_id: body?.officerId ?? null,
        archive_ref: spec.archiveRef ?? '',
        background: JSON.stringify(spec.background),
        facts: JSON.stringify(spec.facts),
        assessment: JSON.stringify(spec.assessment),
        proposal: JSON.stringify(spec.proposal),
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    caseIds.set(spec.key, id)
    specsOf.set(id, spec)
    return id
  }

  // Cases RS sends on to OSS, waiting for OSS's next agenda, with when they were sent.
  const forwardedToOss: { id: number; stamp: string }[] = []
  const planned = meetings.filter((m) => statusOrder[m.status] >= statusOrder.agenda && agendaOf(m).length > 0)
  if (planned.length > 0) {
    // Walked from the start of their life: the repositories take each step as the app would.
    await db
      .updateTable('meeting')
      .set({ status: 'planned', notice_sent_at: null, minutes_approved_at: null, minutes_approved_in_meeting_id: null })
      .where(
        'id',
        'in',
        planned.map((m) => m.id),
      )
      .execute()
  }

  for (const m of planned) {
    const body = bodyById.get(m.bodyId)
    if (!body) continue
    const specs: CaseSpec[] = []
    for (const make of agendaOf(m)) specs.push(await resolve(make))
    const created = at(addDays(m.date, -28), '09:00')
    const sent = m.noticeSentAt ?? at(addDays(m.date, -7), '08:00')
    const held = at(m.date, '15:00')
    if (body.code === 'OSS') {
      for (const f of forwardedToOss.splice(0))
        await addCaseToAgenda(db, m.id, f.id, f.stamp > created ? f.stamp : created)
    }
    for (const spec of specs.filter((s) => !s.late)) {
      await addCaseToAgenda(db, m.id, await create(spec, m.bodyId, created), created)
    }
    if (statusOrder[m.status] < statusOrder.notice_sent) continue

    await step(m.id, 'notice_sent', sent)
    await onMeetingStatus(db, m.id, 'agenda', sent)
    const afterNotice = at(addDays(m.date, -3), '10:00')
    for (const spec of specs) {
      const id = caseIds.get(spec.key)
      if (spec.late) await addCaseToAgenda(db, m.id, await create(spec, m.bodyId, afterNotice), afterNotice)
      else if (id !== undefined && spec.withdraw) await withdrawCase(db, id, afterNotice)
    }
    if (statusOrder[m.status] < statusOrder.held) continue

    // Postponed in the meeting, to the body's next one; there it keeps its number.
    for (const spec of specs.filter((s) => s.postpone)) {
      const item = await itemOf(m.id, caseIds.get(spec.key))
      if (item) await postponeItem(db, item, nextOf(m)?.id ?? null, at(m.date, '11:00'))
    }
    await writeMinutes(m, body.officerName ?? '', held)
    await step(m.id, 'held', held)
    await onMeetingStatus(db, m.id, 'notice_sent', held)
    const regional = caseIds.get('rs:legevakt')
    if (regional !== undefined && specs.some((s) => s.key === 'rs:legevakt')) {
      const stamp = at(addDays(m.date, 1), '09:00')
      forwardedToOss.push({ id: await forwardLegevakt(regional, stamp), stamp })
    }
    if (statusOrder[m.status] >= statusOrder.minutes_drafted) {
      await step(m.id, 'minutes_drafted', at(addDays(m.date, 5), '12:00'))
    }
    if (m.status === 'minutes_approved') {
      const next = nextOf(m)
      const approvedAt = next && next.date <= today ? at(next.date, '10:00') : at(addDays(m.date, 28), '12:00')
      await approveMinutes(db, m.id, next && next.date <= today ? next.id : null, approvedAt)
    }
  }

  /**
   * A step in a meeting's life, as `setMeetingStatus` takes it but without its checks and its
   * answer (the meeting with warnings and clashes), which cost more than the rest of the demo.
   * The meeting's own number is left to follow the dates, as in the register's demo meetings;
   * `onMeetingStatus` then does what the step means for the agenda.
   */
  async function step(meetingId: number, status: MeetingStatus, stamp: string) {
    await db
      .updateTable('meeting')
      .set((eb) => ({
        status,
        updated_at: stamp,
        notice_sent_at: status === 'notice_sent' ? stamp : eb.ref('notice_sent_at'),
      }))
      .where('id', '=', meetingId)
      .execute()
  }

  async function itemOf(meetingId: number, caseId: number | undefined) {
    if (caseId === undefined) return null
    const row = await db
      .selectFrom('agenda_item')
      .select('id')
      .where('meeting_id', '=', meetingId)
      .where('case_id', '=', caseId)
      .executeTakeFirst()
    return row?.id ?? null
  }

  /**
   * Who presented, what was said and decided, who attended, and what is to be followed up.
   * Written straight into the tables (what `minutes.saveItem`, `followUps.save` and
   * `invitations.setAttendance` would write): they check and answer per row, which the demo's
   * hundreds of rows cannot afford. Holding the meeting indexes the decisions for search.
   */
  async function writeMinutes(m: MeetingRow, presenter: string, held: string) {
    const items = await db
      .selectFrom('agenda_item')
      .select(['id', 'case_id', 'standard_key', 'withdrawn_at', 'postponed_at'])
      .where('meeting_id', '=', m.id)
      .orderBy('position')
      .execute()
    const previous = previousOf(m)
    const followUps: Insertable<Database['follow_up']>[] = []
    for (const item of items) {
      // Withdrawn and postponed items are not dealt with; Eventuelt is left unwritten: nothing came up.
      if (item.withdrawn_at !== null || item.postponed_at !== null || item.standard_key === 'anyOther') continue
      const spec = item.case_id === null ? undefined : specsOf.get(item.case_id)
      let record: { presenter: string; summary: string; decision: RichDoc }
      if (item.standard_key !== null) {
        const text = standardDecisions[item.standard_key as Exclude<StandardItemKey, 'anyOther'>]
        const decision = docFromText(text(previous ? longDate(previous.date) : null))
        record = { presenter: '', summary: '', decision }
      } else if (spec) {
        record = { presenter, summary: spec.minutes?.summary ?? '', decision: spec.minutes?.decision ?? spec.proposal }
      } else continue
      await db
        .updateTable('agenda_item')
        .set({ ...record, decision: JSON.stringify(record.decision) })
        .where('id', '=', item.id)
        .execute()
      for (const f of spec?.followUps ?? []) {
        const due = addDays(m.date, f.dueDays)
        const done = f.done === true && due <= today ? at(addDays(due, -2), '14:00') : null
        followUps.push({
          agenda_item_id: item.id,
          what: f.what,
          responsible: f.responsible,
          due_date: due,
          done_at: done,
          created_at: held,
        })
      }
    }
    if (followUps.length > 0) await db.insertInto('follow_up').values(followUps).execute()
    // OSS records attendance: everyone seated came, but for a couple who sent apologies.
    if (bodyById.get(m.bodyId)?.code !== 'OSS') return
    const seated = [...((await seatedPeople(db, [m.bodyId], m.date)).get(m.bodyId)?.keys() ?? [])]
    if (seated.length === 0) return
    const answered = addDays(m.date, -3)
    await db
      .insertInto('invitation')
      .values(
        seated.map((personId, index) => {
          const away = (index + occurrence(m)) % 6 === 0
          return {
            meeting_id: m.id,
            person_id: personId,
            source: 'rule',
            status: away ? 'declined' : 'accepted',
            status_date: answered,
            attendance: away ? 'absent' : 'present',
          }
        }),
      )
      .onConflict((oc) =>
        oc.columns(['meeting_id', 'person_id']).doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          status_date: eb.ref('excluded.status_date'),
          attendance: eb.ref('excluded.attendance'),
        })),
      )
      .execute()
  }

  /** RS Lister's recommendation goes on to OSS as a new case in the same matter, rewritten for OSS. */
  async function forwardLegevakt(regionalId: number, stamp: string) {
    const oss = bodyByCode.get('OSS')
    if (!oss) return regionalId
    const forwarded = await forwardCase(db, regionalId, oss.id, stamp)
    const spec = specsOf.get(regionalId)
    if (!spec) return forwarded.id
    await resolve((c) => c.ref('rs:legevakt'))
    const ossSpec: CaseSpec = {
      ...spec,
      key: 'legevakt',
      background: paragraphs(
        `RS Lister behandlet saken ${labels.get('rs:legevakt') ?? ''} og ber OSS om å støtte en utredning av felles legevakt i Lister.`,
      ),
      proposal: proposal(
        'OSS støtter at det utredes en felles legevakt for Lister, samlokalisert med Sørlandet sykehus Flekkefjord.',
        'Prosjekt Akuttmedisinsk kjede deltar i utredningen, som legges fram for OSS innen juni.',
      ),
    }
    await saveCase(
      db,
      {
        id: forwarded.id,
        bodyId: oss.id,
        title: ossSpec.title,
        kind: ossSpec.kind,
        officerPersonId: oss.officerId,
        archiveRef: '',
        background: ossSpec.background,
        facts: ossSpec.facts,
        assessment: ossSpec.assessment,
        proposal: ossSpec.proposal,
      },
      stamp,
    )
    await setCaseStatus(db, forwarded.id, 'ready', stamp)
    caseIds.set(ossSpec.key, forwarded.id)
    specsOf.set(forwarded.id, ossSpec)
    return forwarded.id
  }

  // The queue for OSS's next meeting: ready cases, and one still being written.
  const oss = bodyByCode.get('OSS')
  if (oss) {
    for (const [index, make] of ossQueue.entries()) {
      const stamp = at(addDays(today, -12 + index * 2), '09:00')
      const id = await create(await resolve(make), oss.id, stamp)
      if (index < ossQueue.length - 1) await setCaseStatus(db, id, 'ready', stamp)
    }
  }

  // Every list that went out with a notice is kept as sent (the partnership meetings included,
  // which have no agenda here); a second call for a meeting changes nothing.
  const sentMeetings = await db
    .selectFrom('meeting')
    .select('id')
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .where('notice_sent_at', 'is not', null)
    .execute()
  for (const { id } of sentMeetings) await snapshotSentList(db, id)

  // Handled cases were indexed, decisions included, when their meeting was held.
  const unindexed = await db.selectFrom('case_item').select('id').where('status', '!=', 'handled').execute()
  for (const { id } of unindexed) await indexCase(db, id)

  const link = async (a: string, b: string) => {
    const [x, y] = [caseIds.get(a), caseIds.get(b)]
    if (x !== undefined && y !== undefined) await linkCases(db, x, y, true)
  }
  for (const code of ['RS-KL', 'RS-ØA', 'RS-L', 'RS-S']) await link('planReview', `rs:${code}:plan`)
  await link('competence2', 'competence')
  await link('legevakt', 'akutt')
}
