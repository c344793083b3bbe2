import type { TFunction } from 'i18next'
import type { BackupEntry } from '../../../shared/backups'
import { stampParts } from '../agenda/format'

/** "23.11.2026 kl. 12:00", in the user's own time zone. */
export const backupTime = (t: TFunction, iso: string) => t('backups.when', stampParts(iso))

export const backupReason = (t: TFunction, backup: BackupEntry) => t(`backups.reasons.${backup.reason}`)

const number = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 })

/** "1,4 MB"; below a megabyte in kB. */
export function backupSize(t: TFunction, bytes: number): string {
  if (bytes < 1_000_000) return t('backups.sizeKb', { size: number.format(Math.max(1, Math.round(bytes / 1000))) })
  return t('backups.sizeMb', { size: number.format(bytes / 1_000_000) })
}
