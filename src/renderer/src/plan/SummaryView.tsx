import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle1,
  Subtitle2,
  tokens,
} from '@fluentui/react-components'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { MatrixFilter, MatrixRow, PlanMatrix } from '../../../shared/action-plan'
import { formatDate } from '../../../shared/dates'
import { emptyFilter, filterMatrix, isFilterEmpty } from '../../../shared/plan-filter'
import { addStatus, emptyCounts, rollup, statusOrder, summarise } from '../../../shared/plan-summary'
import { EmptyState } from '../kit/EmptyState'
import { StatusBar, useCountsText } from './StatusBar'
import { statusColour } from './StatusPill'

const useStyles = makeStyles({
  scroll: { flex: 1, overflow: 'auto' },
  page: {
    maxWidth: '1080px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  head: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    '& h2': { margin: 0 },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  legend: { display: 'flex', gap: tokens.spacingHorizontalL, marginLeft: 'auto', flexWrap: 'wrap' },
  legendItem: { display: 'inline-flex', alignItems: 'center', gap: '6px', fontSize: tokens.fontSizeBase200 },
  dot: { width: '10px', height: '10px', borderRadius: '50%' },
  area: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  areaHead: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM, '& h3': { margin: 0 } },
  areaCount: { marginLeft: 'auto', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2 },
  counts: { color: tokens.colorNeutralForeground2 },
  goals: {
    display: 'grid',
    gridTemplateColumns: '44px 1fr 220px 70px',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '6px',
    alignItems: 'center',
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: 0,
    listStyle: 'none',
    fontSize: tokens.fontSizeBase200,
  },
  goal: { display: 'contents' },
  goalTitle: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  right: { textAlign: 'right', color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  total: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
})

interface Props {
  matrix: PlanMatrix
  filter: MatrixFilter
  onFilter: (filter: MatrixFilter) => void
}

/**
 * The plan at a glance, per focus area: a bar green/yellow/red/grey with counts and shares in
 * words, and each main goal under it. Follows the matrix's filters (one responsible's measures).
 */
export function SummaryView({ matrix, filter, onFilter }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const text = useCountsText()
  const rows = useMemo(() => filterMatrix(matrix.rows, filter), [matrix.rows, filter])
  const areas = useMemo(() => summarise(rows), [rows])
  const rollups = useMemo(() => rollup(rows), [rows])
  const total = useMemo(() => {
    const counts = emptyCounts()
    for (const row of rows) if (row.level === 'measure') addStatus(counts, row.status)
    return counts
  }, [rows])
  const review = matrix.reviews.find((r) => r.id === matrix.reviewId) ?? null
  const goalsOf = (areaId: number): MatrixRow[] => rows.filter((r) => r.parentId === areaId && r.level === 'mainGoal')

  if (matrix.rows.length === 0) return <EmptyState title={t('plan.matrix.empty')} body={t('plan.summary.emptyBody')} />

  return (
    <div className={styles.scroll}>
      <div className={styles.page}>
        <div className={styles.head}>
          <Subtitle1 as="h2">
            {review ? t('plan.summary.heading', { review: review.title }) : t('plan.summary.headingNone')}
          </Subtitle1>
          {review && <Body1 className={styles.muted}>{formatDate(review.date)}</Body1>}
          <div className={styles.legend} aria-label={t('plan.summary.legend')} role="list">
            {statusOrder.map((key) => (
              <span key={key} className={styles.legendItem} role="listitem">
                <span className={styles.dot} style={{ backgroundColor: statusColour[key] }} aria-hidden />
                {t(`plan.status.${key}`)}
              </span>
            ))}
          </div>
        </div>
        {!isFilterEmpty(filter) && (
          <MessageBar intent="info">
            <MessageBarBody>{t('plan.summary.filtered', { count: total.total })}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => onFilter(emptyFilter)}>
                {t('plan.filter.clear')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <section className={styles.total} aria-label={t('plan.summary.total')}>
          <div className={styles.areaHead}>
            <Subtitle2 as="h3">{t('plan.summary.total')}</Subtitle2>
            <Caption1 className={styles.areaCount}>{t('plan.matrix.measures', { count: total.total })}</Caption1>
          </div>
          <StatusBar counts={total} height={28} />
          <Caption1 className={styles.counts}>{text(total)}</Caption1>
        </section>
        {areas.map((area) => (
          <section key={area.nodeId} className={styles.area} aria-label={`${area.number}. ${area.title}`}>
            <div className={styles.areaHead}>
              <Subtitle2 as="h3">{`${t('plan.levels.focusArea')} ${area.number}: ${area.title}`}</Subtitle2>
              <Caption1 className={styles.areaCount}>
                {t('plan.matrix.measures', { count: area.counts.total })}
              </Caption1>
            </div>
            <StatusBar counts={area.counts} height={24} />
            <Caption1 className={styles.counts}>{text(area.counts)}</Caption1>
            <ul className={styles.goals} aria-label={t('plan.summary.goals', { number: area.number })}>
              {goalsOf(area.nodeId).map((goal) => {
                const counts = rollups.get(goal.id) ?? emptyCounts()
                return (
                  <li key={goal.id} className={styles.goal}>
                    <span className={styles.muted}>{goal.number}</span>
                    <span className={styles.goalTitle} title={goal.title}>
                      {goal.title}
                    </span>
                    <StatusBar counts={counts} height={10} />
                    <span className={styles.right}>{t('plan.matrix.measures', { count: counts.total })}</span>
                  </li>
                )
              })}
            </ul>
          </section>
        ))}
      </div>
    </div>
  )
}
