import type { Kysely } from 'kysely'
import type { Attachment } from '../../../shared/cases'
import { nb } from '../../../shared/strings/nb'
import { conflict, notFound } from '../../errors'
import type { Database, Row } from '../schema'

/** Attachments (vedlegg) of a case, in the order the case document lists them. */

const toAttachment = (r: Row<'case_attachment'>): Attachment => ({
  id: r.id,
  caseId: r.case_id,
  position: r.position,
  title: r.title,
  fileName: r.file_name,
  mimeType: r.mime_type,
  size: r.size,
  sha256: r.sha256,
  addedAt: r.added_at,
})

export async function listAttachments(db: Kysely<Database>, caseId: number): Promise<Attachment[]> {
  const rows = await db
    .selectFrom('case_attachment')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('position')
    .orderBy('id')
    .execute()
  return rows.map(toAttachment)
}

export async function getAttachment(db: Kysely<Database>, id: number): Promise<Attachment> {
  const row = await db.selectFrom('case_attachment').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('attachment', id)
  return toAttachment(row)
}

export interface StoredFile {
  fileName: string
  mimeType: string
  size: number
  sha256: string
}

export async function addAttachment(
  db: Kysely<Database>,
  caseId: number,
  title: string,
  file: StoredFile,
  now: string,
): Promise<Attachment> {
  const owner = await db.selectFrom('case_item').select('id').where('id', '=', caseId).executeTakeFirst()
  if (!owner) throw notFound('case', caseId, 'caseId')
  const last = await db
    .selectFrom('case_attachment')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('case_id', '=', caseId)
    .executeTakeFirst()
  const { id } = await db
    .insertInto('case_attachment')
    .values({
      case_id: caseId,
      position: Number(last?.position ?? 0) + 1,
      title: title || file.fileName.replace(/\.[^.]+$/, ''),
      file_name: file.fileName,
      mime_type: file.mimeType,
      size: file.size,
      sha256: file.sha256,
      added_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getAttachment(db, id)
}

/** Removes one and closes the gap, so the rest stay Vedlegg 1, 2, 3. */
export async function removeAttachment(db: Kysely<Database>, id: number) {
  const attachment = await getAttachment(db, id)
  await db.deleteFrom('case_attachment').where('id', '=', id).execute()
  const rest = await listAttachments(db, attachment.caseId)
  await reorderAttachments(
    db,
    attachment.caseId,
    rest.map((a) => a.id),
  )
}

export async function reorderAttachments(db: Kysely<Database>, caseId: number, ids: readonly number[]) {
  const current = await listAttachments(db, caseId)
  const same = ids.length === current.length && current.every((a) => ids.includes(a.id))
  if (!same) throw conflict(nb.caseErrors.attachmentOrder, 'ids')
  for (const [index, id] of ids.entries()) {
    await db
      .updateTable('case_attachment')
      .set({ position: index + 1 })
      .where('id', '=', id)
      .execute()
  }
  return listAttachments(db, caseId)
}
