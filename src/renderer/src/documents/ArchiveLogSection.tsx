import { Badge, Caption1, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components'
import { ArchiveRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArchiveRecord } from '../../../shared/documents'
import { stampParts } from '../agenda/format'
import { useApiQuery } from '../api/hooks'
import { DataTable } from '../kit/DataTable'
import { EmptyState } from '../kit/EmptyState'
import { EntityPicker } from '../kit/EntityPicker'
import { ErrorBar } from '../kit/ErrorBar'
import { useBodyOptions } from '../register/options'
import { capitalise } from './labels'
import { useSectionStyles } from './settings-styles'

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  filter: { width: '240px', marginLeft: 'auto' },
  // The log grows with every filing; it scrolls on its own under a sticky header.
  table: {
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '320px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
  },
  document: { display: 'flex', flexDirection: 'column', padding: '2px 0', overflow: 'hidden' },
  line: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  files: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: '2px' },
  file: { overflowWrap: 'anywhere' },
})

/** Innstillinger → Arkivert: each filing, newest first, and whether the document has changed since. */
export function ArchiveLogSection() {
  const { t } = useTranslation()
  const sections = useSectionStyles()
  const styles = useStyles()
  const bodies = useBodyOptions()
  const [bodyId, setBodyId] = useState<number | null>(null)
  const log = useApiQuery('archive.log', bodyId === null ? {} : { bodyId })
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const rows = log.data ?? []
  const selected = rows.find((r) => r.id === selectedId) ?? null

  return (
    <section className={sections.section} aria-labelledby="archive-log">
      <div className={styles.head}>
        <Subtitle2 as="h2" id="archive-log">
          {t('documentsUi.log.title')}
        </Subtitle2>
        <EntityPicker
          compact
          className={styles.filter}
          label={t('documentsUi.log.filter')}
          options={bodies}
          value={bodyId}
          onChange={(id) => {
            setBodyId(id)
            setSelectedId(null)
          }}
        />
      </div>
      <Caption1 className={sections.intro}>{t('documentsUi.log.intro')}</Caption1>
      {log.error && <ErrorBar message={log.error.message} />}
      {!log.data && !log.error && <Spinner size="small" label={t('app.loading')} />}
      {log.data && rows.length === 0 && (
        <EmptyState
          icon={<ArchiveRegular />}
          title={t('documentsUi.log.empty')}
          body={t('documentsUi.log.emptyBody')}
        />
      )}
      {rows.length > 0 && (
        <div className={styles.table}>
          <DataTable
            label={t('documentsUi.log.tableLabel')}
            rows={rows}
            selectedId={selectedId}
            onSelect={(r) => setSelectedId(r.id)}
            columns={[
              {
                key: 'when',
                header: t('documentsUi.log.columns.when'),
                width: '140px',
                render: (r) => t('documentsUi.log.when', stampParts(r.exportedAt)),
              },
              {
                key: 'document',
                header: t('documentsUi.log.columns.document'),
                render: (r) => <DocumentCell record={r} />,
              },
              {
                key: 'body',
                header: t('documentsUi.log.columns.body'),
                width: '72px',
                render: (r) => r.bodyShortCode ?? '',
              },
              {
                key: 'files',
                header: t('documentsUi.log.columns.files'),
                width: '56px',
                render: (r) => r.files.length,
              },
              {
                key: 'changed',
                header: t('documentsUi.log.columns.status'),
                width: '120px',
                render: (r) =>
                  r.changedSince ? (
                    <Badge appearance="tint" color="warning" size="small">
                      {t('documentsUi.log.changedSince')}
                    </Badge>
                  ) : (
                    <Caption1 className={sections.muted}>{t('documentsUi.log.unchanged')}</Caption1>
                  ),
              },
            ]}
          />
        </div>
      )}
      {selected ? (
        <FilesOf record={selected} />
      ) : (
        rows.length > 0 && <Caption1 className={sections.muted}>{t('documentsUi.log.selectHint')}</Caption1>
      )}
    </section>
  )
}

function DocumentCell({ record }: { record: ArchiveRecord }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const sections = useSectionStyles()
  return (
    <div className={styles.document}>
      <span className={styles.line} title={record.title}>
        {record.title}
      </span>
      <Caption1 className={`${styles.line} ${sections.muted}`}>
        {capitalise(t(`documentsUi.kinds.${record.kind}`))}
      </Caption1>
    </div>
  )
}

/** The chosen filing: where it went, and each file with its checksum as the manifest has it. */
function FilesOf({ record }: { record: ArchiveRecord }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const sections = useSectionStyles()
  return (
    <div className={styles.files} aria-label={t('documentsUi.log.filesOf', { title: record.title })} role="region">
      <Caption1>
        {t('documentsUi.log.folder')} <span className={sections.mono}>{record.folder}</span>
      </Caption1>
      <ul className={styles.list}>
        {record.files.map((f) => (
          <li key={f.filnavn} className={styles.file}>
            <Caption1>{f.filnavn}</Caption1>{' '}
            <Caption1 className={`${sections.muted} ${sections.mono}`} title={f.sjekksum}>
              {t('documentsUi.log.checksum', { sum: f.sjekksum.slice(0, 12) })}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  )
}
