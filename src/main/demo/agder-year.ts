import type { MeetingStatus } from '../../shared/cycle'
import { addDays } from '../domain/dates'
import { datesForRule } from '../domain/rhythm'
import type { ParsedWorkspaceFile } from '../workspace-file/format'

type Rhythm = ParsedWorkspaceFile['rhythms'][number]
type Meeting = ParsedWorkspaceFile['meetings'][number]

export interface DemoBodies {
  pm: number
  oss: number
  au: number
  rs: number[]
  councils: number[]
}

/**
 * How the Agder bodies meet: the partnership meeting on the second Thursday of March and
 * October, OSS five times a year, AU before each OSS, each RS on its own weekday, the councils
 * quarterly. Weekday 1 is Monday; ordinal -1 is the last one of the month.
 */
export function agderRhythms(b: DemoBodies): Rhythm[] {
  const rule = (
    bodyId: number,
    weekday: number,
    ordinal: Rhythm['ordinal'],
    months: number[],
    start: string,
    end: string,
    kind: Rhythm['kind'] = 'ordinary',
  ) => ({
    bodyId,
    weekday,
    ordinal,
    months,
    startTime: start,
    endTime: end,
    place: '',
    kind,
  })
  const rules = [
    rule(b.pm, 4, 2, [3, 10], '09:00', '13:00', 'programme'),
    rule(b.oss, 3, 1, [2, 4, 6, 9, 12], '09:00', '12:00'),
    rule(b.au, 2, 3, [1, 3, 5, 8, 11], '08:30', '10:00', 'working'),
    ...b.rs.map((id, i) => rule(id, [4, 2, 3, 5][i % 4], 2, [1, 3, 5, 9, 11], '12:00', '15:00')),
    ...b.councils.map((id, i) => rule(id, 1 + (i % 2), -1, [3, 6, 9, 11], '10:00', '14:00')),
  ]
  return rules.map((r, i) => ({ ...r, id: i + 1 }))
}

/** Where a meeting on `date` would be in its life, seen from `today`. */
function statusOn(
  date: string,
  today: string,
): { status: MeetingStatus; noticeSentAt: string | null; minutesApprovedAt: string | null } {
  const sent = `${addDays(date, -7)}T08:00:00.000Z`
  // Approved about four weeks on, normally at the body's next meeting.
  const approved = `${addDays(date, 28)}T12:00:00.000Z`
  if (date < addDays(today, -28)) return { status: 'minutes_approved', noticeSentAt: sent, minutesApprovedAt: approved }
  const open = { minutesApprovedAt: null }
  if (date < addDays(today, -14)) return { status: 'minutes_drafted', noticeSentAt: sent, ...open }
  if (date < today) return { status: 'held', noticeSentAt: sent, ...open }
  if (date <= addDays(today, 7)) return { status: 'notice_sent', noticeSentAt: sent, ...open }
  if (date <= addDays(today, 21)) return { status: 'agenda', noticeSentAt: null, ...open }
  return { status: 'planned', noticeSentAt: null, ...open }
}

/**
 * A body that meets twice a year (the partnership meeting) approves the minutes at its next
 * meeting: until that has been held they stay drafted, and attendance can still be recorded.
 */
function approvedAtNextMeeting(
  stage: ReturnType<typeof statusOn>,
  next: string | undefined,
  today: string,
): ReturnType<typeof statusOn> {
  if (stage.status !== 'minutes_approved' || (next !== undefined && next < today)) return stage
  return { ...stage, status: 'minutes_drafted', minutesApprovedAt: null }
}

/** This year's meetings from the rhythms, at the stage each would have reached by today. */
export function demoMeetings(rhythms: readonly Rhythm[], places: Map<number, string>, today: string): Meeting[] {
  const year = Number(today.slice(0, 4))
  const meetings = rhythms.flatMap((r) =>
    datesForRule(r, year).map((date, i, dates) => ({
      bodyId: r.bodyId,
      date,
      startTime: r.startTime,
      endTime: r.endTime,
      place: places.get(r.bodyId) ?? '',
      videoLink: '',
      kind: r.kind,
      notes: '',
      sequence: 0,
      caseDeadlineWorkingDays: null,
      noticeDays: null,
      minutesWorkingDays: null,
      number: null,
      origin: null,
      minutesApprovedInMeetingId: null,
      ...(r.months.length <= 2
        ? approvedAtNextMeeting(statusOn(date, today), dates[i + 1], today)
        : statusOn(date, today)),
    })),
  )
  return meetings
    .sort((a, b) => a.date.localeCompare(b.date) || a.bodyId - b.bodyId)
    .map((m, i) => ({ ...m, id: i + 1, uid: `demo-${year}-${i + 1}@sekretariat` }))
}

type Item = ParsedWorkspaceFile['cycleItems'][number]

/** The items that come back every year in Agder (domain.md): reviews, reporting, appointments. */
export function agderItems(b: DemoBodies): Item[] {
  const item = (spec: Partial<Item> & Pick<Item, 'title' | 'category' | 'timing'>): Omit<Item, 'id'> => ({
    bodyId: null,
    responsible: '',
    month: null,
    week: null,
    anchor: null,
    anchorDate: null,
    prerequisiteBodyIds: [],
    notes: '',
    ...spec,
  })
  const items = [
    item({
      title: 'Årlig gjennomgang av handlingsplanen',
      category: 'Handlingsplan',
      timing: 'meeting',
      bodyId: b.oss,
      anchor: 'last_before',
      anchorDate: '12-31',
      prerequisiteBodyIds: b.rs,
      responsible: 'Sekretariatet',
      notes: 'Hvert RS gir innspill til status før OSS behandler gjennomgangen.',
    }),
    item({
      title: 'Partnerskapsmøte vår',
      category: 'Partnerskap',
      timing: 'meeting',
      bodyId: b.pm,
      anchor: 'first_after',
      anchorDate: '01-01',
    }),
    item({
      title: 'Partnerskapsmøte høst',
      category: 'Partnerskap',
      timing: 'meeting',
      bodyId: b.pm,
      anchor: 'first_after',
      anchorDate: '08-01',
    }),
    item({
      title: 'Årsrapport til partene',
      category: 'Rapportering',
      timing: 'month',
      month: 2,
      responsible: 'Sekretariatet',
    }),
    item({
      title: 'Budsjett for sekretariatet',
      category: 'Rapportering',
      timing: 'month',
      month: 9,
      responsible: 'AU',
    }),
    item({
      title: 'Innspill til statsbudsjettet',
      category: 'Rapportering',
      timing: 'week',
      week: 6,
      responsible: 'Sekretariatet',
    }),
    item({
      title: 'Oppnevning av medlemmer etter valg',
      category: 'Oppnevning',
      timing: 'month',
      month: 11,
      notes: 'Etter kommunevalg og stortingsvalg.',
    }),
  ]
  return items.map((i, index) => ({ ...i, id: index + 1 }))
}
