import { Badge, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components'
import { AddRegular, WarningRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { CycleItem } from '../../../shared/cycle'
import { formatDate } from '../../../shared/dates'

const useStyles = makeStyles({
  root: {
    width: '340px',
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    marginBottom: tokens.spacingVerticalS,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    width: '100%',
    textAlign: 'left',
    border: 'none',
    background: 'none',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
})

/** The year's recurring items beside the wheel, in date order, with chain warnings. */
export function ItemList({
  items,
  onOpen,
  onNew,
}: {
  items: CycleItem[]
  onOpen: (item: CycleItem) => void
  onNew: () => void
}) {
  const { t } = useTranslation()
  const styles = useStyles()
  return (
    <aside className={styles.root} aria-label={t('items.title')}>
      <div className={styles.head}>
        <Subtitle2 as="h2">{t('items.title')}</Subtitle2>
        <Button size="small" icon={<AddRegular />} onClick={onNew}>
          {t('items.new')}
        </Button>
      </div>
      {items.length === 0 && <Caption1 className={styles.muted}>{t('items.empty')}</Caption1>}
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className={styles.item} onClick={() => onOpen(item)}>
              <span className={styles.line}>
                <span>{item.title}</span>
                <Badge appearance="outline" size="small">
                  {item.category}
                </Badge>
              </span>
              <Caption1 className={styles.muted}>
                {item.date ? formatDate(item.date) : t('items.noDate')}
                {item.bodyShortCode && ` · ${item.bodyShortCode}`}
                {item.responsible && ` · ${item.responsible}`}
              </Caption1>
              {item.warnings.map((w) => (
                <Caption1 key={w} className={styles.warning}>
                  <WarningRegular /> {w}
                </Caption1>
              ))}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  )
}
