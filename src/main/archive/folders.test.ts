import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestWorkspace, tempFolder, type TestWorkspace } from '../test-support/temp-workspace'

let ws: TestWorkspace
let archive: { path: string; remove: () => void }
let ssu: number
let oss: number
beforeEach(async () => {
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'empty', name: 'Helsefellesskapet Agder' })
  ssu = (await ws.must('bodies.save', { name: 'Strategisk samarbeidsutvalg', shortCode: 'SSU', level: 'strategisk' }))
    .id
  oss = (await ws.must('bodies.save', { name: 'Overordnet samarbeidsutvalg', shortCode: 'OSS', level: 'politisk' })).id
  archive = tempFolder('sekretariat-arkiv-')
})
afterEach(async () => {
  chmodSync(archive.path, 0o700)
  archive.remove()
  await ws.close()
})

const refusal = async (folder: string) => {
  const result = await ws.call('archive.setFolder', { bodyId: ssu, folder })
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

describe('archive folders', () => {
  it('list every body by name with its folder, and set and clear one', async () => {
    expect(await ws.must('archive.folders', {})).toEqual([
      { bodyId: oss, shortCode: 'OSS', name: 'Overordnet samarbeidsutvalg', folder: '' },
      { bodyId: ssu, shortCode: 'SSU', name: 'Strategisk samarbeidsutvalg', folder: '' },
    ])
    await ws.must('archive.setFolder', { bodyId: ssu, folder: `  ${archive.path}  ` })
    expect((await ws.must('archive.folders', {}))[1].folder).toBe(archive.path)
    await ws.must('archive.setFolder', { bodyId: ssu, folder: '' })
    expect((await ws.must('archive.folders', {}))[1].folder).toBe('')
  })

  it('refuse a relative path, a folder that is not there, and a file, naming the field', async () => {
    expect(await refusal('arkiv/import')).toMatchObject({
      field: 'folder',
      message: expect.stringMatching(/hele stien/),
    })
    const missing = join(archive.path, 'borte')
    expect(await refusal(missing)).toMatchObject({ field: 'folder', message: `Mappen finnes ikke: ${missing}` })
    const file = join(archive.path, 'fil.txt')
    writeFileSync(file, 'x')
    expect((await refusal(file)).message).toMatch(/fil, ikke en mappe/)
  })

  it('refuse a folder it cannot write in (root ignores permissions, so not checked as root)', async () => {
    const locked = join(archive.path, 'låst')
    mkdirSync(locked)
    chmodSync(locked, 0o500)
    const result = await ws.call('archive.setFolder', { bodyId: ssu, folder: locked })
    if (process.getuid?.() === 0) expect(result.ok).toBe(true)
    else
      expect(result).toMatchObject({
        ok: false,
        error: { field: 'folder', message: expect.stringMatching(/Sekretariat kan ikke skrive i mappen/) },
      })
    chmodSync(locked, 0o700)
  })

  it('refuse an unknown body', async () => {
    const result = await ws.call('archive.setFolder', { bodyId: 999, folder: archive.path })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', field: 'bodyId' } })
  })
})
