import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components'
import { ArrowSyncRegular, HistoryRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../shared/dates'
import type { InvitationList } from '../../../shared/invitations'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
  },
  pending: { margin: `2px 0 0`, paddingLeft: '18px' },
  log: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    listStyle: 'none',
    maxHeight: '140px',
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  logLine: { display: 'grid', gridTemplateColumns: '90px 80px 1fr', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
})

/**
 * Once the notice is out the list is kept as sent: a later difference from the rules (a new mayor)
 * waits here until the secretary applies it, and what was applied is logged.
 */
export function NoticeBanner({ list, onApply, busy }: { list: InvitationList; onApply: () => void; busy: boolean }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [showLog, setShowLog] = useState(false)
  if (!list.sentAt) return null
  const pending = list.pendingChanges
  return (
    <div className={styles.root}>
      <MessageBar
        intent={pending.length > 0 ? 'warning' : 'info'}
        layout={pending.length > 0 ? 'multiline' : 'singleline'}
      >
        <MessageBarBody>
          <MessageBarTitle>
            {t('invitations.sentBanner', { date: formatDate(list.sentAt.slice(0, 10)) })}
          </MessageBarTitle>
          {pending.length > 0 && (
            <>
              {t('invitations.pendingTitle', { count: pending.length })}
              <ul className={styles.pending}>
                {pending.map((c) => (
                  <li key={`${c.change}-${c.personId}`}>
                    {t(c.change === 'add' ? 'invitations.pendingAdd' : 'invitations.pendingRemove', {
                      name: c.name,
                      reason: c.reason,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" icon={<HistoryRegular />} aria-expanded={showLog} onClick={() => setShowLog(!showLog)}>
            {t('invitations.changeLogCount', { count: list.changes.length })}
          </Button>
          {pending.length > 0 && (
            <Button size="small" appearance="primary" icon={<ArrowSyncRegular />} disabled={busy} onClick={onApply}>
              {t('invitations.applyChanges')}
            </Button>
          )}
        </MessageBarActions>
      </MessageBar>
      {showLog && (
        <ul className={styles.log} aria-label={t('invitations.changeLog')}>
          {list.changes.length === 0 && <Caption1 className={styles.muted}>{t('invitations.noChanges')}</Caption1>}
          {list.changes.map((c) => (
            <li key={c.id} className={styles.logLine}>
              <Caption1 className={styles.muted}>{formatDate(c.changedAt.slice(0, 10))}</Caption1>
              <Caption1>{t(c.change === 'added' ? 'invitations.changeAdded' : 'invitations.changeRemoved')}</Caption1>
              <Caption1>{c.description}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
