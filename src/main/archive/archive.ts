import { createHash } from 'node:crypto'
import type { ArchiveRecord, ArchiveResult, DocumentRequest, ManifestEntry } from '../../shared/documents'
import type { Context } from '../api/context'
import { stamp } from '../api/handler'
import { readStoredFile } from '../cases/file-store'
import { getSetting } from '../db/repositories/settings'
import type { MadeSet } from '../documents/make'
import { AppError } from '../errors'
import { targetFolder } from './folders'
import { manifestCsv, manifestJson, manifestStem } from './manifest'
import { planFiles } from './plan'
import { insertRecord, readRecords } from './records'
import { ArchiveWriter, type WriteHooks } from './writer'

export { archiveFolders, setArchiveFolder } from './folders'

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/**
 * Writes a made set into its body's archive folder with a manifest, and records the filing.
 * All or nothing: a failure part-way removes what this filing wrote, and nothing is recorded.
 */
export async function exportToArchive(
  ctx: Context,
  request: DocumentRequest,
  made: MadeSet,
  hooks: WriteHooks = {},
): Promise<ArchiveResult> {
  const target = await targetFolder(ctx, request, made)
  // Everything is read before anything is written: a missing attachment stops the filing early.
  const plan = planFiles(request, made, (a) => readStoredFile(ctx.dataFolder, a.sha256, a.fileName))
  const writer = new ArchiveWriter(target.folder, hooks)
  try {
    const folder = plan.folderName ? await writer.makeFolder(target.folder, plan.folderName) : target.folder
    const files: ManifestEntry[] = []
    for (const file of plan.files) {
      const filnavn = await writer.writeFile(folder, file.name, file.bytes)
      files.push({ ...file.manifest, filnavn, sjekksum: sha256(file.bytes) })
    }
    // The manifest last: an import that waits for it never sees half a filing.
    const exportedAt = stamp(ctx)
    const workspace = (await getSetting(ctx.db, 'workspace.name')) ?? ''
    const stem = writer.freeStem(folder, manifestStem, ['.csv', '.json'])
    await writer.writeFile(folder, `${stem}.csv`, manifestCsv(files))
    await writer.writeFile(folder, `${stem}.json`, manifestJson(files, exportedAt, workspace))
    await writer.syncFolders()

    const fingerprints = Object.fromEntries(made.files.map((f) => [f.fileName, f.fingerprint]))
    const id = await insertRecord(ctx.db, {
      ...target,
      request,
      title: made.title,
      folder,
      files,
      fingerprints,
      exportedAt,
    })
    const [stored] = await readRecords(ctx.db, { id })
    return { record: { ...stored.record, changedSince: false }, paths: [...writer.paths] }
  } catch (error) {
    await writer.rollback()
    throw error
  }
}

/** Made file name -> fingerprint, for the document the request would make now. */
export type FingerprintsOf = (request: DocumentRequest) => Promise<Map<string, string>>

/**
 * Compares the fingerprints, not the names: a file name may carry the day it was made, which
 * says nothing about whether the content changed.
 */
function differs(filed: Record<string, string>, now: Map<string, string>): boolean {
  const a = Object.values(filed).sort()
  const b = [...now.values()].sort()
  return a.length !== b.length || a.some((v, i) => v !== b[i])
}

/**
 * The filings, newest first. `fingerprints` tells what the document would be made from today;
 * without it every filing counts as unchanged.
 */
export async function archiveLog(
  ctx: Context,
  bodyId: number | undefined,
  fingerprints?: FingerprintsOf,
): Promise<ArchiveRecord[]> {
  const stored = await readRecords(ctx.db, { bodyId })
  // The same request filed many times is fingerprinted once.
  const fresh = new Map<string, Promise<Map<string, string> | null>>()
  const current = (request: DocumentRequest) => {
    const key = JSON.stringify(request)
    if (!fresh.has(key) && fingerprints) {
      // A refusal (the meeting or case is gone) means it cannot be made as filed: changed.
      fresh.set(
        key,
        fingerprints(request).catch((error: unknown) => {
          if (error instanceof AppError) return null
          throw error
        }),
      )
    }
    return fresh.get(key)
  }
  const records: ArchiveRecord[] = []
  for (const s of stored) {
    const now = await current(s.request)
    records.push({
      ...s.record,
      changedSince: now === undefined ? false : now === null || differs(s.fingerprints, now),
    })
  }
  return records
}
