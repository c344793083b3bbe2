import type { FileChild, ParagraphChild } from 'docx'
import { formatDate } from '../../shared/dates'
import { nb } from '../../shared/strings/nb'
import { format, plural } from '../../shared/text'
import type { Context } from '../api/context'
import {
  buildDocument,
  dataTable,
  fileNameFrom,
  heading,
  neutralLook,
  note,
  paragraph,
  run,
  sha256Json,
  tableGap,
  title,
  type Look,
} from './kit'
import type { MadeDocument } from './make'
import { makerOf, planned, type Maker, type Planned, bodyManifest } from './meeting-parts'
import { followUpsModel, type FollowUpsModel, type OpenFollowUp } from './models'

/**
 * The follow-up list (oppfølgingsliste): the open actions from decisions, per body, with who is
 * responsible, the due date (past ones say "Forfalt" in words, not only in colour), and the
 * decision and meeting they came from.
 */

const s = nb.documents.followUps

/** A dark red that keeps its contrast on white (7:1) and in grey print. */
const overdueColour = 'A4262C'

function dueCell(item: OpenFollowUp): ParagraphChild[] {
  if (item.dueDate === null) return [run(s.noDue)]
  const date = run(formatDate(item.dueDate), item.overdue ? { bold: true, colour: overdueColour } : {})
  return item.overdue ? [date, run(s.overdue, { bold: true, colour: overdueColour, breakBefore: true })] : [date]
}

function fromCell(item: OpenFollowUp, look: Look): ParagraphChild[] {
  const decision = item.numberLabel ? `${item.numberLabel} ${item.itemTitle}` : item.itemTitle
  return [
    run(decision),
    run(format(s.fromMeeting, { date: formatDate(item.meetingDate) }), { breakBefore: true, colour: look.muted }),
  ]
}

export const followUpsTitle = (model: FollowUpsModel) =>
  model.bodyName ? format(s.titleBody, { body: model.bodyName }) : s.title

/** The list's content: pure, from the model alone. */
export function followUpSections(model: FollowUpsModel, look: Look = neutralLook): FileChild[] {
  const all = model.groups.flatMap((g) => g.items)
  const overdue = all.filter((i) => i.overdue).length
  const summary = [plural(s, 'count', all.length), ...(overdue > 0 ? [plural(s, 'overdueCount', overdue)] : [])]
  const out: FileChild[] = [
    title(followUpsTitle(model)),
    paragraph(`${format(s.intro, { date: formatDate(model.today) })} ${summary.join(', ')}.`),
  ]
  if (all.length === 0) out.push(note(s.none))
  const c = s.columns
  for (const group of model.groups) {
    out.push(
      heading(1, `${group.bodyShortCode} – ${group.bodyName}`),
      dataTable(
        [
          { title: c.what, weight: 3.2 },
          { title: c.responsible, weight: 1.7 },
          { title: c.due, weight: 1.25 },
          { title: c.from, weight: 3.2 },
        ],
        group.items.map((i) => [i.what, i.responsible, dueCell(i), fromCell(i, look)]),
        { look },
      ),
      tableGap(),
    )
  }
  return out
}

/**
 * What the list is made from, without the day it is made: the day only matters through which
 * actions are overdue, and those are in the model.
 */
export const followUpsFingerprint = (model: FollowUpsModel) => sha256Json({ ...model, today: undefined })

export function planFollowUps(maker: Maker, model: FollowUpsModel): Planned {
  const name = followUpsTitle(model)
  const code = model.bodyShortCode ?? ''
  return planned(
    fileNameFrom(maker.profile.fileNamePattern, {
      utvalg: code,
      tittel: format(s.fileTitle, { date: formatDate(model.today) }),
      dokument: s.fileWord,
      dato: model.today,
    }),
    followUpsFingerprint(model),
    bodyManifest(maker, name, s.documentType, model.bodyName ?? ''),
    () =>
      buildDocument({
        profile: maker.profile,
        meta: {
          title: name,
          subject: `${name} ${formatDate(model.today)}`,
          keywords: [s.documentType, ...(code ? [code] : [])],
          reference: [code, s.documentType, formatDate(model.today)].filter(Boolean).join(' · '),
          documentType: s.documentType,
          body: model.bodyName ?? '',
          meetingDate: null,
          caseNumber: null,
          created: maker.ctx.now(),
        },
        sections: [{ children: followUpSections(model, maker.look) }],
      }),
  )
}

export async function makeFollowUpList(ctx: Context, bodyId: number | null): Promise<MadeDocument> {
  const maker = await makerOf(ctx)
  return planFollowUps(maker, await followUpsModel(ctx.db, bodyId, maker.today)).make()
}
