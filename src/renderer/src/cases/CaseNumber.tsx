import { makeStyles, mergeClasses, tokens, Tooltip } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'

const useStyles = makeStyles({
  provisional: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
    textDecorationLine: 'underline',
    textDecorationStyle: 'dotted',
    textDecorationColor: tokens.colorNeutralStroke1,
    textUnderlineOffset: '3px',
  },
  none: { color: tokens.colorNeutralForeground4 },
})

/**
 * A case number as the agenda gives it. Before the notice is sent the number may still change, so
 * it is shown muted, and the tooltip (also its accessible description) says it is provisional.
 */
export function CaseNumber({
  label,
  fixed,
  empty = '–',
  className,
}: {
  label: string | null | undefined
  fixed: boolean
  empty?: string
  className?: string
}) {
  const styles = useStyles()
  const { t } = useTranslation()
  if (!label) return <span className={mergeClasses(styles.none, className)}>{empty}</span>
  if (fixed) return <span className={className}>{label}</span>
  return (
    <Tooltip content={t('cases.provisional')} relationship="description">
      <span className={mergeClasses(styles.provisional, className)} tabIndex={-1}>
        {label}
      </span>
    </Tooltip>
  )
}
