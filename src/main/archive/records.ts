import type { Kysely } from 'kysely'
import {
  documentInput,
  type ArchiveRecord,
  type DocumentKind,
  type DocumentRequest,
  type ManifestEntry,
} from '../../shared/documents'
import type { Database } from '../db/schema'

/** The log of filings: what went where, with checksums and the fingerprints to tell later changes. */

export interface StoredRecord {
  record: Omit<ArchiveRecord, 'changedSince'>
  request: DocumentRequest
  /** Made file name -> fingerprint of the data it was made from. */
  fingerprints: Record<string, string>
}

export interface NewRecord {
  bodyId: number
  request: DocumentRequest
  title: string
  folder: string
  files: ManifestEntry[]
  fingerprints: Record<string, string>
  exportedAt: string
}

export async function insertRecord(db: Kysely<Database>, r: NewRecord): Promise<number> {
  const { id } = await db
    .insertInto('archive_record')
    .values({
      body_id: r.bodyId,
      kind: r.request.kind,
      request: JSON.stringify(r.request),
      title: r.title,
      folder: r.folder,
      files: JSON.stringify(r.files),
      fingerprints: JSON.stringify(r.fingerprints),
      exported_at: r.exportedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/** Newest first; the id breaks ties between filings in the same millisecond. */
export async function readRecords(
  db: Kysely<Database>,
  filter: { bodyId?: number; id?: number },
): Promise<StoredRecord[]> {
  const rows = await db
    .selectFrom('archive_record as r')
    .leftJoin('body', 'body.id', 'r.body_id')
    .select([
      'r.id',
      'r.body_id as bodyId',
      'body.short_code as bodyShortCode',
      'r.kind',
      'r.request',
      'r.title',
      'r.folder',
      'r.files',
      'r.fingerprints',
      'r.exported_at as exportedAt',
    ])
    .$if(filter.bodyId !== undefined, (q) => q.where('r.body_id', '=', filter.bodyId ?? 0))
    .$if(filter.id !== undefined, (q) => q.where('r.id', '=', filter.id ?? 0))
    .orderBy('r.exported_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute()
  return rows.map((r) => ({
    record: {
      id: r.id,
      bodyId: r.bodyId,
      bodyShortCode: r.bodyShortCode,
      kind: r.kind as DocumentKind,
      title: r.title,
      folder: r.folder,
      files: JSON.parse(r.files) as ManifestEntry[],
      exportedAt: r.exportedAt,
    },
    request: documentInput.parse(JSON.parse(r.request)),
    fingerprints: JSON.parse(r.fingerprints) as Record<string, string>,
  }))
}
