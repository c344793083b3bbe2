import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { MeasureStatus } from '../../../shared/action-plan'
import type { StatusKey } from '../../../shared/plan-summary'

/**
 * Traffic-light colours. Each status is also written out in words (never colour alone), and the
 * yellow is a deep amber so the dot stands out on white and on a projector.
 */
export const statusColour: Record<StatusKey, string> = {
  red: '#c4262e',
  yellow: '#e8a400',
  green: '#1f8a3b',
  dropped: '#8a8886',
  none: '#d1d1d1',
}

/** The light tint behind a status word in the matrix. */
export const statusTint: Record<StatusKey, string> = {
  red: '#fbe4e5',
  yellow: '#fdf1d2',
  green: '#dff1e4',
  dropped: '#ededed',
  none: 'transparent',
}

const useStyles = makeStyles({
  pill: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '6px',
    padding: '1px 8px 1px 6px',
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: '18px',
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground1,
  },
  none: { color: tokens.colorNeutralForeground3, paddingLeft: 0 },
  dot: { width: '10px', height: '10px', borderRadius: '50%', flexShrink: 0 },
  noneDot: { border: `1.5px dashed ${tokens.colorNeutralStroke1}`, width: '7px', height: '7px' },
  small: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  smallDot: { width: '7px', height: '7px', borderRadius: '50%', display: 'inline-block', marginRight: '4px' },
})

/** "Gjennomført", "Ikke påbegynt", … : the word a status reads as. */
export function useStatusWord() {
  const { t } = useTranslation()
  return (status: MeasureStatus | null) => t(`plan.status.${status ?? 'none'}`)
}

/** A status as a tinted pill: coloured dot and the status word. */
export function StatusPill({ status, className }: { status: MeasureStatus | null; className?: string }) {
  const styles = useStyles()
  const word = useStatusWord()
  const key = status ?? 'none'
  return (
    <span
      className={mergeClasses(styles.pill, status === null && styles.none, className)}
      style={{ backgroundColor: statusTint[key] }}
    >
      <span
        className={mergeClasses(styles.dot, status === null && styles.noneDot)}
        style={status ? { backgroundColor: statusColour[key] } : undefined}
        aria-hidden
      />
      {word(status)}
    </span>
  )
}

/** The previous review's status, small beside the current one: "2024: Startet". */
export function PreviousStatus({ label, status }: { label: string; status: MeasureStatus | null }) {
  const styles = useStyles()
  const word = useStatusWord()
  return (
    <span className={styles.small}>
      <span className={styles.smallDot} style={{ backgroundColor: statusColour[status ?? 'none'] }} aria-hidden />
      {label}: {word(status)}
    </span>
  )
}
