import type { Kysely } from 'kysely'
import type { OrganisationProfile, ProfileData } from '../../shared/documents'
import type { Database } from '../db/schema'

/** The organisation profile every document carries; stored in the workspace's settings. */
export async function loadProfile(_db: Kysely<Database>, _workspaceName: string): Promise<OrganisationProfile> {
  throw new Error('not implemented')
}

export async function saveProfile(_db: Kysely<Database>, _data: ProfileData): Promise<void> {
  throw new Error('not implemented')
}
