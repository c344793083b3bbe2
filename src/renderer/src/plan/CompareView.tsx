import { Caption1, Dropdown, Field, makeStyles, Option, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components'
import { ArrowRightRegular, BranchCompareRegular } from '@fluentui/react-icons'
import { useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeasureStatus, PlanMatrix, Review } from '../../../shared/action-plan'
import { formatDate } from '../../../shared/dates'
import { compareReviews } from '../../../shared/plan-summary'
import { EmptyState } from '../kit/EmptyState'
import { StatusBar, useCountsText } from './StatusBar'
import { StatusPill } from './StatusPill'

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
  choose: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  pick: { width: '280px' },
  arrow: { paddingBottom: '8px', color: tokens.colorNeutralForeground3 },
  bars: {
    display: 'grid',
    gridTemplateColumns: 'minmax(200px, 1fr) minmax(200px, 1.2fr) minmax(200px, 1.2fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'center',
  },
  colHead: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  areaTitle: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  cellStack: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  small: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: '64px 1fr auto',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'center',
    minHeight: '34px',
    padding: '4px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  number: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  change: { display: 'inline-flex', alignItems: 'center', gap: '6px' },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
})

const rank: Record<MeasureStatus, number | null> = { red: 0, yellow: 1, green: 2, dropped: null }

/** Two reviews side by side: the bars per focus area, what changed colour, what is new, what stayed red. */
export function CompareView({ matrix }: { matrix: PlanMatrix }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const text = useCountsText()
  const sorted = useMemo(() => [...matrix.reviews].sort((a, b) => a.date.localeCompare(b.date)), [matrix.reviews])
  const latest = sorted[sorted.length - 1]
  const [toId, setToId] = useState<number | null>(matrix.reviewId ?? latest?.id ?? null)
  const defaultFrom = (to: number | null) => {
    const index = sorted.findIndex((r) => r.id === to)
    return index > 0 ? sorted[index - 1].id : (sorted.find((r) => r.id !== to)?.id ?? null)
  }
  const [fromId, setFromId] = useState<number | null>(() => defaultFrom(toId))
  const comparison = useMemo(
    () => (fromId !== null && toId !== null && fromId !== toId ? compareReviews(matrix.rows, fromId, toId) : null),
    [matrix.rows, fromId, toId],
  )

  if (sorted.length < 2)
    return (
      <EmptyState
        icon={<BranchCompareRegular />}
        title={t('plan.compare.needTwo')}
        body={t('plan.compare.needTwoBody')}
      />
    )

  const picker = (label: string, value: number | null, onChange: (id: number) => void) => (
    <Field label={label} className={styles.pick}>
      <Dropdown
        value={sorted.find((r) => r.id === value)?.title ?? ''}
        selectedOptions={value === null ? [] : [String(value)]}
        onOptionSelect={(_, d) => d.optionValue && onChange(Number(d.optionValue))}
      >
        {sorted.map((r: Review) => (
          <Option key={r.id} value={String(r.id)} text={r.title}>
            {`${r.title} · ${formatDate(r.date)}`}
          </Option>
        ))}
      </Dropdown>
    </Field>
  )
  const fromTitle = sorted.find((r) => r.id === fromId)?.title ?? ''
  const toTitle = sorted.find((r) => r.id === toId)?.title ?? ''

  const list = (title: string, count: number, empty: string, children: ReactNode) => (
    <section className={styles.section} aria-label={title}>
      <Subtitle2 as="h3">{`${title} (${count})`}</Subtitle2>
      {count === 0 ? <p className={styles.empty}>{empty}</p> : <ul className={styles.list}>{children}</ul>}
    </section>
  )

  return (
    <div className={styles.scroll}>
      <div className={styles.page}>
        <div className={styles.choose}>
          {picker(t('plan.compare.from'), fromId, setFromId)}
          <ArrowRightRegular className={styles.arrow} aria-hidden />
          {picker(t('plan.compare.to'), toId, setToId)}
        </div>
        {!comparison ? (
          <p className={styles.empty}>{t('plan.compare.same')}</p>
        ) : (
          <>
            <section aria-label={t('plan.compare.barsLabel')}>
              <Subtitle1 as="h2" style={{ display: 'block', marginBottom: 8 }}>
                {t('plan.compare.heading')}
              </Subtitle1>
              <div className={styles.bars}>
                <span className={styles.colHead}>{t('plan.levels.focusArea')}</span>
                <span className={styles.colHead}>{fromTitle}</span>
                <span className={styles.colHead}>{toTitle}</span>
                {comparison.after.map((after) => {
                  const before = comparison.before.find((b) => b.nodeId === after.nodeId)
                  return (
                    <div key={after.nodeId} style={{ display: 'contents' }}>
                      <span className={styles.areaTitle} title={after.title}>{`${after.number}. ${after.title}`}</span>
                      <div className={styles.cellStack}>
                        {before && <StatusBar counts={before.counts} height={20} />}
                        {before && <span className={styles.small}>{text(before.counts)}</span>}
                      </div>
                      <div className={styles.cellStack}>
                        <StatusBar counts={after.counts} height={20} />
                        <span className={styles.small}>{text(after.counts)}</span>
                      </div>
                    </div>
                  )
                })}
              </div>
            </section>
            {list(
              t('plan.compare.changed'),
              comparison.changed.length,
              t('plan.compare.changedNone'),
              comparison.changed.map((c) => {
                const a = c.from ? rank[c.from] : null
                const b = c.to ? rank[c.to] : null
                const direction =
                  a === null || b === null ? '' : b > a ? t('plan.compare.better') : t('plan.compare.worse')
                return (
                  <li key={c.nodeId} className={styles.item}>
                    <span className={styles.number}>{c.number}</span>
                    <span>{c.title}</span>
                    <span
                      className={styles.change}
                      aria-label={t('plan.compare.fromTo', {
                        from: t(`plan.status.${c.from ?? 'none'}`),
                        to: t(`plan.status.${c.to ?? 'none'}`),
                      })}
                    >
                      <StatusPill status={c.from} />
                      <ArrowRightRegular aria-hidden />
                      <StatusPill status={c.to} />
                      {direction && <Caption1 className={styles.small}>{direction}</Caption1>}
                    </span>
                  </li>
                )
              }),
            )}
            {list(
              t('plan.compare.added'),
              comparison.added.length,
              t('plan.compare.addedNone'),
              comparison.added.map((c) => (
                <li key={c.nodeId} className={styles.item}>
                  <span className={styles.number}>{c.number}</span>
                  <span>{c.title}</span>
                  <StatusPill status={c.to} />
                </li>
              )),
            )}
            {list(
              t('plan.compare.stalled'),
              comparison.stalledRed.length,
              t('plan.compare.stalledNone'),
              comparison.stalledRed.map((c) => (
                <li key={c.nodeId} className={styles.item}>
                  <span className={styles.number}>{c.number}</span>
                  <span>{c.title}</span>
                  <StatusPill status="red" />
                </li>
              )),
            )}
          </>
        )}
      </div>
    </div>
  )
}
