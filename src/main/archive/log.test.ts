import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocumentRequest } from '../../shared/documents'
import { AppError } from '../errors'
import { openTestWorkspace, tempFolder, type TestWorkspace } from '../test-support/temp-workspace'
import { archiveLog, exportToArchive } from './archive'
import { madeDoc, madeSet } from './archive-test-kit'

let ws: TestWorkspace
let archive: { path: string; remove: () => void }
let ssu: number
let au: number
beforeEach(async () => {
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'empty', name: 'Test' })
  ssu = (await ws.must('bodies.save', { name: 'Strategisk samarbeidsutvalg', shortCode: 'SSU', level: 'strategisk' }))
    .id
  au = (await ws.must('bodies.save', { name: 'Arbeidsutvalget', shortCode: 'AU', level: 'arbeidsutvalg' })).id
  archive = tempFolder('sekretariat-arkiv-')
  await ws.must('archive.setFolder', { bodyId: ssu, folder: archive.path })
  await ws.must('archive.setFolder', { bodyId: au, folder: archive.path })
})
afterEach(async () => {
  archive.remove()
  await ws.close()
})

const at = (iso: string) => {
  ws.ctx.now = () => new Date(iso)
}
const file = async (bodyId: number, request: DocumentRequest, name: string, fingerprint?: string) =>
  (await exportToArchive(ws.ctx, request, madeSet(bodyId, [madeDoc(name, {}, fingerprint)]))).record

const minutes = { kind: 'minutes', id: 1, year: null } as const
const notice = { kind: 'notice', id: 2, year: null } as const

describe('the archive log', () => {
  it('lists filings newest first, by body when asked', async () => {
    at('2026-11-20T09:00:00Z')
    await file(ssu, minutes, 'Protokoll.docx')
    at('2026-11-23T09:00:00Z')
    await file(au, notice, 'Innkalling AU.docx')
    at('2026-11-22T09:00:00Z')
    await file(ssu, notice, 'Innkalling SSU.docx')

    const all = await ws.must('archive.log', {})
    expect(all.map((r) => `${r.exportedAt.slice(0, 10)} ${r.bodyShortCode} ${r.title}`)).toEqual([
      '2026-11-23 AU Innkalling AU',
      '2026-11-22 SSU Innkalling SSU',
      '2026-11-20 SSU Protokoll',
    ])
    expect((await ws.must('archive.log', { bodyId: au })).map((r) => r.title)).toEqual(['Innkalling AU'])
  })

  it('marks a filing changed when the fresh fingerprints differ or it can no longer be made', async () => {
    await file(ssu, minutes, 'Protokoll.docx', 'aaa')
    await file(ssu, notice, 'Innkalling 03.12.2026.docx', 'bbb')
    const calls: string[] = []
    const log = await archiveLog(ws.ctx, undefined, async (request) => {
      calls.push(request.kind)
      if (request.kind === 'minutes') return new Map([['Protokoll.docx', 'ccc']])
      // Same content under a name made on another day: not a change.
      return new Map([['Innkalling 04.12.2026.docx', 'bbb']])
    })
    expect(log.map((r) => [r.title, r.changedSince])).toEqual([
      ['Innkalling 03.12.2026', false],
      ['Protokoll', true],
    ])

    const gone = await archiveLog(ws.ctx, ssu, async () => {
      throw new AppError({ code: 'not_found', message: 'Møtet finnes ikke' })
    })
    expect(gone.every((r) => r.changedSince)).toBe(true)
    expect(calls.sort()).toEqual(['minutes', 'notice'])
  })

  it('keeps the record when its body is deleted', async () => {
    await file(au, notice, 'Innkalling AU.docx')
    await ws.must('bodies.delete', { id: au })
    expect(await ws.must('archive.log', {})).toMatchObject([
      { bodyId: null, bodyShortCode: null, title: 'Innkalling AU' },
    ])
  })
})
