import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'

export const useSideStyles = makeStyles({
  section: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    ':first-child': { borderTop: 'none' },
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    minHeight: '32px',
    marginBottom: tokens.spacingVerticalXS,
  },
  count: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    minWidth: 0,
  },
  main: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: '2px', paddingTop: '5px' },
  muted: { color: tokens.colorNeutralForeground3 },
  faint: { color: tokens.colorNeutralForeground4 },
  empty: { color: tokens.colorNeutralForeground3, display: 'block', paddingTop: tokens.spacingVerticalXXS },
  buttons: { display: 'flex', flexShrink: 0 },
  wrap: { overflowWrap: 'anywhere' },
})

/** One block of the case's side column: a heading with an optional count and action, then its list. */
export function SidePanel({
  title,
  count,
  action,
  children,
}: {
  title: string
  count?: number
  action?: ReactNode
  children: ReactNode
}) {
  const styles = useSideStyles()
  return (
    <section className={styles.section} aria-label={title}>
      <div className={styles.head}>
        <Subtitle2 as="h2">
          {title}
          {count !== undefined && count > 0 && <span className={styles.count}> ({count})</span>}
        </Subtitle2>
        {action}
      </div>
      {children}
    </section>
  )
}

export function SideEmpty({ children }: { children: ReactNode }) {
  return <Caption1 className={useSideStyles().empty}>{children}</Caption1>
}
