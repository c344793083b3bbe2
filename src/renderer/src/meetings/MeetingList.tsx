import { Caption1, makeStyles, Subtitle2, tokens, Tooltip } from '@fluentui/react-components'
import { WarningRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { Meeting } from '../../../shared/cycle'
import { formatDate } from '../../../shared/dates'
import { DataTable } from '../kit/DataTable'
import { dayLabel, monthNames, numberLabel } from './labels'
import { StatusBadge } from './StatusBadge'

const useStyles = makeStyles({
  root: { overflow: 'auto', flex: 1, minHeight: 0 },
  month: {
    display: 'block',
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    position: 'sticky',
    top: 0,
    zIndex: 2,
    textTransform: 'capitalize',
  },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, verticalAlign: 'middle', marginRight: '4px' },
  muted: { color: tokens.colorNeutralForeground3 },
  cancelled: { textDecoration: 'line-through', color: tokens.colorNeutralForeground3 },
  body: { display: 'flex', flexDirection: 'column', padding: '2px 0', overflow: 'hidden' },
})

interface Props {
  meetings: Meeting[]
  selectedId: number | null
  onSelect: (meeting: Meeting) => void
  onOpen: (meeting: Meeting) => void
}

/** The year as a list, grouped by month: date, body, number, status, warnings, deadlines. */
export function MeetingList({ meetings, selectedId, onSelect, onOpen }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const months = monthNames(t)
  const byMonth = new Map<number, Meeting[]>()
  for (const m of meetings) {
    const month = Number(m.date.slice(5, 7))
    byMonth.set(month, [...(byMonth.get(month) ?? []), m])
  }
  return (
    <div className={styles.root}>
      {[...byMonth.entries()].map(([month, list]) => (
        <section key={month} aria-label={months[month - 1]}>
          <Subtitle2 as="h2" className={styles.month}>
            {months[month - 1]}
          </Subtitle2>
          <DataTable
            label={months[month - 1]}
            rows={list}
            selectedId={selectedId}
            onSelect={onSelect}
            onOpen={onOpen}
            stickyHeader={false}
            columns={[
              {
                key: 'date',
                header: t('fields.date'),
                width: '96px',
                render: (m) => (
                  <span className={m.status === 'cancelled' ? styles.cancelled : undefined}>{dayLabel(t, m.date)}</span>
                ),
              },
              {
                key: 'time',
                header: t('fields.time'),
                width: '100px',
                render: (m) => `${m.startTime}–${m.endTime}`,
              },
              {
                key: 'body',
                header: t('columns.body'),
                render: (m) => (
                  <div className={styles.body}>
                    <span>
                      {m.warnings.length > 0 && (
                        <Tooltip content={m.warnings.map((w) => w.message).join(' ')} relationship="description">
                          <WarningRegular className={styles.warning} aria-label={t('meetings.warnings')} />
                        </Tooltip>
                      )}
                      {m.bodyName} <span className={styles.muted}>{numberLabel(t, m)}</span>
                    </span>
                    <Caption1 className={styles.muted}>
                      {m.deadlines
                        .map((d) => `${t(`cycle.deadline.${d.kind}`)} ${formatDate(d.date).slice(0, 5)}`)
                        .join(' · ')}
                    </Caption1>
                  </div>
                ),
              },
              {
                key: 'status',
                header: t('fields.status'),
                width: '170px',
                render: (m) => <StatusBadge status={m.status} />,
              },
            ]}
          />
        </section>
      ))}
    </div>
  )
}
