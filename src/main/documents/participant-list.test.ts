import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  alsoWithoutEmail,
  chiefExecutive,
  director,
  headOfDepartment,
  partnershipList,
  partnershipMeeting,
} from '../invitations/list-fixture'
import { buildDocument, defaultProfile, neutralLook, packDocx, type DocumentMeta } from './kit'
import { meetingHeadOf } from './models'
import {
  participantSections,
  participantsModelOf,
  participantsTitle,
  type ParticipantGrouping,
} from './participant-list'
import { readDocxWithPythonDocx, toPdfText, type DocxReading } from './verify'

/**
 * The participant list made from a hand-made invitation list and read back by LibreOffice (text)
 * and python-docx (styles, header rows). Through the workspace and the archive: invitation-exports.test.ts.
 */

const folder = mkdtempSync(join(tmpdir(), 'participants-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const profile = defaultProfile('Helsefellesskapet i Agder')
const head = meetingHeadOf(partnershipMeeting)
const meta: DocumentMeta = {
  title: 'Deltakerliste for PM 22.10.2026',
  subject: 'Deltakerliste – Partnerskapsmøtet, 22.10.2026',
  keywords: ['Deltakerliste', 'PM'],
  reference: 'PM 22.10.2026',
  documentType: 'Deltakerliste',
  body: 'Partnerskapsmøtet',
  meetingDate: '2026-10-22',
  caseNumber: null,
  created: new Date('2026-09-24T08:30:00Z'),
}

const paths = new Map<ParticipantGrouping, string>()
let texts: Map<string, string>
const readings = new Map<ParticipantGrouping, DocxReading>()
const flat = (groupBy: ParticipantGrouping) => (texts.get(paths.get(groupBy) ?? '') ?? '').replace(/\s+/g, ' ')
const reading = (groupBy: ParticipantGrouping) => readings.get(groupBy) as DocxReading
const styled = (r: DocxReading, style: string) => r.paragraphs.filter((p) => p.style === style).map((p) => p.text)

beforeAll(async () => {
  for (const groupBy of ['organisation', 'category'] as const) {
    const model = participantsModelOf(head, partnershipList(), groupBy)
    const bytes = await packDocx(
      buildDocument({ profile, meta, sections: [{ children: participantSections(model, neutralLook) }] }),
    )
    const path = join(folder, `${groupBy}.docx`)
    writeFileSync(path, bytes)
    paths.set(groupBy, path)
    readings.set(groupBy, await readDocxWithPythonDocx(path))
  }
  texts = await toPdfText([...paths.values()])
}, 120_000)

describe('participant list', () => {
  it('has the title, the meeting head and the counts table of seed 003 with a real, repeating header row', () => {
    const r = reading('organisation')
    expect(r.paragraphs[0]).toMatchObject({ style: 'Title', text: 'Deltakerliste' })
    expect(r.tables[0].rows.map((row) => row[0])).toEqual(['Utvalg', 'Møte', 'Dato', 'Tid', 'Sted', 'Videomøte'])
    expect(r.tables[0].rows[2][1]).toBe('Torsdag 22. oktober 2026')
    const counts = r.tables[1]
    expect(counts.headerRow).toBe(true)
    expect(counts.rows).toEqual([
      ['Rolle', 'Antall invitert', 'Kommer', 'Forfall', 'Til stede'],
      ['Ordførere/politikere', '3', '2', '0', '0'],
      ['Representanter fra helseforetaket (inkl. styret)', '2', '1', '0', '1'],
      ['Kommunale ledere', '2', '1', '1', '0'],
      ['Tillitsvalgte', '1', '0', '0', '0'],
      ['Andre deltakere', '0', '0', '0', '0'],
      ['Bordverter/medvirkende', '1', '0', '0', '0'],
      ['Totalt', '9', '4', '1', '1'],
    ])
  })

  it('says how many municipalities are represented and which are missing', () => {
    const text = flat('organisation')
    expect(text).toContain('2 av 25 kommuner representert')
    expect(text).toContain('Ikke representert: Åmli, Bygland, Evje og Hornnes.')
  })

  it('groups by organisation under Heading 2, in Norwegian order, those without one last', () => {
    const r = reading('organisation')
    expect(styled(r, 'Heading 1')).toEqual(['Deltakeroversikt', 'Deltakere'])
    expect(styled(r, 'Heading 2')).toEqual([
      'Arendal kommune',
      'Kristiansand kommune',
      'Sørlandet sykehus HF',
      'Universitetet i Agder',
      'Åmli kommune',
      'Uten organisasjon',
    ])
    const lists = r.tables.slice(2)
    expect(lists).toHaveLength(6)
    for (const table of lists) {
      expect(table.headerRow).toBe(true)
      expect(table.rows[0]).toEqual(['Navn', 'Tittel/rolle', 'Status', 'Oppmøte'])
    }
    const kristiansand = lists[1].rows.slice(1)
    expect(kristiansand).toEqual([
      ['Åse Ødegård', 'Kommunedirektør', `Forfall (${chiefExecutive.declineReason})`, ''],
      ['Øyvind Lie\nfor Åse Ødegård', 'Kommunalsjef', 'Kommer', ''],
    ])
    expect(lists[2].rows.slice(1)).toEqual([
      [director.name, 'Administrerende direktør', 'Kommer', 'Til stede'],
      ['Styremedlem Lund', 'Styremedlem', 'Ikke svart', 'Ikke til stede'],
    ])
    expect(lists[5].rows[1]).toEqual([alsoWithoutEmail.name, alsoWithoutEmail.title, 'Ikke svart', ''])
  })

  it('shows whom a companion goes with and whom a substitute stands in for, also in the PDF text', () => {
    const text = flat('organisation')
    // Table cells wrap in the PDF, so only the start of a cell's second line is one phrase there.
    expect(text).toContain('ledsager for Robert')
    expect(reading('organisation').tables[2].rows[1]).toEqual(['Robert Cornels Nordli', 'Ordfører', 'Kommer', ''])
    expect(reading('organisation').tables[2].rows[2][0]).toBe('Ola "Gutten" Hansen\nledsager for Robert Cornels Nordli')
    expect(text).toContain(`for ${chiefExecutive.name}`)
    expect(text).toContain(headOfDepartment.name)
    expect(text).toContain('Forfall (Budsjettmøte; «kan ikke flyttes»)')
    expect(text).toContain('Totalt 9 4 1 1')
  })

  it('groups by role in the order of seed 003, with the organisation under the title', () => {
    const r = reading('category')
    expect(styled(r, 'Heading 2')).toEqual([
      'Ordførere/politikere',
      'Representanter fra helseforetaket (inkl. styret)',
      'Kommunale ledere',
      'Tillitsvalgte',
      'Bordverter/medvirkende',
    ])
    const leaders = r.tables[4].rows.slice(1)
    expect(leaders[0]).toEqual(['Åse Ødegård', 'Kommunedirektør\nKristiansand kommune', expect.any(String), ''])
    expect(leaders[1][0]).toBe('Øyvind Lie\nfor Åse Ødegård')
    expect(flat('category')).toContain('Øyvind Lie Kommunalsjef Kommer for Åse Ødegård Kristiansand kommune')
  })

  it('says so when nobody is invited', () => {
    const model = participantsModelOf(head, partnershipList({ invitees: [] }), 'organisation')
    expect(model.groups).toEqual([])
    expect(participantsTitle(model)).toBe('Deltakerliste for PM 22.10.2026')
  })
})
