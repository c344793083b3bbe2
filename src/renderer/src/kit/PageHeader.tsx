import { makeStyles, Title3, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
})

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className={useStyles().header}>
      <Title3 as="h1">{title}</Title3>
      {children}
    </header>
  )
}
