import { Caption1, makeStyles, tokens } from '@fluentui/react-components'
import { KeyboardRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { TableMode } from './InviteeTable'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
    margin: 0,
    listStyle: 'none',
  },
  icon: { fontSize: '16px', color: tokens.colorNeutralForeground3 },
  item: { display: 'inline-flex', alignItems: 'center', gap: '4px' },
  kbd: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    lineHeight: '16px',
    minWidth: '16px',
    textAlign: 'center',
    padding: '0 4px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomWidth: '2px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
  },
})

/** The keys of the list, always in view: reading 80 replies is done with these. */
export function ShortcutLegend({ mode, locked }: { mode: TableMode; locked: boolean }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const keys: [string, string][] =
    mode === 'list'
      ? [
          ['J', t('invitations.keys.accepted')],
          ['N', t('invitations.keys.declined')],
          ['U', t('invitations.keys.noAnswer')],
          ['I', t('invitations.keys.invited')],
          ['V', t('invitations.keys.substitute')],
          ['↑ ↓', t('invitations.keys.move')],
          ['Ctrl+F', t('invitations.keys.find')],
        ]
      : [
          ...(locked
            ? []
            : ([
                ['T', t('invitations.keys.present')],
                ['F', t('invitations.keys.absent')],
                ['0', t('invitations.keys.unrecorded')],
                ['B', t('invitations.keys.host')],
              ] as [string, string][])),
          ['↑ ↓', t('invitations.keys.move')],
          ['Ctrl+F', t('invitations.keys.find')],
        ]
  return (
    <ul className={styles.root} aria-label={t('invitations.legend')}>
      <li className={styles.item} aria-hidden>
        <KeyboardRegular className={styles.icon} />
      </li>
      {keys.map(([key, label]) => (
        <li key={key} className={styles.item}>
          <kbd className={styles.kbd}>{key}</kbd>
          <Caption1>{label}</Caption1>
        </li>
      ))}
    </ul>
  )
}
