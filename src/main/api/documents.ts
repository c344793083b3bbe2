import { archiveFolders, archiveLog, exportToArchive, setArchiveFolder } from '../archive/archive'
import { getSetting } from '../db/repositories/settings'
import { fingerprintOf, makeDocuments, makeMainDocument } from '../documents/make'
import { loadProfile, saveProfile } from '../documents/profile'
import type { Context } from './context'
import { inTransaction, type HandlersOf } from './handler'

/** Word documents: made for download, or filed in a body's archive folder with a manifest. */

const profileOf = async (ctx: Context) => loadProfile(ctx.db, (await getSetting(ctx.db, 'workspace.name')) ?? '')

export const documentHandlers: HandlersOf<'documents'> = {
  'documents.make': async (ctx, request) => {
    // A download is the main document only: a package's separate files are for the archive.
    const main = await makeMainDocument(ctx, request)
    return {
      fileName: main.fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      content: main.bytes.toString('base64'),
      encoding: 'base64',
    }
  },
  'documents.profile': (ctx) => profileOf(ctx),
  'documents.saveProfile': async (ctx, data) => {
    await inTransaction(ctx, (trx) => saveProfile(trx, data))
    return profileOf(ctx)
  },
}

export const archiveHandlers: HandlersOf<'archive'> = {
  'archive.export': async (ctx, request) => exportToArchive(ctx, request, await makeDocuments(ctx, request)),
  'archive.folders': (ctx) => archiveFolders(ctx),
  'archive.setFolder': async (ctx, { bodyId, folder }) => {
    await setArchiveFolder(ctx, bodyId, folder)
    return null
  },
  'archive.log': (ctx, { bodyId }) => archiveLog(ctx, bodyId, (request) => fingerprintOf(ctx, request)),
}
