import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components'
import { ArrowUndoRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupEntry } from '../../../shared/backups'
import { DataTable } from '../kit/DataTable'
import { backupReason, backupSize, backupTime } from './labels'

const useStyles = makeStyles({
  // A long history scrolls on its own under a sticky header.
  table: {
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '320px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
  },
  size: { fontVariantNumeric: 'tabular-nums' },
})

/** The backups, newest first; Enter, a double-click or the row's button asks to restore one. */
export function BackupTable({
  backups,
  onRestore,
}: {
  backups: readonly BackupEntry[]
  onRestore: (backup: BackupEntry) => void
}) {
  const { t } = useTranslation()
  const styles = useStyles()
  const rows = backups.map((backup, id) => ({ ...backup, id: id + 1 }))
  const [selectedId, setSelectedId] = useState<number | null>(null)
  return (
    <div className={styles.table}>
      <DataTable
        label={t('backups.section.tableLabel')}
        rows={rows}
        selectedId={selectedId}
        onSelect={(row) => setSelectedId(row.id)}
        onOpen={(row) => row.ok && onRestore(row)}
        columns={[
          { key: 'time', header: t('backups.section.time'), width: '150px', render: (b) => backupTime(t, b.time) },
          { key: 'reason', header: t('backups.section.reason'), render: (b) => backupReason(t, b) },
          {
            key: 'size',
            header: t('backups.section.size'),
            width: '80px',
            render: (b) => <span className={styles.size}>{backupSize(t, b.size)}</span>,
          },
          {
            key: 'restore',
            header: '',
            width: '150px',
            render: (b) =>
              b.ok ? (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowUndoRegular />}
                  aria-label={t('backups.section.restoreFor', {
                    time: backupTime(t, b.time),
                    reason: backupReason(t, b),
                  })}
                  onClick={(event) => {
                    event.stopPropagation()
                    onRestore(b)
                  }}
                >
                  {t('backups.section.restore')}
                </Button>
              ) : (
                <Badge appearance="tint" color="danger" size="small">
                  {t('backups.section.notDatabase')}
                </Badge>
              ),
          },
        ]}
      />
    </div>
  )
}
