import { nb } from '../../shared/strings/nb'
import type { WorkspaceStatus } from '../../shared/workspace'
import { backupNow } from '../backup/backups'
import { getSetting, setSetting } from '../db/repositories/settings'
import { replaceWorkspace } from '../db/repositories/workspace'
import { addDemoCases } from '../demo/agder-cases'
import { buildAgderDemo } from '../demo/agder-demo'
import { conflict } from '../errors'
import { checkWorkspaceFile } from '../workspace-file/check'
import { countsOf, exportWorkspace } from '../workspace-file/export'
import type { Context } from './context'
import { inTransaction, stamp, today, type HandlersOf } from './handler'

async function status(ctx: Context): Promise<WorkspaceStatus> {
  // A damaged file is not read at all: its name is not known.
  const name = ctx.damage ? null : await getSetting(ctx.db, 'workspace.name')
  return {
    ...(ctx.damage ? { damaged: ctx.damage } : {}),
    initialised: name !== null,
    name: name ?? '',
    dataFolder: ctx.dataFolder,
    databaseFile: ctx.databaseFile,
    schemaVersion: ctx.schemaVersion,
    appVersion: ctx.appVersion,
  }
}

const fileSlug = (name: string) =>
  name
    .toLocaleLowerCase('nb')
    .replace(/[^a-z0-9æøå]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'arbeidsomrade'

export const workspaceHandlers: HandlersOf<'workspace'> = {
  'workspace.status': (ctx) => status(ctx),
  'workspace.create': async (ctx, { template, name }) => {
    if ((await status(ctx)).initialised) throw conflict(nb.errors.workspaceExists)
    if (template === 'demo') {
      const file = checkWorkspaceFile(buildAgderDemo(today(ctx), stamp(ctx), ctx.appVersion))
      await inTransaction(ctx, async (trx) => {
        await replaceWorkspace(trx, file, stamp(ctx))
        // Cases go through the repositories, so their numbers are fixed the way the app fixes them.
        await addDemoCases(trx, today(ctx))
      })
    } else {
      await setSetting(ctx.db, 'workspace.name', name ?? nb.firstStart.namePlaceholder)
    }
    return status(ctx)
  },
  'workspace.rename': async (ctx, { name }) => {
    await setSetting(ctx.db, 'workspace.name', name)
    return status(ctx)
  },
  'workspace.export': async (ctx) => {
    // One transaction: a snapshot, so a write in between cannot leave the file inconsistent.
    const document = await inTransaction(ctx, (trx) => exportWorkspace(trx, stamp(ctx), ctx.appVersion))
    return {
      fileName: `sekretariat-${fileSlug(document.workspace.name)}-${today(ctx)}.json`,
      document,
      counts: countsOf(document),
    }
  },
  'workspace.inspectImport': async (_ctx, { document }) => countsOf(checkWorkspaceFile(document)),
  'workspace.import': async (ctx, { document }) => {
    const file = checkWorkspaceFile(document)
    // No backup, no import: a failed backup (a share gone away) refuses it with the reason.
    await backupNow(ctx, 'før-import')
    await inTransaction(ctx, (trx) => replaceWorkspace(trx, file, stamp(ctx)))
    return countsOf(file)
  },
}
