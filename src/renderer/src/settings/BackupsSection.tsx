import { Button, Caption1, Field, Input, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components'
import { CheckmarkCircleRegular, DatabaseArrowDownRegular, HistoryRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupEntry } from '../../../shared/backups'
import { useApiMutation, useApiQuery } from '../api/hooks'
import { BackupTable } from '../backups/BackupTable'
import { backupTime } from '../backups/labels'
import { RestoreDialog } from '../backups/RestoreDialog'
import { useSectionStyles } from '../documents/settings-styles'
import { EmptyState } from '../kit/EmptyState'
import { ErrorBar } from '../kit/ErrorBar'

const useStyles = makeStyles({
  folder: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  folderField: { flex: 1 },
  input: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  // The button lines up with the input, not with the field's label.
  folderButton: { marginTop: '26px' },
})

/** Innstillinger → Sikkerhetskopier: the list, a backup now, a restore, and where they go. */
export function BackupsSection() {
  const { t } = useTranslation()
  const sections = useSectionStyles()
  const list = useApiQuery('backups.list', {})
  const settings = useApiQuery('backups.settings', {})
  const create = useApiMutation('backups.create')
  const [created, setCreated] = useState<string | null>(null)
  const [pending, setPending] = useState<BackupEntry | null>(null)
  const [restored, setRestored] = useState<string | null>(null)
  const backups = list.data ?? []

  return (
    <section className={sections.section} aria-labelledby="backups-title">
      <Subtitle2 as="h2" id="backups-title">
        {t('backups.section.title')}
      </Subtitle2>
      <Caption1 className={sections.intro}>{t('backups.section.intro')}</Caption1>
      {settings.data?.lastError && (
        <ErrorBar message={t('backups.section.lastError', { message: settings.data.lastError })} />
      )}
      <div className={sections.row}>
        <Button
          appearance="primary"
          icon={<DatabaseArrowDownRegular />}
          disabled={create.isPending}
          onClick={() => {
            setCreated(null)
            setRestored(null)
            create.mutate({}, { onSuccess: (entry) => setCreated(entry.file) })
          }}
        >
          {t('backups.section.create')}
        </Button>
        {create.isPending && <Spinner size="tiny" />}
        {created && (
          <Caption1 role="status" className={sections.saved}>
            <CheckmarkCircleRegular aria-hidden />
            {t('backups.section.created', { file: created })}
          </Caption1>
        )}
        {restored && (
          <Caption1 role="status" className={sections.saved}>
            <CheckmarkCircleRegular aria-hidden />
            {restored}
          </Caption1>
        )}
      </div>
      <ErrorBar message={create.error?.message ?? list.error?.message} />
      {!list.data && !list.error && <Spinner size="small" label={t('app.loading')} />}
      {list.data && backups.length === 0 && (
        <EmptyState icon={<HistoryRegular />} title={t('backups.section.none')} body={t('backups.section.noneBody')} />
      )}
      {backups.length > 0 && <BackupTable backups={backups} onRestore={setPending} />}
      {settings.data && (
        <FolderForm
          key={settings.data.defaultFolder}
          folder={settings.data.folder}
          defaultFolder={settings.data.defaultFolder}
        />
      )}
      <RestoreDialog
        backup={pending}
        onClose={() => setPending(null)}
        onRestored={(result) => {
          setPending(null)
          setCreated(null)
          setRestored(
            t('backups.section.restored', {
              time: backupTime(t, result.restored.time),
              file: result.savedFirst?.file ?? '',
            }),
          )
        }}
      />
    </section>
  )
}

/** The folder as a path (the archive folders are chosen the same way): '' is the default folder. */
function FolderForm({ folder, defaultFolder }: { folder: string; defaultFolder: string }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const sections = useSectionStyles()
  const save = useApiMutation('backups.setFolder')
  const shown = folder === defaultFolder ? '' : folder
  const [value, setValue] = useState(shown)
  const [saved, setSaved] = useState(false)
  const changed = value.trim() !== shown
  return (
    <form
      className={styles.folder}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (changed) save.mutate({ folder: value.trim() }, { onSuccess: () => setSaved(true) })
      }}
    >
      <Field
        className={styles.folderField}
        label={t('backups.section.folderTitle')}
        hint={t('backups.section.folderHint', { folder: defaultFolder })}
        validationMessage={save.error?.message}
      >
        <Input
          className={styles.input}
          value={value}
          placeholder={defaultFolder}
          spellCheck={false}
          onChange={(_, d) => {
            setValue(d.value)
            setSaved(false)
            save.reset()
          }}
        />
      </Field>
      {changed && (
        <Button type="submit" className={styles.folderButton} disabled={save.isPending}>
          {t('backups.section.folderSave')}
        </Button>
      )}
      {saved && !changed && (
        <Caption1 role="status" className={`${sections.saved} ${styles.folderButton}`}>
          <CheckmarkCircleRegular aria-hidden />
          {t('backups.section.folderSaved')}
        </Caption1>
      )}
    </form>
  )
}
