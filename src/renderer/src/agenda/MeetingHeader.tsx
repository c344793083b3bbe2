import { Button, Caption1, makeStyles, Tab, TabList, Title3, tokens, Tooltip } from '@fluentui/react-components'
import { ArrowLeftRegular, PeopleTeamRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import type { Meeting, MeetingStatus } from '../../../shared/cycle'
import { formatDate } from '../../../shared/dates'
import { nextStatus } from '../../../shared/meeting-life'
import { ApiFailure, useApiMutation } from '../api/hooks'
import { ErrorBar } from '../kit/ErrorBar'
import { StatusBadge } from '../meetings/StatusBadge'
import { meetingTitle } from './format'

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  facts: {
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  tabs: { marginLeft: tokens.spacingHorizontalL, alignSelf: 'flex-end' },
  spacer: { flex: 1 },
  error: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
})

interface Props {
  meeting: Meeting
  /** The notice goes out through its confirmation, which says what it fixes. */
  onSendNotice: () => void
  /** Approval locks the minutes: also through a confirmation. */
  onApprove: () => void
}

/** The meeting's name, time and place, its status and next step, and the tabs for agenda and minutes. */
export function MeetingHeader({ meeting, onSendNotice, onApprove }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const location = useLocation()
  const setStatus = useApiMutation('meetings.setStatus')
  const start = useApiMutation('agenda.start')
  const year = meeting.date.slice(0, 4)
  const back = `/moter?aar=${year}&mote=${meeting.id}`
  const tab = location.pathname.endsWith('/protokoll') ? 'protokoll' : 'saksliste'
  const next = nextStatus(meeting.status)
  const weekday = t('cycle.weekdays').split(',')[(new Date(`${meeting.date}T12:00:00Z`).getUTCDay() + 6) % 7]

  const step = (to: MeetingStatus) => {
    setStatus.reset()
    start.reset()
    // A planned meeting's next step is its agenda: start it with the body's standard items.
    if (to === 'agenda') start.mutate({ meetingId: meeting.id })
    else if (to === 'notice_sent') onSendNotice()
    else if (to === 'minutes_approved') onApprove()
    else setStatus.mutate({ id: meeting.id, status: to })
  }
  const failure = setStatus.error ?? start.error

  const facts = [
    meeting.bodyName,
    t('agenda.workspace.when', {
      date: `${weekday} ${formatDate(meeting.date)}`,
      start: meeting.startTime,
      end: meeting.endTime,
    }),
    meeting.place,
  ].filter(Boolean)

  return (
    <>
      <header className={styles.header}>
        <Tooltip content={t('agenda.workspace.backLabel', { year })} relationship="label">
          <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => navigate(back)} />
        </Tooltip>
        <div className={styles.titles}>
          <div className={styles.titleRow}>
            <Title3 as="h1">{meetingTitle(t, meeting)}</Title3>
            <StatusBadge status={meeting.status} />
          </div>
          <Caption1 className={styles.facts}>{facts.join(' · ')}</Caption1>
        </div>
        <TabList
          className={styles.tabs}
          aria-label={t('agenda.workspace.tabs')}
          selectedValue={tab}
          onTabSelect={(_, d) => navigate(`/moter/${meeting.id}/${String(d.value)}`)}
        >
          <Tab value="saksliste">{t('agenda.workspace.agendaTab')}</Tab>
          <Tab value="protokoll">{t('agenda.workspace.minutesTab')}</Tab>
        </TabList>
        <Button appearance="subtle" icon={<PeopleTeamRegular />} onClick={() => navigate(`/deltakere/${meeting.id}`)}>
          {t('agenda.workspace.participants')}
        </Button>
        <span className={styles.spacer} />
        {next && meeting.status !== 'cancelled' && (
          <Button appearance="primary" disabled={setStatus.isPending || start.isPending} onClick={() => step(next)}>
            {next === 'notice_sent'
              ? t('agenda.notice.send')
              : t('meetings.setStatus', { status: t(`cycle.status.${next}`) })}
          </Button>
        )}
      </header>
      {failure instanceof ApiFailure && (
        <div className={styles.error}>
          <ErrorBar message={failure.message} />
        </div>
      )}
    </>
  )
}
