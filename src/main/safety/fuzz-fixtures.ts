import type Sqlite from 'better-sqlite3'
import type { InputOf, OperationName } from '../../shared/contract'
import { docFromText } from '../../shared/rich-text'

/** Ids of real rows in the demo workspace, so a valid fixture reaches past validation into the handler. */
export interface Refs {
  region: number
  organisation: number
  person: number
  personName: string
  role: number
  holding: number
  body: number
  membership: number
  meeting: number
  rhythm: number
  cycleItem: number
  case: number
  otherCase: number
  attachment: number
  agendaItem: number
  agendaMeeting: number
  followUp: number
  invitationRule: number
  substituteRule: number
  inviteeMeeting: number
  invitee: number
  plan: number
  planNode: number
  review: number
  planInput: number
  planLink: number
  /** A backup taken by `backups.create`, so a restore can succeed. */
  backupFile: string
  /** A small but real workspace file (from `workspace.export`). */
  workspaceFile: unknown
  /** Base64 of a real status sheet and a real case document. */
  xlsx: string
  docx: string
}

type RowRefs = Omit<Refs, 'workspaceFile' | 'xlsx' | 'docx' | 'backupFile'>

/** The first id of a table, or 1 when the table is empty (the fixture then tests not_found). */
export function readRowRefs(sqlite: Sqlite.Database): RowRefs {
  const first = (query: string): number => {
    const row = sqlite.prepare(query).raw().get() as [number | null] | undefined
    return row?.[0] ?? 1
  }
  const person = first('select min(id) from person')
  const personName = (sqlite.prepare('select name from person where id = ?').pluck().get(person) as string) ?? ''
  const agendaItem = first('select min(id) from agenda_item where case_id is not null')
  const invitee = sqlite.prepare('select meeting_id, person_id from invitation limit 1').raw().get() as
    [number, number] | undefined
  return {
    region: first('select min(id) from region'),
    organisation: first('select min(id) from organisation'),
    person,
    personName,
    role: first('select min(id) from role'),
    holding: first('select min(id) from role_holding'),
    body: first('select min(id) from body'),
    membership: first('select min(id) from membership'),
    meeting: first('select min(id) from meeting'),
    rhythm: first('select min(id) from body_rhythm'),
    cycleItem: first('select min(id) from cycle_item'),
    case: first('select min(id) from case_item'),
    otherCase: first('select max(id) from case_item'),
    attachment: first('select min(id) from case_attachment'),
    agendaItem,
    agendaMeeting: first(`select meeting_id from agenda_item where id = ${agendaItem}`),
    followUp: first('select min(id) from follow_up'),
    invitationRule: first('select min(id) from invitation_rule'),
    substituteRule: first('select min(id) from substitute_rule'),
    inviteeMeeting: invitee?.[0] ?? 1,
    invitee: invitee?.[1] ?? 1,
    plan: first('select min(id) from action_plan'),
    planNode: first("select min(id) from plan_node where level = 'measure'"),
    review: first('select min(id) from plan_review'),
    planInput: first('select min(id) from plan_input'),
    planLink: first('select min(id) from plan_link'),
  }
}

const doc = docFromText('Styret ber om en ny vurdering.')

/**
 * One valid input per operation, pointing at real demo rows. The mapped type makes a new operation
 * without a fixture a compile error, so the fuzz test cannot silently skip it.
 */
export const fixtures: { [N in OperationName]: (r: Refs) => InputOf<N> } = {
  'workspace.status': () => ({}),
  'workspace.create': () => ({ template: 'demo', name: 'Helsefellesskapet' }),
  'workspace.rename': () => ({ name: 'Helsefellesskapet i Agder' }),
  'workspace.export': () => ({}),
  'workspace.inspectImport': (r) => ({ document: r.workspaceFile }),
  'workspace.import': (r) => ({ document: r.workspaceFile }),

  'regions.list': () => ({ search: 'agder' }),
  'regions.get': (r) => ({ id: r.region }),
  'regions.save': (r) => ({ id: r.region, name: 'Region Østre Agder' }),
  'regions.delete': (r) => ({ id: r.region }),

  'organisations.list': (r) => ({ search: 'kommune', regionId: r.region, kind: 'kommune' }),
  'organisations.get': (r) => ({ id: r.organisation }),
  'organisations.save': (r) => ({
    name: 'Froland kommune',
    shortName: 'Froland',
    kind: 'kommune',
    regionId: r.region,
    notes: 'Ny kommune',
  }),
  'organisations.delete': (r) => ({ id: r.organisation }),

  'people.list': (r) => ({ search: 'kari', organisationId: r.organisation }),
  'people.get': (r) => ({ id: r.person }),
  'people.save': (r) => ({
    name: 'Kari Nordmann',
    title: 'Kommunalsjef',
    organisationId: r.organisation,
    email: 'kari@example.no',
    phone: '+47 900 00 000',
    notes: '',
  }),
  'people.delete': (r) => ({ id: r.person }),
  'people.erasurePreview': (r) => ({ id: r.person }),
  'people.erase': (r) => ({ id: r.person, confirmName: r.personName }),
  'people.restrict': (r) => ({ id: r.person, restricted: true, restrictionReason: 'Krav om sperring, brev 12.11.' }),
  'people.accessReport': (r) => ({ id: r.person }),

  'roles.list': (r) => ({ organisationId: r.organisation }),
  'roles.get': (r) => ({ id: r.role }),
  'roles.save': (r) => ({
    title: 'Kommunedirektør',
    kind: 'kommunedirektor',
    organisationId: r.organisation,
    seats: 1,
  }),
  'roles.delete': (r) => ({ id: r.role }),
  'roles.assignHolder': (r) => ({ roleId: r.role, personId: r.person, fromDate: '2026-01-01', toDate: null }),
  'roles.endHolding': (r) => ({ id: r.holding, toDate: '2026-12-31' }),
  'roles.removeHolding': (r) => ({ id: r.holding }),
  'roles.holdersOn': (r) => ({ roleId: r.role, date: '2026-06-01' }),

  'bodies.list': (r) => ({ search: 'utvalg', regionId: r.region }),
  'bodies.get': (r) => ({ id: r.body }),
  'bodies.save': (r) => ({
    name: 'Faglig samarbeidsutvalg',
    shortCode: 'FSU',
    level: 'fagrad',
    parentBodyId: r.body,
    regionId: r.region,
    caseLabelFormat: 'FSU-sak {nr}/{år}',
    defaultPlace: 'Kristiansand',
    defaultDurationMinutes: 120,
    secretaryPersonId: r.person,
    notes: '',
    caseDeadlineWorkingDays: 10,
    noticeDays: 7,
    minutesWorkingDays: 10,
    assessmentTitle: 'Vurdering',
    standardItems: [{ key: 'anyOther', numbered: false }],
    postponedKeepsNumber: true,
  }),
  'bodies.delete': (r) => ({ id: r.body }),

  'memberships.save': (r) => ({
    bodyId: r.body,
    member: { personId: r.person, roleId: null },
    function: 'medlem',
    representsOrganisationId: r.organisation,
    representsRegionId: null,
    fromDate: '2026-01-01',
    toDate: null,
    personalDeputy: { personId: null, roleId: r.role },
    deputies: [],
    notes: '',
  }),
  'memberships.delete': (r) => ({ id: r.membership }),

  'meetings.list': (r) => ({ year: 2026, bodyId: r.body }),
  'meetings.get': (r) => ({ id: r.meeting }),
  'meetings.save': (r) => ({
    bodyId: r.body,
    date: '2026-12-03',
    startTime: '09:00',
    endTime: '12:00',
    place: 'Kristiansand',
    kind: 'ordinary',
    caseDeadlineWorkingDays: null,
    noticeDays: 7,
    minutesWorkingDays: null,
    confirmMove: false,
  }),
  'meetings.setStatus': (r) => ({ id: r.meeting, status: 'agenda' }),
  'meetings.delete': (r) => ({ id: r.meeting }),

  'rhythms.list': (r) => ({ bodyId: r.body }),
  'rhythms.save': (r) => ({
    bodyId: r.body,
    weekday: 3,
    ordinal: 2,
    months: [2, 4, 6],
    startTime: '10:00',
    endTime: '14:00',
    place: 'Arendal',
    kind: 'ordinary',
  }),
  'rhythms.delete': (r) => ({ id: r.rhythm }),

  'cycle.generateYear': (r) => ({ year: 2027, bodyIds: [r.body] }),
  'cycle.copyYear': (r) => ({ fromYear: 2026, toYear: 2027, bodyIds: [r.body] }),
  'cycle.due': () => ({ from: '2026-11-23', days: 30 }),
  'cycle.wheel': () => ({ year: 2026, ringBy: 'body' }),
  'cycle.exportWheel': () => ({ year: 2026, ringBy: 'level', format: 'svg' }),
  'cycle.holidays': () => ({ year: 2026 }),

  'cycleItems.list': () => ({ year: 2026 }),
  'cycleItems.save': (r) => ({
    title: 'Budsjettinnspill',
    bodyId: r.body,
    category: 'Økonomi',
    responsible: 'Sekretariatet',
    timing: 'meeting',
    anchor: 'last_before',
    anchorDate: '06-01',
    prerequisiteBodyIds: [r.body],
    notes: '',
  }),
  'cycleItems.delete': (r) => ({ id: r.cycleItem }),

  'calendar.meeting': (r) => ({ id: r.meeting }),
  'calendar.bodyYear': (r) => ({ bodyId: r.body, year: 2026 }),

  'cases.list': (r) => ({ bodyId: r.body, statuses: ['draft', 'ready'], search: 'plan' }),
  'cases.get': (r) => ({ id: r.case }),
  'cases.save': (r) => ({
    id: r.case,
    bodyId: r.body,
    title: 'Samarbeid om utskrivningsklare pasienter',
    kind: 'decision',
    officerPersonId: r.person,
    archiveRef: '2026/123',
    background: doc,
    facts: doc,
    assessment: doc,
    proposal: doc,
  }),
  'cases.setStatus': (r) => ({ id: r.case, status: 'ready' }),
  'cases.withdraw': (r) => ({ id: r.case }),
  'cases.delete': (r) => ({ id: r.case }),
  'cases.forward': (r) => ({ id: r.case, bodyId: r.body }),
  'cases.link': (r) => ({ id: r.case, linkedCaseId: r.otherCase }),
  'cases.unlink': (r) => ({ id: r.case, linkedCaseId: r.otherCase }),
  'cases.search': () => ({ query: 'pasient', limit: 10 }),
  'cases.importDocx': (r) => ({ fileName: 'sak.docx', content: r.docx }),

  'attachments.add': (r) => ({ caseId: r.case, fileName: 'notat.txt', title: 'Notat', content: 'aGVpIGhlaQ==' }),
  'attachments.remove': (r) => ({ id: r.attachment }),
  'attachments.reorder': (r) => ({ caseId: r.case, ids: [r.attachment] }),
  'attachments.open': (r) => ({ id: r.attachment }),

  'agenda.get': (r) => ({ meetingId: r.agendaMeeting }),
  'agenda.start': (r) => ({ meetingId: r.meeting }),
  'agenda.addCase': (r) => ({ meetingId: r.agendaMeeting, caseId: r.case }),
  'agenda.saveItem': (r) => ({
    meetingId: r.agendaMeeting,
    title: 'Lunsj',
    programmeKind: 'break',
    durationMinutes: 30,
    speaker: '',
  }),
  'agenda.setTiming': (r) => ({ id: r.agendaItem, durationMinutes: 20, speaker: 'Kari Nordmann' }),
  'agenda.removeItem': (r) => ({ id: r.agendaItem }),
  'agenda.reorder': (r) => ({ meetingId: r.agendaMeeting, itemIds: [r.agendaItem] }),
  'agenda.postpone': (r) => ({ id: r.agendaItem, toMeetingId: r.meeting }),

  'minutes.get': (r) => ({ meetingId: r.agendaMeeting }),
  'minutes.saveItem': (r) => ({
    id: r.agendaItem,
    presenter: 'Kari Nordmann',
    summary: 'Saken ble drøftet.',
    decision: doc,
    correctionReason: '',
  }),
  'minutes.approve': (r) => ({ meetingId: r.agendaMeeting, inMeetingId: r.meeting }),

  'followUps.list': (r) => ({ bodyId: r.body, includeDone: true }),
  'followUps.save': (r) => ({
    agendaItemId: r.agendaItem,
    what: 'Sende brev til kommunene',
    responsible: 'Sekretariatet',
    dueDate: '2027-01-15',
    done: false,
  }),
  'followUps.delete': (r) => ({ id: r.followUp }),

  'invitationRules.list': (r) => ({ bodyId: r.body, meetingId: null }),
  'invitationRules.save': (r) => ({
    bodyId: r.body,
    meetingId: null,
    kind: 'roles',
    label: 'Ordførere',
    roleKinds: ['ordforer'],
    organisationKind: 'kommune',
    regionId: r.region,
  }),
  'invitationRules.delete': (r) => ({ id: r.invitationRule }),
  'substituteRules.list': (r) => ({ bodyId: null, meetingId: r.meeting }),
  'substituteRules.save': (r) => ({
    bodyId: r.body,
    meetingId: null,
    kind: 'roleSubstitute',
    label: '',
    roleKind: 'ordforer',
    organisationId: r.organisation,
    substituteRoleKind: 'varaordforer',
    substitutePersonId: null,
    companions: 0,
  }),
  'substituteRules.delete': (r) => ({ id: r.substituteRule }),
  'invitations.settings': (r) => ({ id: r.body }),
  'invitations.saveSettings': (r) => ({ bodyId: r.body, quorum: 5, itemAttendance: true }),

  'invitations.get': (r) => ({ meetingId: r.inviteeMeeting }),
  'invitations.respond': (r) => ({
    meetingId: r.inviteeMeeting,
    personId: r.invitee,
    status: 'declined',
    reason: 'Ferie',
    date: '2026-11-20',
  }),
  'invitations.inviteSubstitute': (r) => ({ meetingId: r.inviteeMeeting, forPersonId: r.invitee, personId: r.person }),
  'invitations.addCompanion': (r) => ({ meetingId: r.inviteeMeeting, ofPersonId: r.invitee, personId: r.person }),
  'invitations.remove': (r) => ({ meetingId: r.inviteeMeeting, personId: r.invitee }),
  'invitations.setAttendance': (r) => ({
    meetingId: r.inviteeMeeting,
    personId: r.invitee,
    attendance: 'present',
    arrivedAtItemId: r.agendaItem,
    leftAfterItemId: null,
  }),
  'invitations.setHost': (r) => ({ meetingId: r.inviteeMeeting, personId: r.invitee, host: true }),
  'invitations.applyChanges': (r) => ({ meetingId: r.inviteeMeeting }),
  'invitations.exportCsv': (r) => ({ meetingId: r.inviteeMeeting }),
  'invitations.exportIcs': (r) => ({ meetingId: r.inviteeMeeting }),
  'invitations.exportMail': (r) => ({ meetingId: r.inviteeMeeting, to: 'unanswered' }),

  'plans.list': () => ({ search: 'plan' }),
  'plans.save': (r) => ({
    id: r.plan,
    title: 'Handlingsplan 2023–2026',
    periodFrom: 2023,
    periodTo: 2026,
    ownerBodyId: r.body,
    strategy: '',
    notes: '',
  }),
  'plans.delete': (r) => ({ id: r.plan }),
  'plans.matrix': (r) => ({ planId: r.plan, reviewId: r.review }),
  'plans.compare': (r) => ({ planId: r.plan, fromReviewId: r.review, toReviewId: r.review }),
  'planNodes.save': (r) => ({
    planId: r.plan,
    parentId: r.planNode,
    level: 'measure',
    title: 'Nytt tiltak',
    responsibleOrganisationId: r.organisation,
    responsibleBodyId: r.body,
    responsiblePersonId: r.person,
    timeFrame: '2026',
    resources: '',
    indicator: '',
    notes: '',
  }),
  'planNodes.move': (r) => ({ id: r.planNode, parentId: null, position: 1 }),
  'planNodes.delete': (r) => ({ id: r.planNode }),
  'reviews.save': (r) => ({ planId: r.plan, title: 'Høst 2026', date: '2026-11-01', notes: '' }),
  'reviews.delete': (r) => ({ id: r.review }),
  'reviews.setStatus': (r) => ({ reviewId: r.review, nodeId: r.planNode, status: 'green', comment: 'I rute' }),
  'planInputs.save': (r) => ({
    planId: r.plan,
    nodeId: r.planNode,
    reviewId: r.review,
    fromBodyId: r.body,
    personId: r.person,
    givenOn: '2026-10-01',
    text: 'Innspill fra regionen',
  }),
  'planInputs.delete': (r) => ({ id: r.planInput }),
  'planLinks.save': (r) => ({ nodeId: r.planNode, caseId: r.case, followUpId: null, status: 'yellow' }),
  'planLinks.delete': (r) => ({ id: r.planLink }),
  'plans.exportXlsx': (r) => ({ planId: r.plan, reviewId: r.review }),
  'plans.previewXlsx': (r) => ({ planId: r.plan, reviewId: r.review, fileName: 'status.xlsx', content: r.xlsx }),
  'plans.importXlsx': (r) => ({ planId: r.plan, reviewId: r.review, fileName: 'status.xlsx', content: r.xlsx }),
  'plans.exportOverviewPng': (r) => ({ planId: r.plan, reviewId: r.review }),

  'documents.make': (r) => ({ kind: 'notice', id: r.agendaMeeting }),
  'documents.profile': () => ({}),
  'documents.saveProfile': () => ({
    name: 'Helsefellesskapet i Agder',
    addressLine: 'Postboks 1, 4604 Kristiansand',
    author: 'Sekretariatet',
    colour: '1F4E79',
    font: 'Calibri',
    logoPng: null,
    logoAltText: '',
    fileNamePattern: '{dokument}',
  }),

  'archive.export': (r) => ({ kind: 'caseDocument', id: r.case }),
  'archive.folders': () => ({}),
  'archive.setFolder': (r) => ({ bodyId: r.body, folder: '' }),
  'archive.log': (r) => ({ bodyId: r.body }),

  'backups.list': () => ({}),
  'backups.create': () => ({}),
  'backups.restore': (r) => ({ file: r.backupFile }),
  'backups.settings': () => ({}),
  'backups.setFolder': () => ({ folder: '' }),
}
