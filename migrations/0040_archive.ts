import type { Kysely } from 'kysely'

/**
 * Filing in the archive system: each body's import folder (the archive picks files up from
 * there), and a record of every filing with checksums, so the secretariat can see what was
 * filed, where, and whether the document has changed since.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // An absolute path on this machine (often a network share); '' while not chosen.
  await db.schema
    .alterTable('body')
    .addColumn('archive_folder', 'text', (c) => c.notNull().defaultTo(''))
    .execute()

  await db.schema
    .createTable('archive_record')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    // The record outlives the body: it says what left the secretariat.
    .addColumn('body_id', 'integer', (c) => c.references('body.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // JSON of the DocumentRequest: the same request made again tells whether the document changed.
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // Where the files went (for a package: its own subfolder).
    .addColumn('folder', 'text', (c) => c.notNull())
    // JSON: ManifestEntry[], as written to the manifest.
    .addColumn('files', 'text', (c) => c.notNull())
    // JSON: made file name -> fingerprint of the data it was made from.
    .addColumn('fingerprints', 'text', (c) => c.notNull())
    .addColumn('exported_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('archive_record_body').on('archive_record').columns(['body_id', 'exported_at']).execute()
}
