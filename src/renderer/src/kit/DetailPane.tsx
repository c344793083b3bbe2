import { Button, Caption1, makeStyles, Subtitle1, Subtitle2, tokens, Tooltip } from '@fluentui/react-components'
import { DeleteRegular, EditRegular } from '@fluentui/react-icons'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

const useStyles = makeStyles({
  pane: {
    width: '400px',
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'auto',
    display: 'flex',
    flexDirection: 'column',
  },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
  },
  titles: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  subtitle: { color: tokens.colorNeutralForeground3 },
  section: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  sectionHead: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', minHeight: '32px' },
  props: {
    display: 'grid',
    gridTemplateColumns: '140px 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM}`,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground3, padding: tokens.spacingHorizontalL },
})

interface PaneProps {
  title: string
  subtitle?: ReactNode
  onEdit?: () => void
  onDelete?: () => void
  children?: ReactNode
}

/** The right-hand pane of a register list: the selected row in full, with its relations. */
export function DetailPane({ title, subtitle, onEdit, onDelete, children }: PaneProps) {
  const styles = useStyles()
  const { t } = useTranslation()
  return (
    <aside className={styles.pane} aria-label={title}>
      <div className={styles.header}>
        <div className={styles.titles}>
          <Subtitle1 as="h2">{title}</Subtitle1>
          {subtitle && <Caption1 className={styles.subtitle}>{subtitle}</Caption1>}
        </div>
        {onEdit && (
          <Tooltip content={`${t('app.edit')} (Enter)`} relationship="label">
            <Button icon={<EditRegular />} appearance="subtle" onClick={onEdit} />
          </Tooltip>
        )}
        {onDelete && (
          <Tooltip content={`${t('app.delete')} (Delete)`} relationship="label">
            <Button icon={<DeleteRegular />} appearance="subtle" onClick={onDelete} />
          </Tooltip>
        )}
      </div>
      {children}
    </aside>
  )
}

export function EmptyDetail({ text }: { text: string }) {
  const styles = useStyles()
  return (
    <aside className={styles.pane}>
      <p className={styles.hint}>{text}</p>
    </aside>
  )
}

/** Label/value pairs; empty values are left out rather than shown as blanks. */
export function Properties({ items }: { items: [label: string, value: ReactNode][] }) {
  const styles = useStyles()
  const shown = items.filter(([, value]) => value !== null && value !== undefined && value !== '')
  if (shown.length === 0) return null
  return (
    <dl className={styles.props}>
      {shown.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt className={styles.term}>{label}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

export function DetailSection({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  const styles = useStyles()
  return (
    <section className={styles.section} aria-label={title}>
      <div className={styles.sectionHead}>
        <Subtitle2 as="h3">{title}</Subtitle2>
        {action}
      </div>
      {children}
    </section>
  )
}
