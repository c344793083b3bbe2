import type { FileChild } from 'docx'
import { formatDate, localIsoDate } from '../../shared/dates'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { Context } from '../api/context'
import { buildDocument, dataTable, fileNameFrom, heading, keyValueTable, note, paragraph, tableGap, title } from './kit'
import type { Look } from './kit'
import { accessModel, type AccessModel } from './access-report-model'
import type { MadeDocument } from './make'
import { bodyManifest, makerOf, planned } from './meeting-parts'

/**
 * The access report (innsynsrapport, GDPR art. 15): everything the workspace stores about one
 * person, as a Word document the secretariat can send to the person. It is not filed in a
 * body's archive folder: it is about a person, not about a body's work.
 */

const s = nb.personalData.report
const c = s.columns

const stampDate = (timestamp: string) => formatDate(localIsoDate(new Date(timestamp)))
const period = (from: string, to: string | null) =>
  to === null
    ? format(s.openPeriod, { from: formatDate(from) })
    : format(s.period, { from: formatDate(from), to: formatDate(to) })
const orDash = (text: string | null) => (text ? text : s.empty)

function section(
  out: FileChild[],
  name: string,
  columns: { title: string; weight: number }[],
  rows: string[][],
  look: Look,
) {
  out.push(heading(1, name))
  if (rows.length === 0) {
    out.push(note(s.none))
    return
  }
  out.push(dataTable(columns, rows, { look }), tableGap())
}

function registerRows(m: AccessModel): [string, string][] {
  const p = m.person
  return [
    [s.name, p.name],
    [s.title_, orDash(p.title)],
    [s.organisation, orDash(p.organisationName)],
    [s.email, orDash(p.email)],
    [s.phone, orDash(p.phone)],
    [s.notes, orDash(p.notes)],
    [s.created, stampDate(p.createdAt)],
    [s.updated, stampDate(p.updatedAt)],
    [
      s.restricted,
      p.restrictedAt
        ? format(s.restrictedValue, { date: stampDate(p.restrictedAt), reason: p.restrictionReason })
        : s.notRestricted,
    ],
    ...(p.erasedAt ? [[s.erased, format(s.erasedValue, { date: stampDate(p.erasedAt) })] as [string, string]] : []),
  ]
}

function membershipHow(m: AccessModel['memberships'][number]): string {
  if (m.deputyPosition === null) {
    return format(s.member, { function: nb.vocabulary.membershipFunction[m.function].toLocaleLowerCase('nb') })
  }
  return m.deputyPosition === 0 ? s.personalDeputy : format(s.deputy, { position: m.deputyPosition })
}

function invitationNote(i: AccessModel['invitations'][number]): string {
  return [
    i.standsInFor ? format(s.standsInFor, { name: i.standsInFor }) : '',
    i.companionOf ? format(s.companionOf, { name: i.companionOf }) : '',
    i.host ? s.host : '',
  ]
    .filter(Boolean)
    .join(', ')
}

const statusText = (status: string) =>
  status === 'removed' ? s.removedFromList : ((nb.invitations.status as Record<string, string>)[status] ?? status)
const attendanceText = (value: string) => (nb.invitations.attendance as Record<string, string>)[value] ?? value

/** The report's content: pure, from the model alone. */
export function accessSections(m: AccessModel, look: Look): FileChild[] {
  const out: FileChild[] = [
    title(format(s.title, { name: m.person.name })),
    paragraph(format(s.intro, { date: formatDate(m.today) })),
    heading(1, s.registerHeading),
    keyValueTable(registerRows(m), { look }),
    tableGap(),
  ]
  section(
    out,
    s.rolesHeading,
    [
      { title: c.role, weight: 2 },
      { title: c.organisation, weight: 2 },
      { title: c.period, weight: 1.5 },
    ],
    m.holdings.map((h) => [h.role, h.organisation, period(h.fromDate, h.toDate)]),
    look,
  )
  section(
    out,
    s.membershipsHeading,
    [
      { title: c.body, weight: 2.5 },
      { title: c.how, weight: 1.5 },
      { title: c.period, weight: 1.5 },
    ],
    m.memberships.map((x) => [x.body, membershipHow(x), period(x.fromDate, x.toDate)]),
    look,
  )
  if (m.secretaryOf.length > 0) {
    section(
      out,
      s.secretaryHeading,
      [{ title: c.body, weight: 1 }],
      m.secretaryOf.map((b) => [b]),
      look,
    )
  }
  section(
    out,
    s.invitationsHeading,
    [
      { title: c.meeting, weight: 1.6 },
      { title: c.answer, weight: 1.2 },
      { title: c.reason, weight: 1.6 },
      { title: c.attendance, weight: 1.2 },
      { title: c.how, weight: 1.6 },
    ],
    m.invitations.map((i) => [
      i.meeting.replace(i.date, formatDate(i.date)),
      statusText(i.status),
      i.declineReason,
      attendanceText(i.attendance),
      invitationNote(i),
    ]),
    look,
  )
  if (m.changes.length > 0) {
    section(
      out,
      s.changesHeading,
      [
        { title: c.meeting, weight: 1.5 },
        { title: c.change, weight: 1 },
        { title: c.when, weight: 1 },
      ],
      m.changes.map((x) => [
        x.meeting,
        (s.changeValues as Record<string, string>)[x.change] ?? x.change,
        stampDate(x.changedAt),
      ]),
      look,
    )
  }
  section(
    out,
    s.casesHeading,
    [
      { title: c.body, weight: 0.8 },
      { title: c.case, weight: 3 },
      { title: c.status, weight: 1.2 },
    ],
    m.cases.map((x) => [x.body, x.title, nb.cases.status[x.status]]),
    look,
  )
  section(
    out,
    s.rulesHeading,
    [
      { title: c.rule, weight: 1.4 },
      { title: c.where, weight: 2 },
    ],
    m.rules.map((r) => [
      [r.kind === 'invitation' ? s.invitationRule : s.substituteRule, r.label].filter(Boolean).join(': '),
      r.meeting ? format(s.meetingScope, { meeting: r.meeting }) : format(s.bodyScope, { body: r.body ?? '' }),
    ]),
    look,
  )
  section(
    out,
    s.planHeading,
    [
      { title: c.plan, weight: 1.5 },
      { title: c.node, weight: 3 },
    ],
    m.planNodes.map((n) => [n.plan, n.node]),
    look,
  )
  section(
    out,
    s.inputHeading,
    [
      { title: c.plan, weight: 1.5 },
      { title: c.given, weight: 1 },
      { title: c.text, weight: 3 },
    ],
    m.planInputs.map((x) => [x.plan, formatDate(x.givenOn), x.text]),
    look,
  )
  section(
    out,
    s.archiveHeading,
    [
      { title: c.document, weight: 3 },
      { title: c.filed, weight: 1 },
    ],
    m.archive.map((a) => [a.title, stampDate(a.exportedAt)]),
    look,
  )
  out.push(heading(1, s.mentionsHeading))
  if (m.mentions.length === 0) out.push(note(s.none))
  else {
    out.push(
      paragraph(s.mentionsIntro),
      dataTable(
        [
          { title: c.place, weight: 3 },
          { title: c.count, weight: 1 },
        ],
        m.mentions.map((x) => [nb.personalData.places[x.place], String(x.count)]),
        { look },
      ),
      tableGap(),
    )
  }
  section(
    out,
    s.casesTextHeading,
    [
      { title: c.body, weight: 0.8 },
      { title: c.case, weight: 3 },
    ],
    m.casesText.map((x) => [x.bodyShortCode, [x.numberLabel, x.title].filter(Boolean).join(' ')]),
    look,
  )
  return out
}

export async function makeAccessReport(ctx: Context, personId: number): Promise<MadeDocument> {
  const maker = await makerOf(ctx)
  const model = await accessModel(ctx.db, personId, maker.today)
  const name = format(s.title, { name: model.person.name })
  return planned(
    fileNameFrom(maker.profile.fileNamePattern, {
      tittel: format(s.fileTitle, { name: model.person.name }),
      dokument: s.fileWord,
      dato: model.today,
    }),
    '',
    bodyManifest(maker, name, s.documentType, ''),
    () =>
      buildDocument({
        profile: maker.profile,
        meta: {
          title: name,
          subject: `${s.documentType} ${formatDate(model.today)}`,
          keywords: [s.documentType],
          reference: `${s.documentType} · ${formatDate(model.today)}`,
          documentType: s.documentType,
          body: '',
          meetingDate: null,
          caseNumber: null,
          created: ctx.now(),
        },
        sections: [{ children: accessSections(model, maker.look) }],
      }),
  ).make()
}
