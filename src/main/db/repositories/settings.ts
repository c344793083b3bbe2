import type { Kysely } from 'kysely'
import type { Database } from '../schema'

/** Known settings keys; a workspace exists once it has a name. */
export type SettingKey = 'workspace.name' | 'documents.profile' | 'backups.folder'

export async function getSetting(db: Kysely<Database>, key: SettingKey): Promise<string | null> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst()
  return row?.value ?? null
}

export async function setSetting(db: Kysely<Database>, key: SettingKey, value: string): Promise<void> {
  await db
    .insertInto('setting')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute()
}
