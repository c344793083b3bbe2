import { Button, Caption1, Field, Input, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components'
import { CheckmarkCircleRegular, FolderRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation, useApiQuery } from '../api/hooks'
import { EmptyState } from '../kit/EmptyState'
import { ErrorBar } from '../kit/ErrorBar'
import { useSectionStyles } from './settings-styles'

const useStyles = makeStyles({
  // Columns: the body, its folder, and room for "Lagre" or "Lagret" so nothing shifts.
  table: {
    display: 'grid',
    gridTemplateColumns: '200px 1fr 96px',
    alignItems: 'start',
  },
  head: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    paddingBottom: tokens.spacingVerticalXS,
    paddingRight: tokens.spacingHorizontalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    // The empty third heading keeps the line at the same height as the others.
    alignSelf: 'stretch',
  },
  // Each body is a form of its own (Enter saves that row), laid out in the section's grid.
  row: { display: 'contents' },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS} 0`,
    minWidth: 0,
  },
  body: { display: 'flex', flexDirection: 'column', minHeight: '32px', justifyContent: 'center' },
  code: { fontWeight: tokens.fontWeightSemibold },
  name: {
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  input: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', alignItems: 'center', minHeight: '32px', paddingRight: 0 },
})

interface BodyFolder {
  bodyId: number
  shortCode: string
  name: string
  folder: string
}

/** Innstillinger → Arkivmapper: per body, the folder the archive system picks documents up from. */
export function ArchiveFoldersSection() {
  const { t } = useTranslation()
  const sections = useSectionStyles()
  const styles = useStyles()
  const folders = useApiQuery('archive.folders', {})
  return (
    <section className={sections.section} aria-labelledby="archive-folders">
      <Subtitle2 as="h2" id="archive-folders">
        {t('documentsUi.folders.title')}
      </Subtitle2>
      <Caption1 className={sections.intro}>{t('documentsUi.folders.intro')}</Caption1>
      <Caption1 className={sections.muted}>{t('documentsUi.folders.hint')}</Caption1>
      {folders.error && <ErrorBar message={folders.error.message} />}
      {!folders.data && !folders.error && <Spinner size="small" label={t('app.loading')} />}
      {folders.data?.length === 0 && (
        <EmptyState
          icon={<FolderRegular />}
          title={t('documentsUi.folders.empty')}
          body={t('documentsUi.folders.emptyBody')}
        />
      )}
      {folders.data && folders.data.length > 0 && (
        <div className={styles.table}>
          <span className={styles.head}>{t('documentsUi.folders.body')}</span>
          <span className={styles.head}>{t('documentsUi.folders.folder')}</span>
          <span className={styles.head} />
          {folders.data.map((f) => (
            <FolderRow key={f.bodyId} body={f} />
          ))}
        </div>
      )}
    </section>
  )
}

function FolderRow({ body }: { body: BodyFolder }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const sections = useSectionStyles()
  const save = useApiMutation('archive.setFolder')
  const [value, setValue] = useState(body.folder)
  const [saved, setSaved] = useState(false)
  // Main may write the folder back tidied (or an import may change it): show what it stored.
  const [stored, setStored] = useState(body.folder)
  if (stored !== body.folder) {
    setStored(body.folder)
    setValue(body.folder)
  }
  const changed = value.trim() !== body.folder
  const label = `${body.shortCode} ${body.name}`

  return (
    <form
      className={styles.row}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (!changed) return
        save.mutate(
          { bodyId: body.bodyId, folder: value.trim() },
          {
            onSuccess: () => setSaved(true),
          },
        )
      }}
    >
      <div className={`${styles.cell} ${styles.body}`}>
        <span className={styles.code}>{body.shortCode}</span>
        <Caption1 className={styles.name} title={body.name}>
          {body.name}
        </Caption1>
      </div>
      <Field className={styles.cell} validationMessage={save.error?.message}>
        <Input
          className={styles.input}
          aria-label={t('documentsUi.folders.folderFor', { body: label })}
          placeholder={t('documentsUi.folders.placeholder')}
          value={value}
          spellCheck={false}
          onChange={(_, d) => {
            setValue(d.value)
            setSaved(false)
            save.reset()
          }}
        />
      </Field>
      <div className={`${styles.cell} ${styles.actions}`}>
        {/* Only a changed row offers to save: a column of idle buttons would be noise. */}
        {changed && (
          <Button
            type="submit"
            disabled={save.isPending}
            aria-label={t('documentsUi.folders.saveFor', { body: label })}
          >
            {t('documentsUi.folders.save')}
          </Button>
        )}
        {saved && !changed && (
          <Caption1 role="status" className={sections.saved}>
            <CheckmarkCircleRegular aria-hidden />
            {t('documentsUi.folders.saved')}
          </Caption1>
        )}
      </div>
    </form>
  )
}
