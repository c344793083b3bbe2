import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultLogoPng } from './kit'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

/** The organisation profile through the API: defaults, saving, and the logo's checks. */

let ws: TestWorkspace
beforeEach(async () => {
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'empty', name: 'Helsefellesskapet Innlandet' })
})
afterEach(() => ws.close())

const input = {
  name: 'Helsefellesskapet Innlandet',
  addressLine: 'Postboks 1, 2301 Hamar · post@example.no',
  author: 'Sekretariatet for helsefellesskapet',
  colour: '7a1f5c',
  font: 'Arial',
  logoPng: null,
  logoAltText: 'Logo',
  fileNamePattern: '{utvalg} {nr}-{år} {tittel} - {dokument}',
}

describe('the document profile', () => {
  it('defaults to the workspace’s name, the secretariat as author, 005A9C, Calibri and the default logo', async () => {
    expect(await ws.must('documents.profile', {})).toEqual({
      name: 'Helsefellesskapet Innlandet',
      addressLine: '',
      author: 'Sekretariatet',
      colour: '005A9C',
      font: 'Calibri',
      logoPng: null,
      logoAltText: '',
      fileNamePattern: '{utvalg} {nr}-{år} {tittel} - {dokument}',
    })
  })

  it('saves and reads back what was saved, the colour in capitals', async () => {
    const logo = defaultLogoPng()?.toString('base64') ?? null
    const saved = await ws.must('documents.saveProfile', { ...input, logoPng: logo })
    expect(saved).toEqual({ ...input, colour: '7A1F5C', logoPng: logo })
    expect(await ws.must('documents.profile', {})).toEqual(saved)
  })

  it('refuses a logo that is not a PNG, naming the field', async () => {
    const result = await ws.call('documents.saveProfile', {
      ...input,
      logoPng: Buffer.from('GIF89a not a png at all, sorry').toString('base64'),
    })
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', field: 'logoPng', message: 'Logoen må være et PNG-bilde.' },
    })
  })

  it('refuses a PNG larger than 2 MB, saying how large it is', async () => {
    const png = Buffer.concat([defaultLogoPng() ?? Buffer.alloc(0), Buffer.alloc(2 * 1024 * 1024)])
    const result = await ws.call('documents.saveProfile', { ...input, logoPng: png.toString('base64') })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.field).toBe('logoPng')
      expect(result.error.message).toBe('Logoen kan være høyst 2 MB; denne er 2,1 MB.')
    }
    // Nothing was saved.
    expect((await ws.must('documents.profile', {})).font).toBe('Calibri')
  })

  it('gives a whole profile even from a damaged setting', async () => {
    await ws.ctx.db
      .insertInto('setting')
      .values({ key: 'documents.profile', value: '{"colour":"nope","font":"","name":"Eget navn"' })
      .execute()
    expect((await ws.must('documents.profile', {})).name).toBe('Helsefellesskapet Innlandet')
    await ws.ctx.db
      .updateTable('setting')
      .set({ value: '{"colour":"nope","font":"","name":"Eget navn","fileNamePattern":"{tittel}"}' })
      .where('key', '=', 'documents.profile')
      .execute()
    expect(await ws.must('documents.profile', {})).toMatchObject({
      name: 'Eget navn',
      colour: '005A9C',
      font: 'Calibri',
      fileNamePattern: '{utvalg} {nr}-{år} {tittel} - {dokument}',
    })
  })
})
