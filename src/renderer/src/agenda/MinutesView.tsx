import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components'
import { DocumentLockRegular, LockClosedRegular, TextBulletListSquareRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Meeting } from '../../../shared/cycle'
import { isPublished } from '../../../shared/meeting-life'
import { useApiQuery } from '../api/hooks'
import { DocumentMenu } from '../documents/DocumentMenu'
import { EmptyState } from '../kit/EmptyState'
import { ErrorBar } from '../kit/ErrorBar'
import { PageToolbar } from '../kit/PageToolbar'
import { AttendanceList } from './AttendanceList'
import { meetingTitle, stampParts } from './format'
import { MinutesItemCard } from './MinutesItemCard'
import { PreviousMinutes } from './PreviousMinutes'

const useStyles = makeStyles({
  content: { display: 'flex', flex: 1, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  main: { flex: 1, minWidth: 0, overflow: 'auto' },
  side: {
    width: '320px',
    flexShrink: 0,
    overflow: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  message: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0` },
  muted: { color: tokens.colorNeutralForeground3 },
  // As tall as a button, so the toolbar keeps its height with or without one.
  count: { color: tokens.colorNeutralForeground3, minHeight: '32px', display: 'flex', alignItems: 'center' },
  spacer: { flex: 1 },
  corrections: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  correction: { display: 'flex', flexDirection: 'column' },
  missing: { flex: 1, backgroundColor: tokens.colorNeutralBackground1 },
})

interface Props {
  meeting: Meeting
  onApprove: () => void
}

/** The Protokoll tab: attendance, and per agenda item the presenter, summary, decision and follow-up. */
export function MinutesView({ meeting, onApprove }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const writable = isPublished(meeting.status, null) && meeting.status !== 'cancelled'
  const minutes = useApiQuery('minutes.get', { meetingId: meeting.id }, writable)
  const approvedIn = minutes.data?.approvedInMeetingId ?? null
  const approvedInMeeting = useApiQuery('meetings.get', { id: approvedIn ?? 1 }, approvedIn !== null)

  if (!writable) {
    return (
      <div className={styles.missing}>
        <EmptyState
          icon={<DocumentLockRegular />}
          title={t('agenda.minutes.notYetTitle')}
          body={t('agenda.minutes.notYetBody')}
          action={
            meeting.status !== 'cancelled' && (
              <Button appearance="primary" onClick={() => navigate(`/moter/${meeting.id}/saksliste`)}>
                {t('agenda.minutes.toAgenda')}
              </Button>
            )
          }
        />
      </div>
    )
  }
  if (!minutes.data) {
    return minutes.error ? (
      <div className={styles.message}>
        <ErrorBar message={minutes.error.message} />
      </div>
    ) : (
      <Spinner label={t('app.loading')} style={{ margin: 48 }} />
    )
  }

  const { agenda, attendance, locked, approvedAt, corrections } = minutes.data
  // Once the minutes are drafted, approving them is the header's next step instead.
  const canApproveNow = !locked && meeting.status === 'held'
  const present = attendance.filter((a) => a.present === true).length

  return (
    <>
      <PageToolbar label={t('agenda.workspace.minutesTab')}>
        <Caption1 className={styles.muted}>{t('agenda.minutes.count', { present, total: attendance.length })}</Caption1>
        <span className={styles.spacer} />
        <DocumentMenu documents={[{ kind: 'minutes', id: meeting.id }]} bodyId={meeting.bodyId} />
        {canApproveNow && (
          <Button icon={<LockClosedRegular />} onClick={onApprove}>
            {t('agenda.minutes.approveNow')}
          </Button>
        )}
      </PageToolbar>
      <div className={styles.content}>
        <div className={styles.main}>
          {locked && (
            <div className={styles.message}>
              <MessageBar intent="info" icon={<LockClosedRegular />} layout="multiline">
                <MessageBarBody>
                  {t('agenda.minutes.locked', { date: approvedAt ? stampParts(approvedAt).date : '' })}
                  {approvedInMeeting.data &&
                    ` ${t('agenda.minutes.approvedIn', { meeting: meetingTitle(t, approvedInMeeting.data.meeting) })}`}
                </MessageBarBody>
              </MessageBar>
            </div>
          )}
          {agenda.items.length === 0 && (
            <EmptyState
              icon={<TextBulletListSquareRegular />}
              title={t('agenda.minutes.noItems')}
              body={t('agenda.minutes.noItemsBody')}
            />
          )}
          {agenda.items.map((item) => (
            <MinutesItemCard
              key={`${item.id}-${locked}`}
              item={item}
              locked={locked}
              extra={
                item.standardKey === 'approveMinutes' ? (
                  agenda.previousMeeting ? (
                    <PreviousMinutes previous={agenda.previousMeeting} meetingId={meeting.id} />
                  ) : (
                    <Caption1 className={styles.muted}>{t('agenda.minutes.previousNone')}</Caption1>
                  )
                ) : undefined
              }
            />
          ))}
        </div>
        <aside className={styles.side} aria-label={t('agenda.minutes.attendance')}>
          <section className={styles.section}>
            <AttendanceList meetingId={meeting.id} attendance={attendance} readOnly={locked} />
          </section>
          {(locked || corrections.length > 0) && (
            <section className={styles.section} aria-label={t('agenda.minutes.corrections')}>
              <Subtitle2 as="h2">{t('agenda.minutes.corrections')}</Subtitle2>
              {corrections.length === 0 ? (
                <Caption1 className={styles.muted}>{t('agenda.minutes.correctionNone')}</Caption1>
              ) : (
                <ol className={styles.corrections}>
                  {corrections.map((c, i) => (
                    <li key={i} className={styles.correction}>
                      <Caption1 className={styles.muted}>
                        {t('agenda.minutes.correctionWhen', stampParts(c.correctedAt))}
                        {c.itemTitle ? ` · ${c.itemTitle}` : ''}
                      </Caption1>
                      <Caption1>{c.reason}</Caption1>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          )}
        </aside>
      </div>
    </>
  )
}
