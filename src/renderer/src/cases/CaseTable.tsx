import { makeStyles, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { CaseSummary } from '../../../shared/cases'
import { formatDate } from '../../../shared/dates'
import { DataTable, type Column } from '../kit/DataTable'
import { CaseNumber } from './CaseNumber'
import { CaseStatusBadge } from './CaseStatusBadge'

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  status: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
})

interface Props {
  label: string
  rows: readonly CaseSummary[]
  selectedId: number | null
  onSelect: (row: CaseSummary) => void
  onOpen: (row: CaseSummary) => void
  /**
   * The queue leaves out the body (its heading names it) and the agenda columns (a case in the
   * queue is on none); it shows where a postponed case came from, and when each was last changed.
   */
  variant?: 'all' | 'queue'
  stickyHeader?: boolean
}

/** Cases as a dense list: number (provisional ones muted), title, body, type, officer, status, meeting. */
export function CaseTable({ label, rows, selectedId, onSelect, onOpen, variant = 'all', stickyHeader }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const number: Column<CaseSummary> = {
    key: 'number',
    header: t('cases.columns.number'),
    width: '150px',
    render: (c) => <CaseNumber label={c.handling?.numberLabel} fixed={c.handling?.numberFixed ?? false} />,
  }
  const title: Column<CaseSummary> = { key: 'title', header: t('cases.columns.title'), render: (c) => c.title }
  const body: Column<CaseSummary> = {
    key: 'body',
    header: t('cases.columns.body'),
    width: '84px',
    render: (c) => c.bodyShortCode,
  }
  const kind: Column<CaseSummary> = {
    key: 'kind',
    header: t('cases.columns.kind'),
    width: '124px',
    render: (c) => t(`cases.kind.${c.kind}`),
  }
  const officer: Column<CaseSummary> = {
    key: 'officer',
    header: t('cases.columns.officer'),
    width: '156px',
    render: (c) => c.officerName ?? <span className={styles.muted}>–</span>,
  }
  const status: Column<CaseSummary> = {
    key: 'status',
    header: t('cases.columns.status'),
    width: variant === 'queue' ? '220px' : '124px',
    render: (c) =>
      variant === 'queue' && c.status === 'postponed' && c.handling ? (
        <span className={styles.status}>
          <CaseStatusBadge status={c.status} />
          <span className={styles.muted}>
            {t('cases.queue.postponedFrom', { date: formatDate(c.handling.meetingDate) })}
          </span>
        </span>
      ) : (
        <CaseStatusBadge status={c.status} />
      ),
  }
  const meeting: Column<CaseSummary> = {
    key: 'meeting',
    header: t('cases.columns.meeting'),
    width: '96px',
    render: (c) => (c.handling ? formatDate(c.handling.meetingDate) : <span className={styles.muted}>–</span>),
  }
  const updated: Column<CaseSummary> = {
    key: 'updated',
    header: t('cases.columns.updated'),
    width: '96px',
    render: (c) => formatDate(c.updatedAt.slice(0, 10)),
  }
  const columns =
    variant === 'queue'
      ? [title, kind, officer, status, updated]
      : [number, title, body, kind, officer, status, meeting]
  return (
    <DataTable
      label={label}
      columns={columns}
      rows={rows}
      selectedId={selectedId}
      onSelect={onSelect}
      onOpen={onOpen}
      stickyHeader={stickyHeader}
    />
  )
}
