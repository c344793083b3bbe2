import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXL}`,
    color: tokens.colorNeutralForeground2,
    maxWidth: '460px',
    margin: '0 auto',
  },
  icon: { fontSize: '40px', color: tokens.colorNeutralForeground4 },
})

export function EmptyState({
  icon,
  title,
  body,
  action,
}: {
  icon?: ReactNode
  title: string
  body?: string
  action?: ReactNode
}) {
  const styles = useStyles()
  return (
    <div className={styles.root} role="status">
      {icon && <div className={styles.icon}>{icon}</div>}
      <Subtitle2>{title}</Subtitle2>
      {body && <Body1>{body}</Body1>}
      {action}
    </div>
  )
}
