import { Badge, Body1, Link, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components'
import { CheckmarkCircleRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { DueItem } from '../../../shared/cycle'
import { addDays, localIsoDate, mondayOf } from '../../../shared/dates'
import { useApiQuery } from '../api/hooks'
import { EmptyState } from '../kit/EmptyState'
import { PageHeader } from '../kit/PageHeader'
import { dayLabel, numberLabel } from '../meetings/labels'

const useStyles = makeStyles({
  page: {
    overflow: 'auto',
    flex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  inner: { maxWidth: '920px', padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
  group: { marginBottom: tokens.spacingVerticalL },
  heading: { display: 'block', marginBottom: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0, borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  item: {
    display: 'grid',
    gridTemplateColumns: '110px 170px 1fr auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
})

const kindColour = { meeting: 'brand', caseDeadline: 'warning', notice: 'important', minutes: 'informative' } as const

/** The start screen: what is due this week and the next, across all bodies, with a way to act. */
export function StartPage() {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const today = localIsoDate()
  const monday = mondayOf(today)
  const due = useApiQuery('cycle.due', { from: monday, days: 14 })
  const split = addDays(monday, 7)

  const groups: [string, DueItem[]][] = [
    [t('start.earlier'), (due.data ?? []).filter((d) => d.date < today && d.kind !== 'meeting')],
    [
      t('start.thisWeek'),
      (due.data ?? []).filter((d) => d.date >= monday && d.date < split && !(d.date < today && d.kind !== 'meeting')),
    ],
    [t('start.nextWeek'), (due.data ?? []).filter((d) => d.date >= split)],
  ]
  // Actions from decisions that are past their date: the secretariat chases these.
  const followUps = useApiQuery('followUps.list', { includeDone: false })
  const overdueActions = (followUps.data ?? []).filter((f) => f.dueDate !== null && f.dueDate < today)
  const open = (item: DueItem) => navigate(`/moter?aar=${item.meeting.date.slice(0, 4)}&mote=${item.meeting.id}`)

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <PageHeader title={t('start.title')} />
      <div className={styles.page}>
        <div className={styles.inner}>
          {!due.data && <Spinner label={t('app.loading')} />}
          {due.data?.length === 0 && overdueActions.length === 0 && (
            <EmptyState icon={<CheckmarkCircleRegular />} title={t('start.dueEmpty')} />
          )}
          {groups
            .filter(([, items]) => items.length > 0)
            .map(([title, items]) => (
              <section key={title} className={styles.group} aria-label={title}>
                <Subtitle2 as="h2" className={styles.heading}>
                  {title}
                </Subtitle2>
                <ul className={styles.list}>
                  {items.map((item) => (
                    <li key={`${item.kind}-${item.meeting.id}`} className={styles.item}>
                      <span className={item.date < today && item.kind !== 'meeting' ? styles.overdue : undefined}>
                        {dayLabel(t, item.date)}
                      </span>
                      <span>
                        <Badge appearance="tint" color={kindColour[item.kind]}>
                          {t(`start.kind.${item.kind}`)}
                        </Badge>
                      </span>
                      <Body1>
                        {item.meeting.bodyName}{' '}
                        <span className={styles.muted}>
                          {numberLabel(t, item.meeting)}
                          {item.kind !== 'meeting' && ` · ${dayLabel(t, item.meeting.date)}`}
                        </span>
                      </Body1>
                      <Link onClick={() => open(item)}>{t('start.open')}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          {overdueActions.length > 0 && (
            <section className={styles.group} aria-label={t('start.followUps')}>
              <Subtitle2 as="h2" className={styles.heading}>
                {t('start.followUps')}
              </Subtitle2>
              <ul className={styles.list}>
                {overdueActions.map((f) => (
                  <li key={f.id} className={styles.item}>
                    <span className={styles.overdue}>{dayLabel(t, f.dueDate ?? today)}</span>
                    <span>
                      <Badge appearance="tint" color="danger">
                        {t('start.followUp')}
                      </Badge>
                    </span>
                    <Body1>
                      {f.what}{' '}
                      <span className={styles.muted}>
                        {t('start.followUpFrom', {
                          responsible: f.responsible || '–',
                          body: f.bodyShortCode,
                          number: f.numberLabel ?? '',
                        }).trim()}
                      </span>
                    </Body1>
                    <Link onClick={() => navigate(`/moter/${f.meetingId}/protokoll`)}>{t('start.openMinutes')}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  )
}
