import type { Kysely } from 'kysely'
import type { OrganisationProfile, ProfileData } from '../../shared/documents'
import type { Database } from '../db/schema'
import { getSetting, setSetting } from '../db/repositories/settings'
import { checkLogo, profileFromSetting } from './kit/profile-defaults'

/** The organisation profile every document carries; stored in the workspace's settings. */
export async function loadProfile(db: Kysely<Database>, workspaceName: string): Promise<OrganisationProfile> {
  return profileFromSetting(await getSetting(db, 'documents.profile'), workspaceName)
}

export async function saveProfile(db: Kysely<Database>, data: ProfileData): Promise<void> {
  checkLogo(data.logoPng)
  const profile: OrganisationProfile = { ...data, colour: data.colour.toUpperCase() }
  await setSetting(db, 'documents.profile', JSON.stringify(profile))
}
