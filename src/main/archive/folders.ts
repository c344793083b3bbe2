import { randomUUID } from 'node:crypto'
import { stat, unlink, writeFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import type { DocumentRequest } from '../../shared/documents'
import { nb } from '../../shared/strings/nb'
import { format, sortByNb } from '../../shared/text'
import type { Context } from '../api/context'
import { stamp } from '../api/handler'
import { AppError, notFound } from '../errors'
import type { MadeSet } from '../documents/make'

/** Each body's archive folder: the folder its archive system imports documents from. */

type Problem = 'missing' | 'notDirectory' | 'notWritable'

/**
 * Writing a probe file is the only honest test: permission bits say little on Windows ACLs
 * and network shares, where archive import folders usually live.
 */
async function folderProblem(folder: string): Promise<Problem | null> {
  const info = await stat(folder).catch(() => null)
  if (!info) return 'missing'
  if (!info.isDirectory()) return 'notDirectory'
  const probe = join(folder, `.~sekretariat-${randomUUID()}.tmp`)
  try {
    await writeFile(probe, '', { flag: 'wx' })
    await unlink(probe)
    return null
  } catch {
    await unlink(probe).catch(() => undefined)
    return 'notWritable'
  }
}

const refuse = (message: string, field: string) => new AppError({ code: 'validation', message, field })

/** Refuses a folder that cannot take files; `missing` is the message for one that is not there. */
async function requireFolder(folder: string, missing: string): Promise<void> {
  const problem = await folderProblem(folder)
  if (problem === null) return
  const t = nb.documents.archive
  const message = { missing, notDirectory: t.folderNotDirectory, notWritable: t.folderNotWritable }[problem]
  throw refuse(format(message, { folder }), 'folder')
}

export async function archiveFolders(ctx: Context) {
  const rows = await ctx.db
    .selectFrom('body')
    .select(['id as bodyId', 'short_code as shortCode', 'name', 'archive_folder as folder'])
    .execute()
  return sortByNb(rows, (b) => b.name)
}

/** Sets (or with '' clears) a body's archive folder, once it is known to take files. */
export async function setArchiveFolder(ctx: Context, bodyId: number, folder: string): Promise<void> {
  const body = await ctx.db.selectFrom('body').select('id').where('id', '=', bodyId).executeTakeFirst()
  if (!body) throw notFound('body', bodyId, 'bodyId')
  const path = folder.trim()
  const t = nb.documents.archive
  if (path !== '') {
    if (!isAbsolute(path)) throw refuse(t.folderNotAbsolute, 'folder')
    await requireFolder(path, t.folderMissing)
  }
  await ctx.db
    .updateTable('body')
    .set({ archive_folder: path, updated_at: stamp(ctx) })
    .where('id', '=', bodyId)
    .execute()
}

export interface Target {
  bodyId: number
  folder: string
}

/**
 * Where a made set goes: its body's folder. Documents across bodies (the yearly plan, the
 * follow-up list for all) go to the body the request names, and without one there is no
 * right folder to guess, so the user is asked to choose.
 */
export async function targetFolder(ctx: Context, request: DocumentRequest, made: MadeSet): Promise<Target> {
  const t = nb.documents.archive
  const crossBody = request.kind === 'yearlyPlan' || request.kind === 'followUps'
  const bodyId = made.bodyId ?? (crossBody ? request.id : null)
  if (bodyId === null) throw refuse(t.chooseBody, 'id')
  const body = await ctx.db
    .selectFrom('body')
    .select(['name', 'archive_folder'])
    .where('id', '=', bodyId)
    .executeTakeFirst()
  if (!body) throw notFound('body', bodyId, 'id')
  const folder = body.archive_folder
  if (folder === '') throw refuse(format(t.noFolder, { body: body.name }), 'folder')
  // A folder that was fine when chosen and is gone now is usually a disconnected network drive.
  await requireFolder(folder, t.folderGone)
  return { bodyId, folder }
}
