import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestWorkspace, tempFolder, type TestWorkspace } from '../test-support/temp-workspace'

let ws: TestWorkspace
let folder: ReturnType<typeof tempFolder>
beforeEach(async () => {
  ws = await openTestWorkspace()
  folder = tempFolder('sekretariat-arkiv-')
  await ws.must('workspace.create', { template: 'empty', name: 'Test' })
})
afterEach(async () => {
  await ws.close()
  folder.remove()
})

describe('a workspace import', () => {
  it('keeps where this machine files each body, for the bodies that come back', async () => {
    const body = await ws.must('bodies.save', {
      name: 'Strategisk samarbeidsutvalg',
      shortCode: 'SSU',
      level: 'strategisk',
    })
    await ws.must('archive.setFolder', { bodyId: body.id, folder: folder.path })
    const { document } = await ws.must('workspace.export', {})
    await ws.must('workspace.import', { document: JSON.parse(JSON.stringify(document)) as unknown })
    const folders = await ws.must('archive.folders', {})
    expect(folders.map((f) => [f.shortCode, f.folder])).toEqual([['SSU', folder.path]])
  })
})
