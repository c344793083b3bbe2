import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { StatusCounts } from '../../../shared/action-plan'
import { statusColour } from './StatusPill'
import { percentages, statusOrder } from '../../../shared/plan-summary'

/** Order of the segments: done first, then ongoing, not started, dropped, none. */

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    width: '100%',
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground4,
  },
  segment: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    overflow: 'hidden',
    color: '#fff',
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  dark: { color: tokens.colorNeutralForeground1 },
})

/** "Gjennomført 5 (33 %), Startet 6 (40 %), …": the bar in words, for screen readers and the caption. */
export function useCountsText() {
  const { t } = useTranslation()
  return (counts: StatusCounts, { skipZero = true } = {}) => {
    const shares = percentages(counts)
    return (
      statusOrder
        .filter((key) => !skipZero || counts[key] > 0)
        .map((key) =>
          t('plan.summary.part', {
            status: t(`plan.status.${key}`),
            count: counts[key],
            percent: shares[key],
          }),
        )
        .join(' · ') || t('plan.summary.noMeasures')
    )
  }
}

interface Props {
  counts: StatusCounts
  /** Bar height in px; counts are written inside segments from 20 px up. */
  height?: number
  className?: string
  /** Font size of the counts inside the bar. */
  fontSize?: string
}

/** A stacked horizontal bar green/yellow/red/grey, with counts inside where they fit. */
export function StatusBar({ counts, height = 20, className, fontSize }: Props) {
  const styles = useStyles()
  const text = useCountsText()
  const showCounts = height >= 20
  const shares = percentages(counts)
  return (
    <div className={mergeClasses(styles.bar, className)} style={{ height }} role="img" aria-label={text(counts)}>
      {statusOrder.map((key) =>
        counts[key] === 0 ? null : (
          <div
            key={key}
            className={mergeClasses(styles.segment, (key === 'none' || key === 'yellow') && styles.dark)}
            style={{ flexGrow: counts[key], flexBasis: 0, backgroundColor: statusColour[key], fontSize }}
          >
            {showCounts && shares[key] >= 6 ? counts[key] : null}
          </div>
        ),
      )}
    </div>
  )
}
