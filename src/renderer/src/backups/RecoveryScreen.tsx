import {
  Body1,
  Button,
  Card,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Subtitle2,
  Title2,
  tokens,
} from '@fluentui/react-components'
import { ArrowUndoRegular, DatabaseWarningRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupEntry, DamagedWorkspace } from '../../../shared/backups'
import { useApiMutation, useRefresh } from '../api/hooks'
import { ErrorBar } from '../kit/ErrorBar'
import { BackupTable } from './BackupTable'
import { backupReason, backupTime } from './labels'
import { RestoreDialog } from './RestoreDialog'

const useStyles = makeStyles({
  root: {
    height: '100%',
    overflow: 'auto',
    display: 'flex',
    justifyContent: 'center',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  inner: {
    width: '100%',
    maxWidth: '760px',
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, margin: 0 },
  icon: { fontSize: '32px', color: tokens.colorPaletteRedForeground1 },
  lead: { color: tokens.colorNeutralForeground2 },
  facts: { display: 'grid', gridTemplateColumns: '160px 1fr', rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    overflowWrap: 'anywhere',
  },
  card: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  folder: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  folderField: { flex: 1 },
  input: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
})

/**
 * The first screen when the database file failed its check at start: what happened, the newest
 * backup that is in order, from when, and what is lost since. Restoring moves the damaged file
 * aside and opens the workspace; the refresh that follows replaces this screen with the app.
 */
export function RecoveryScreen({ damage }: { damage: DamagedWorkspace }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const restore = useApiMutation('backups.restore', { refresh: false })
  const refresh = useRefresh()
  const [pending, setPending] = useState<BackupEntry | null>(null)
  const offered = damage.offered
  const fileName = damage.databaseFile.split(/[\\/]/).pop() ?? ''

  return (
    <div className={styles.root}>
      <main className={styles.inner}>
        <Title2 as="h1" className={styles.heading}>
          <DatabaseWarningRegular className={styles.icon} aria-hidden />
          {t('backups.recovery.title')}
        </Title2>
        <Body1 className={styles.lead}>{t('backups.recovery.lead')}</Body1>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t('backups.recovery.file')}</dt>
          <dd className={styles.code}>{damage.databaseFile}</dd>
          {damage.damagedModified && (
            <>
              <dt className={styles.term}>{t('backups.recovery.modified')}</dt>
              <dd className={styles.code}>{backupTime(t, damage.damagedModified)}</dd>
            </>
          )}
          <dt className={styles.term}>{t('backups.recovery.problem')}</dt>
          <dd className={styles.code}>{damage.problem}</dd>
        </dl>

        {offered ? (
          <Card className={styles.card}>
            <Subtitle1 as="h2">{t('backups.recovery.offerTitle')}</Subtitle1>
            <Body1>
              {t('backups.recovery.offer', { time: backupTime(t, offered.time), reason: backupReason(t, offered) })}
            </Body1>
            <Body1>
              {damage.damagedModified
                ? t('backups.recovery.lostUntil', {
                    time: backupTime(t, offered.time),
                    modified: backupTime(t, damage.damagedModified),
                  })
                : t('backups.recovery.lost', { time: backupTime(t, offered.time) })}
            </Body1>
            <Caption1 className={styles.muted}>{t('backups.recovery.keptAside', { file: fileName })}</Caption1>
            <ErrorBar message={restore.error?.message} />
            <div className={styles.actions}>
              <Button
                appearance="primary"
                icon={<ArrowUndoRegular />}
                disabled={restore.isPending}
                onClick={() => restore.mutate({ file: offered.file }, { onSuccess: refresh })}
              >
                {restore.isPending ? t('backups.recovery.restoring') : t('backups.recovery.restore')}
              </Button>
            </div>
          </Card>
        ) : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('backups.recovery.noBackup')}</MessageBarTitle>
              {t('backups.recovery.noBackupBody', { folder: damage.backupFolder })}
            </MessageBarBody>
          </MessageBar>
        )}

        <OtherFolder folder={damage.backupFolder} />

        {damage.backups.length > 0 && (
          <section aria-labelledby="recovery-others" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            <Subtitle2 as="h2" id="recovery-others">
              {t('backups.recovery.others')}
            </Subtitle2>
            <BackupTable backups={damage.backups} onRestore={setPending} />
          </section>
        )}
        <RestoreDialog
          backup={pending}
          damaged
          fileName={fileName}
          onClose={() => setPending(null)}
          onRestored={() => setPending(null)}
        />
      </main>
    </div>
  )
}

/** Backups kept somewhere else (a share): the damaged file cannot say where, so the user can. */
function OtherFolder({ folder }: { folder: string }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const look = useApiMutation('backups.setFolder')
  const [value, setValue] = useState('')
  return (
    <form
      className={styles.folder}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (value.trim()) look.mutate({ folder: value.trim() })
      }}
    >
      <Field
        className={styles.folderField}
        label={t('backups.recovery.otherFolder')}
        validationMessage={look.error?.message}
      >
        <Input
          className={styles.input}
          value={value}
          placeholder={folder}
          spellCheck={false}
          onChange={(_, d) => {
            setValue(d.value)
            look.reset()
          }}
        />
      </Field>
      <Button type="submit" disabled={look.isPending || value.trim() === ''}>
        {t('backups.recovery.look')}
      </Button>
    </form>
  )
}
