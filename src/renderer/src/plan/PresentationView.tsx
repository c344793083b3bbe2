import { Button, makeStyles, mergeClasses } from '@fluentui/react-components'
import { ChevronLeftRegular, ChevronRightRegular, DismissRegular } from '@fluentui/react-icons'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MatrixRow, MeasureStatus, PlanMatrix, StatusCounts } from '../../../shared/action-plan'
import { formatDate } from '../../../shared/dates'
import { emptyCounts, percentages, rollup, summarise } from '../../../shared/plan-summary'
import { StatusBar, useCountsText } from './StatusBar'
import { statusColour } from './StatusPill'

// Projector colours: black on white, nothing lighter than #444 for text.
const ink = '#111111'
const soft = '#444444'

const useStyles = makeStyles({
  root: {
    position: 'fixed',
    inset: 0,
    zIndex: 1000,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: '#ffffff',
    color: ink,
    padding: '28px 56px 16px',
    gap: '20px',
    outline: 'none',
    fontFamily: 'inherit',
  },
  top: { display: 'flex', alignItems: 'baseline', gap: '24px', fontSize: '22px', color: soft },
  page: { marginLeft: 'auto', fontWeight: 600, color: ink },
  close: { marginLeft: '8px' },
  title: { margin: 0, fontSize: '38px', lineHeight: 1.15, fontWeight: 700, letterSpacing: '-0.01em' },
  number: { color: soft, marginRight: '20px' },
  bar: { borderRadius: '8px' },
  counts: { fontSize: '24px', fontWeight: 600, display: 'flex', gap: '36px', flexWrap: 'wrap' },
  count: { display: 'inline-flex', alignItems: 'center', gap: '12px' },
  countDot: { width: '22px', height: '22px', borderRadius: '50%' },
  body: { display: 'flex', gap: '48px', flex: 1, minHeight: 0 },
  goals: {
    flex: 3,
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    overflow: 'hidden',
  },
  goal: {
    display: 'grid',
    gridTemplateColumns: '64px 1fr auto',
    alignItems: 'center',
    columnGap: '16px',
    padding: '8px 0',
    borderBottom: '2px solid #e0e0e0',
  },
  goalNumber: { fontSize: '26px', fontWeight: 700, color: soft },
  goalTitle: { fontSize: '26px', fontWeight: 600, lineHeight: 1.2 },
  goalsMany: { fontSize: '21px' },
  goalNumberMany: { fontSize: '21px' },
  lights: { display: 'flex', gap: '10px' },
  light: {
    width: '44px',
    height: '44px',
    borderRadius: '50%',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: '22px',
    fontWeight: 700,
    color: '#ffffff',
  },
  lightEmpty: { backgroundColor: '#f0f0f0 !important', color: '#9e9e9e' },
  dark: { color: ink },
  red: {
    flex: 2,
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '20px 24px',
    borderLeft: `8px solid ${statusColour.red}`,
    backgroundColor: '#fdf0f0',
    overflow: 'hidden',
  },
  redHead: { margin: 0, fontSize: '26px', fontWeight: 700 },
  redList: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '12px' },
  redItem: { fontSize: '21px', lineHeight: 1.3, display: 'grid', gridTemplateColumns: '76px 1fr' },
  redNumber: { fontWeight: 700, color: soft },
  more: { fontSize: '20px', color: soft },
  foot: { display: 'flex', alignItems: 'center', gap: '16px', fontSize: '18px', color: soft },
  dots: { display: 'flex', gap: '10px', marginLeft: 'auto', marginRight: 'auto' },
  dotNav: { width: '14px', height: '14px', borderRadius: '50%', backgroundColor: '#c8c8c8' },
  dotActive: { backgroundColor: ink },
})

const lightOrder: MeasureStatus[] = ['green', 'yellow', 'red']
const redShown = 7

/**
 * One screen per focus area for the meeting room: big title, the area's bar and counts, each
 * main goal with large traffic lights, and the measures not started. ←/→ move, Esc leaves.
 */
export function PresentationView({ matrix, onClose }: { matrix: PlanMatrix; onClose: () => void }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const text = useCountsText()
  const root = useRef<HTMLDivElement>(null)
  const areas = useMemo(() => summarise(matrix.rows), [matrix.rows])
  const rollups = useMemo(() => rollup(matrix.rows), [matrix.rows])
  const [index, setIndex] = useState(0)
  const review = matrix.reviews.find((r) => r.id === matrix.reviewId) ?? null
  const area = areas[Math.min(index, areas.length - 1)]

  const latest = useRef({ close: onClose, count: areas.length })
  useEffect(() => {
    latest.current = { close: onClose, count: areas.length }
  })
  useEffect(() => {
    root.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      const { close, count } = latest.current
      const key = event.key
      if (key === 'Escape') close()
      else if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') setIndex((i) => Math.min(count - 1, i + 1))
      else if (key === 'ArrowLeft' || key === 'PageUp') setIndex((i) => Math.max(0, i - 1))
      else if (key === 'Home') setIndex(0)
      else if (key === 'End') setIndex(count - 1)
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const goals: MatrixRow[] = area ? matrix.rows.filter((r) => r.parentId === area.nodeId) : []
  const descendants = useMemo(() => {
    if (!area) return []
    const inside = new Set([area.nodeId])
    return matrix.rows.filter((r) => r.parentId !== null && inside.has(r.parentId) && inside.add(r.id))
  }, [area, matrix.rows])
  const notStarted = descendants.filter((r) => r.level === 'measure' && r.status === 'red')
  // Six main goals (focus area 1 in seed 001) still fit one screen in a smaller size.
  const many = goals.length > 3

  const lights = (counts: StatusCounts) => (
    <span className={styles.lights} role="img" aria-label={text(counts)}>
      {lightOrder.map((status) => (
        <span
          key={status}
          className={mergeClasses(
            styles.light,
            status === 'yellow' && styles.dark,
            counts[status] === 0 && styles.lightEmpty,
          )}
          style={{ backgroundColor: statusColour[status] }}
        >
          {counts[status]}
        </span>
      ))}
    </span>
  )

  return (
    <div
      ref={root}
      className={styles.root}
      tabIndex={-1}
      role="dialog"
      aria-modal="true"
      aria-label={t('plan.present.label', { plan: matrix.plan.title })}
    >
      <div className={styles.top}>
        <span>{matrix.plan.title}</span>
        <span>{review ? `${review.title} · ${formatDate(review.date)}` : t('plan.review.none')}</span>
        {area && (
          <span className={styles.page}>{t('plan.present.page', { index: index + 1, count: areas.length })}</span>
        )}
        <Button
          className={styles.close}
          appearance="subtle"
          size="large"
          icon={<DismissRegular />}
          aria-label={t('plan.present.close')}
          onClick={onClose}
        />
      </div>
      {!area ? (
        <h1 className={styles.title}>{t('plan.matrix.empty')}</h1>
      ) : (
        <>
          <h1 className={styles.title}>
            <span className={styles.number}>{area.number}</span>
            {area.title}
          </h1>
          <StatusBar counts={area.counts} height={44} className={styles.bar} fontSize="22px" />
          <div className={styles.counts}>
            {(['green', 'yellow', 'red', 'dropped', 'none'] as const)
              .filter((s) => area.counts[s] > 0 || s === 'green' || s === 'yellow' || s === 'red')
              .map((s) => (
                <span key={s} className={styles.count}>
                  <span className={styles.countDot} style={{ backgroundColor: statusColour[s] }} aria-hidden />
                  {`${t(`plan.status.${s}`)}: ${area.counts[s]} (${percentages(area.counts)[s]} %)`}
                </span>
              ))}
          </div>
          <div className={styles.body}>
            <ul className={styles.goals} aria-label={t('plan.present.goals')}>
              {goals.map((goal) => (
                <li key={goal.id} className={styles.goal}>
                  <span className={mergeClasses(styles.goalNumber, many && styles.goalNumberMany)}>{goal.number}</span>
                  <span className={mergeClasses(styles.goalTitle, many && styles.goalsMany)}>{goal.title}</span>
                  {lights(rollups.get(goal.id) ?? emptyCounts())}
                </li>
              ))}
            </ul>
            <section className={styles.red} aria-label={t('plan.present.notStarted')}>
              <h2 className={styles.redHead}>
                {notStarted.length === 0
                  ? t('plan.present.noneNotStarted')
                  : t('plan.present.notStartedCount', { count: notStarted.length })}
              </h2>
              <ol className={styles.redList}>
                {notStarted.slice(0, redShown).map((m) => (
                  <li key={m.id} className={styles.redItem}>
                    <span className={styles.redNumber}>{m.number}</span>
                    <span>{m.title}</span>
                  </li>
                ))}
              </ol>
              {notStarted.length > redShown && (
                <span className={styles.more}>{t('plan.present.more', { count: notStarted.length - redShown })}</span>
              )}
            </section>
          </div>
        </>
      )}
      <div className={styles.foot}>
        <Button
          appearance="subtle"
          size="large"
          icon={<ChevronLeftRegular />}
          disabled={index === 0}
          onClick={() => setIndex((i) => Math.max(0, i - 1))}
        >
          {t('plan.present.previous')}
        </Button>
        <span className={styles.dots} aria-hidden>
          {areas.map((a, i) => (
            <span key={a.nodeId} className={mergeClasses(styles.dotNav, i === index && styles.dotActive)} />
          ))}
        </span>
        <span>{t('plan.present.keys')}</span>
        <Button
          appearance="subtle"
          size="large"
          icon={<ChevronRightRegular />}
          iconPosition="after"
          disabled={index >= areas.length - 1}
          onClick={() => setIndex((i) => Math.min(areas.length - 1, i + 1))}
        >
          {t('plan.present.next')}
        </Button>
      </div>
    </div>
  )
}
