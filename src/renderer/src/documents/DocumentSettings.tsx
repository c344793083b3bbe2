import { ArchiveFoldersSection } from './ArchiveFoldersSection'
import { ArchiveLogSection } from './ArchiveLogSection'
import { ProfileSection } from './ProfileSection'

/** The settings for Word documents and archive filing, as sections of Innstillinger. */
export function DocumentSettings() {
  return (
    <>
      <ProfileSection />
      <ArchiveFoldersSection />
      <ArchiveLogSection />
    </>
  )
}
