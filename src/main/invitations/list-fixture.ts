import type { Meeting } from '../../shared/cycle'
import type { CountRow, InvitationList, Invitee } from '../../shared/invitations'

/**
 * Test support: a hand-made invitation list of the October partnership meeting, with the cases the
 * exports must get right: æøå, a separator, quotes and a line break in values, someone standing in,
 * a companion, people without e-mail, two sharing one mailbox, a name Excel would run as a formula.
 * Not used by the app.
 */

let nextId = 1

export function invitee(overrides: Partial<Invitee> = {}): Invitee {
  const personId = overrides.personId ?? nextId++
  return {
    personId,
    name: `Person ${personId}`,
    title: '',
    email: `person${personId}@example.no`,
    phone: '',
    organisationId: 1,
    organisationName: 'Arendal kommune',
    organisationKind: 'kommune',
    regionId: 1,
    regionName: 'Østre Agder',
    roleTitles: [],
    roleKinds: [],
    category: 'others',
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
    ...overrides,
  }
}

const count = (
  key: string,
  label: string,
  invited: number,
  coming: number,
  declined: number,
  present = 0,
): CountRow => ({
  key,
  label,
  invited,
  coming,
  declined,
  present,
})

export const mayor = invitee({
  personId: 101,
  name: 'Robert Cornels Nordli',
  title: 'Ordfører',
  email: 'robert.nordli@arendal.kommune.no',
  phone: '+47 370 13 000',
  roleTitles: ['Ordfører'],
  roleKinds: ['ordforer'],
  category: 'politicians',
  status: 'accepted',
  companionsAllowed: 1,
  companionsUsed: 1,
})

export const chiefExecutive = invitee({
  personId: 102,
  name: 'Åse Ødegård',
  title: 'Kommunedirektør',
  email: 'ase.odegard@kristiansand.kommune.no',
  organisationId: 2,
  organisationName: 'Kristiansand kommune',
  regionId: 2,
  regionName: 'Kristiansandsregionen',
  roleTitles: ['Kommunedirektør'],
  roleKinds: ['kommunedirektor'],
  category: 'municipalLeaders',
  status: 'declined',
  declineReason: 'Budsjettmøte; «kan ikke flyttes»',
  substitute: { personId: 103, name: 'Øyvind Lie', status: 'accepted' },
})

export const headOfDepartment = invitee({
  personId: 103,
  name: 'Øyvind Lie',
  title: 'Kommunalsjef helse og mestring',
  email: 'OYVIND.LIE@kristiansand.kommune.no',
  organisationId: 2,
  organisationName: 'Kristiansand kommune',
  regionId: 2,
  regionName: 'Kristiansandsregionen',
  roleTitles: ['Kommunalsjef'],
  roleKinds: ['kommunalsjef'],
  category: 'municipalLeaders',
  source: 'substitute',
  standsInFor: { personId: 102, name: 'Åse Ødegård' },
  status: 'accepted',
})

export const companion = invitee({
  personId: 104,
  name: 'Ola "Gutten" Hansen',
  title: 'Bystyrerepresentant; leder av helse- og omsorgsutvalget',
  email: 'ola.hansen@arendal.kommune.no',
  category: 'politicians',
  source: 'companion',
  companionOf: { personId: 101, name: 'Robert Cornels Nordli' },
  status: 'accepted',
})

export const withoutEmail = invitee({
  personId: 105,
  name: 'Kari Nordmann',
  title: 'Ordfører',
  email: '',
  organisationId: 3,
  organisationName: 'Åmli kommune',
  regionName: 'Østre Agder',
  roleTitles: ['Ordfører'],
  roleKinds: ['ordforer'],
  category: 'politicians',
})

export const alsoWithoutEmail = invitee({
  personId: 106,
  name: 'Per Ås',
  title: 'Tillitsvalgt\nFagforbundet',
  email: '  ',
  organisationId: null,
  organisationName: '',
  organisationKind: null,
  regionId: null,
  regionName: '',
  category: 'unionReps',
  status: 'noAnswer',
})

export const director = invitee({
  personId: 107,
  name: 'Nils Kvernmo',
  title: 'Administrerende direktør',
  email: 'postmottak@sshf.no',
  organisationId: 4,
  organisationName: 'Sørlandet sykehus HF',
  organisationKind: 'helseforetak',
  regionId: null,
  regionName: '',
  roleTitles: ['Administrerende direktør'],
  category: 'hospital',
  status: 'accepted',
  attendance: 'present',
})

/** Shares the hospital's mailbox with the director: one address, one copy. */
export const boardMember = invitee({
  personId: 108,
  name: 'Styremedlem Lund',
  title: 'Styremedlem',
  email: 'Postmottak@SSHF.no',
  organisationId: 4,
  organisationName: 'Sørlandet sykehus HF',
  organisationKind: 'helseforetak',
  regionId: null,
  regionName: '',
  category: 'hospital',
  status: 'invited',
  attendance: 'absent',
})

/** A name typed as a formula must reach Excel as text. */
export const formulaName = invitee({
  personId: 109,
  name: '=HYPERLINK("http://x.example","Klikk")',
  title: 'Bordvert',
  organisationId: 5,
  organisationName: 'Universitetet i Agder',
  category: 'hosts',
  host: true,
})

export const invitees = [
  mayor,
  chiefExecutive,
  headOfDepartment,
  companion,
  withoutEmail,
  alsoWithoutEmail,
  director,
  boardMember,
  formulaName,
]

export function partnershipList(overrides: Partial<InvitationList> = {}): InvitationList {
  return {
    meeting: {
      id: 7,
      bodyId: 1,
      bodyShortCode: 'PM',
      bodyName: 'Partnerskapsmøtet',
      date: '2026-10-22',
      startTime: '09:00',
      endTime: '13:00',
      place: 'Clarion Hotel Ernst, Kristiansand',
      title: '',
      status: 'notice_sent',
      minutesLocked: false,
    },
    sentAt: '2026-09-24',
    rules: [],
    substituteRules: [
      {
        id: 1,
        origin: 'body',
        bodyId: 1,
        meetingId: null,
        kind: 'roleSubstitute',
        label: '',
        roleKind: 'kommunedirektor',
        organisationId: null,
        substituteRoleKind: 'kommunalsjef',
        substitutePersonId: null,
        companions: 0,
        description: 'Kommunalsjef i stedet for kommunedirektør',
      },
      {
        id: 2,
        origin: 'body',
        bodyId: 1,
        meetingId: null,
        kind: 'companion',
        label: '',
        roleKind: 'ordforer',
        organisationId: null,
        substituteRoleKind: null,
        substitutePersonId: null,
        companions: 1,
        description: 'Ordfører kan ta med én politiker fra kommunen',
      },
    ],
    invitees,
    pendingChanges: [],
    changes: [],
    counts: {
      byCategory: [
        count('politicians', 'Ordførere/politikere', 3, 2, 0),
        count('hospital', 'Representanter fra helseforetaket (inkl. styret)', 2, 1, 0, 1),
        count('municipalLeaders', 'Kommunale ledere', 2, 1, 1),
        count('unionReps', 'Tillitsvalgte', 1, 0, 0),
        count('others', 'Andre deltakere', 0, 0, 0),
        count('hosts', 'Bordverter/medvirkende', 1, 0, 0),
      ],
      byOrganisation: [],
      byRegion: [],
      total: count('total', 'Totalt', 9, 4, 1, 1),
      municipalities: { represented: 2, total: 25, missing: ['Åmli', 'Bygland', 'Evje og Hornnes'] },
      basis: 'coming',
    },
    warnings: [],
    quorum: null,
    itemAttendance: false,
    agendaItems: [],
    ...overrides,
  }
}

/** The meeting as the calendar knows it: stable UID, SEQUENCE grown by one move. */
export const partnershipMeeting: Meeting = {
  id: 7,
  bodyId: 1,
  bodyName: 'Partnerskapsmøtet',
  bodyShortCode: 'PM',
  number: 2,
  date: '2026-10-22',
  startTime: '09:00',
  endTime: '13:00',
  place: 'Clarion Hotel Ernst, Kristiansand',
  videoLink: 'https://teams.microsoft.com/l/meetup-join/partnerskap',
  kind: 'ordinary',
  status: 'notice_sent',
  notes: '',
  uid: '3b0c6f7e-2d6a-4c1b-9e55-1f4a2c9d8e70',
  sequence: 2,
  deadlines: [],
  warnings: [],
  overrides: { caseDeadlineWorkingDays: null, noticeDays: null, minutesWorkingDays: null },
  rules: { caseDeadlineWorkingDays: 20, noticeDays: 28, minutesWorkingDays: 10 },
}
