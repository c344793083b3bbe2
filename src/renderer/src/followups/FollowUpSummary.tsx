import { Caption1, makeStyles, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { FollowUpCounts } from './due'

const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground3 },
  overdue: { color: tokens.colorPaletteRedForeground1 },
})

/** "12 åpne, 3 forfalt": a quiet line; the overdue count takes the danger colour only when there are any. */
export function FollowUpSummary({ counts, showDone }: { counts: FollowUpCounts; showDone: boolean }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const parts = [
    <span key="open">{t('followUps.open', { count: counts.open })}</span>,
    <span key="overdue" className={counts.overdue > 0 ? styles.overdue : undefined}>
      {t('followUps.overdueCount', { count: counts.overdue })}
    </span>,
  ]
  if (counts.soon > 0) parts.push(<span key="soon">{t('followUps.soonCount', { count: counts.soon })}</span>)
  if (showDone) parts.push(<span key="done">{t('followUps.doneCount', { count: counts.done })}</span>)
  return (
    <Caption1 className={styles.root} role="status">
      {parts.flatMap((part, index) => (index === 0 ? [part] : [', ', part]))}
    </Caption1>
  )
}
