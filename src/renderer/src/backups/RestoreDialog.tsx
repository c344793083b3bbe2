import { Body1 } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupEntry, RestoreResult } from '../../../shared/backups'
import { ApiFailure, useApiMutation, useRefresh } from '../api/hooks'
import { ConfirmDialog } from '../kit/ConfirmDialog'
import { backupReason, backupTime } from './labels'

interface Props {
  backup: BackupEntry | null
  /** The live file is damaged: it is moved aside, not backed up first. */
  damaged?: boolean
  fileName?: string
  onClose: () => void
  onRestored: (result: RestoreResult) => void
}

/**
 * Says what a restore does (the workspace goes back to the backup's time; the current state is
 * backed up first) and restores after the user confirms. Everything on screen is refreshed only
 * once the dialog has closed: the data under it is replaced.
 */
export function RestoreDialog({ backup, damaged = false, fileName = '', onClose, onRestored }: Props) {
  const { t } = useTranslation()
  const restore = useApiMutation('backups.restore', { refresh: false })
  const refresh = useRefresh()
  const [done, setDone] = useState(false)
  return (
    <ConfirmDialog
      open={backup !== null}
      title={t('backups.confirm.title')}
      confirmLabel={t('backups.confirm.action')}
      busy={restore.isPending}
      error={restore.error instanceof ApiFailure ? restore.error.message : null}
      onClose={() => {
        restore.reset()
        onClose()
      }}
      onClosed={() => {
        if (!done) return
        setDone(false)
        refresh()
      }}
      onConfirm={() => {
        if (!backup) return
        restore.mutate(
          { file: backup.file },
          {
            onSuccess: (result) => {
              setDone(true)
              onRestored(result)
            },
          },
        )
      }}
    >
      {backup && (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          <Body1 block>
            {t('backups.confirm.body', { time: backupTime(t, backup.time), reason: backupReason(t, backup) })}
          </Body1>
          <Body1 block>
            {damaged ? t('backups.recovery.keptAside', { file: fileName }) : t('backups.confirm.savedFirst')}
          </Body1>
        </div>
      )}
    </ConfirmDialog>
  )
}
