import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components'
import { ArrowDownloadRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiFailure, useApiMutation, useApiQuery } from '../api/hooks'
import { DocumentSettings } from '../documents/DocumentSettings'
import { download } from '../kit/download'
import { PageHeader } from '../kit/PageHeader'
import { useForm } from '../kit/use-form'
import { BackupsSection } from './BackupsSection'
import { ImportButton } from './ImportButton'

const useStyles = makeStyles({
  page: { overflow: 'auto', flex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  section: {
    maxWidth: '720px',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  facts: { display: 'grid', gridTemplateColumns: '160px 1fr', rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    overflowWrap: 'anywhere',
  },
})

export function SettingsPage() {
  const { t } = useTranslation()
  const styles = useStyles()
  const status = useApiQuery('workspace.status', {})
  const exportWorkspace = useApiMutation('workspace.export')
  const [exported, setExported] = useState<string | null>(null)

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <PageHeader title={t('settings.title')} />
      <div className={styles.page}>
        <section className={styles.section} aria-label={t('settings.workspace')}>
          <Subtitle2 as="h2">{t('settings.workspace')}</Subtitle2>
          {status.data && <RenameForm key={status.data.name} name={status.data.name} />}
          {status.data && (
            <dl className={styles.facts}>
              <dt className={styles.term}>{t('settings.databaseFile')}</dt>
              <dd className={styles.code}>{status.data.databaseFile}</dd>
              <dt className={styles.term}>{t('settings.schemaVersion')}</dt>
              <dd className={styles.code}>{status.data.schemaVersion}</dd>
              <dt className={styles.term}>{t('settings.about')}</dt>
              <dd className={styles.code}>{t('settings.version', { version: status.data.appVersion })}</dd>
            </dl>
          )}
        </section>
        <section className={styles.section} aria-label={t('settings.exportTitle')}>
          <Subtitle2 as="h2">{t('settings.exportTitle')}</Subtitle2>
          <Body1>{t('settings.exportBody')}</Body1>
          <div className={styles.row}>
            <Button
              appearance="primary"
              icon={<ArrowDownloadRegular />}
              disabled={exportWorkspace.isPending}
              onClick={() =>
                exportWorkspace.mutate(
                  {},
                  {
                    onSuccess: (result) => {
                      download(result.fileName, JSON.stringify(result.document, null, 2), 'application/json')
                      setExported(result.fileName)
                    },
                  },
                )
              }
            >
              {t('settings.exportAction')}
            </Button>
            <ImportButton label={t('settings.importAction')} />
          </div>
          {exported && <Caption1 role="status">{t('settings.exportDone', { file: exported })}</Caption1>}
          {exportWorkspace.error instanceof ApiFailure && (
            <MessageBar intent="error">
              <MessageBarBody>{exportWorkspace.error.message}</MessageBarBody>
            </MessageBar>
          )}
        </section>
        <BackupsSection />
        <DocumentSettings />
      </div>
    </div>
  )
}

function RenameForm({ name }: { name: string }) {
  const { t } = useTranslation()
  const form = useForm('workspace.rename', { name })
  const [done, setDone] = useState(false)
  return (
    <form
      className={useStyles().row}
      onSubmit={async (event) => {
        event.preventDefault()
        setDone(Boolean(await form.submit()))
      }}
    >
      <Field label={t('settings.workspaceName')} validationMessage={form.fieldError('name')} style={{ width: 360 }}>
        <Input value={form.values.name} onChange={(_, d) => (setDone(false), form.set('name', d.value))} />
      </Field>
      <Button type="submit" disabled={form.busy}>
        {t('app.save')}
      </Button>
      {done && <Caption1 role="status">{t('settings.renamed')}</Caption1>}
    </form>
  )
}
