import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components'
import { CheckmarkCircleRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { Agenda } from '../../../shared/cases'
import { meetingStatuses, type MeetingStatus } from '../../../shared/cycle'
import { formatDate } from '../../../shared/dates'
import { useApiMutation } from '../api/hooks'
import { ErrorBar } from '../kit/ErrorBar'
import { StatusBadge } from '../meetings/StatusBadge'
import { RouteLink } from '../kit/RouteLink'
import { stampParts } from './format'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  approved: { display: 'inline-flex', alignItems: 'center', gap: '4px', color: tokens.colorPaletteGreenForeground1 },
})

const isStatus = (s: string): s is MeetingStatus => (meetingStatuses as readonly string[]).includes(s)

interface Props {
  previous: NonNullable<Agenda['previousMeeting']>
  meetingId: number
}

/** In the item "Godkjenning av protokoll fra forrige møte": that meeting, and approving its minutes here. */
export function PreviousMinutes({ previous, meetingId }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const approve = useApiMutation('minutes.approve')
  const date = formatDate(previous.date)
  const approved = previous.minutesApprovedAt !== null || previous.status === 'minutes_approved'
  return (
    <div className={styles.root}>
      <div className={styles.line}>
        <Body1>{t('agenda.minutes.previous', { date })}</Body1>
        {isStatus(previous.status) && <StatusBadge status={previous.status} />}
        <RouteLink to={`/moter/${previous.id}/protokoll`}>{t('agenda.minutes.previousOpen')}</RouteLink>
        {approved ? (
          <span className={styles.approved}>
            <CheckmarkCircleRegular />
            {previous.minutesApprovedAt
              ? t('agenda.minutes.approvedPrevious', { date: stampParts(previous.minutesApprovedAt).date })
              : t('agenda.minutes.approvedNoDate')}
          </span>
        ) : (
          <Button
            size="small"
            appearance="primary"
            disabled={approve.isPending}
            onClick={() => approve.mutate({ meetingId: previous.id, inMeetingId: meetingId })}
          >
            {t('agenda.minutes.approvePrevious', { date })}
          </Button>
        )}
      </div>
      <ErrorBar message={approve.error?.message} />
    </div>
  )
}
