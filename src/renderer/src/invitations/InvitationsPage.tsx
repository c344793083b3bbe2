import { Button, makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components'
import { CalendarLtrRegular, TextBulletListLtrRegular } from '@fluentui/react-icons'
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { Meeting } from '../../../shared/cycle'
import { localIsoDate } from '../../../shared/dates'
import { useApiQuery } from '../api/hooks'
import { EmptyState } from '../kit/EmptyState'
import { ErrorBar } from '../kit/ErrorBar'
import { PageHeader } from '../kit/PageHeader'
import { StatusBadge } from '../meetings/StatusBadge'
import { MeetingInvitations, type InvitationTab } from './MeetingInvitations'
import { MeetingPicker } from './MeetingPicker'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%', backgroundColor: tokens.colorNeutralBackground1 },
  centre: { margin: '48px auto' },
  spacer: { flex: 1 },
  meetingLine: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
})

const slugs: Record<InvitationTab, string> = { list: '', attendance: 'oppmote', overview: 'oversikt', rules: 'regler' }
const tabs: InvitationTab[] = ['list', 'attendance', 'overview', 'rules']
const tabOf = (slug: string | undefined): InvitationTab => tabs.find((tab) => slugs[tab] === (slug ?? '')) ?? 'list'
const asTab = (value: unknown): InvitationTab => tabs.find((tab) => tab === value) ?? 'list'

/** The meetings around today, newest year last; cancelled ones have no list to keep. */
function useMeetings(today: string) {
  const year = Number(today.slice(0, 4))
  const last = useApiQuery('meetings.list', { year: year - 1 })
  const now = useApiQuery('meetings.list', { year })
  const next = useApiQuery('meetings.list', { year: year + 1 })
  const loaded = Boolean(last.data && now.data && next.data)
  const error = last.error ?? now.error ?? next.error
  return useMemo(() => {
    const all = [...(last.data ?? []), ...(now.data ?? []), ...(next.data ?? [])].filter(
      (m) => m.status !== 'cancelled',
    )
    const upcoming = all.filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date))
    const past = all.filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date))
    return { loaded, error, upcoming, past }
  }, [last.data, now.data, next.data, loaded, error, today])
}

/**
 * Deltakere: one meeting's invitation list (`/deltakere/:meetingId`), its attendance, overview and
 * rules. Without a meeting in the address it opens the next meeting that has invitation rules.
 */
export function InvitationsPage() {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const [idPart, tabPart] = (useParams()['*'] ?? '').split('/')
  const meetingId = Number(idPart) > 0 ? Number(idPart) : null
  const tab = tabOf(tabPart)
  const today = localIsoDate()
  const meetings = useMeetings(today)
  const rules = useApiQuery('invitationRules.list', {})
  const rulesSettled = Boolean(rules.data || rules.error)

  // The next meeting with invitations: one with rules of its own or of its body.
  const preferred = useMemo((): Meeting | null => {
    const withRules = (m: Meeting) => (rules.data ?? []).some((r) => r.meetingId === m.id || r.bodyId === m.bodyId)
    return (
      meetings.upcoming.find(withRules) ??
      meetings.upcoming[0] ??
      meetings.past.find(withRules) ??
      meetings.past[0] ??
      null
    )
  }, [meetings.upcoming, meetings.past, rules.data])

  useEffect(() => {
    if (meetingId === null && meetings.loaded && rulesSettled && preferred)
      void navigate(`/deltakere/${preferred.id}`, { replace: true })
  }, [meetingId, meetings.loaded, rulesSettled, preferred, navigate])

  const selected = [...meetings.upcoming, ...meetings.past].find((m) => m.id === meetingId) ?? null
  const go = (id: number, next: InvitationTab = tab) =>
    void navigate(`/deltakere/${id}${slugs[next] ? `/${slugs[next]}` : ''}`)

  let content
  if (meetings.error) content = <ErrorBar message={meetings.error.message} />
  else if (!meetings.loaded) content = <Spinner className={styles.centre} label={t('app.loading')} />
  else if (meetings.upcoming.length + meetings.past.length === 0)
    content = (
      <EmptyState
        icon={<CalendarLtrRegular />}
        title={t('invitations.noMeetings')}
        body={t('invitations.noMeetingsBody')}
        action={
          <Button appearance="primary" onClick={() => void navigate('/moter')}>
            {t('invitations.goToMeetings')}
          </Button>
        }
      />
    )
  else if (meetingId === null)
    content = (
      <EmptyState
        icon={<CalendarLtrRegular />}
        title={t('invitations.chooseMeeting')}
        body={t('invitations.chooseMeetingBody')}
      />
    )
  else
    content = (
      <MeetingInvitations key={meetingId} meetingId={meetingId} tab={tab} onTab={(next) => go(meetingId, next)} />
    )

  return (
    <div className={styles.page}>
      <PageHeader title={t('invitations.title')}>
        <MeetingPicker upcoming={meetings.upcoming} past={meetings.past} value={meetingId} onChange={(id) => go(id)} />
        {meetingId !== null && (
          <TabList size="small" selectedValue={tab} onTabSelect={(_, d) => go(meetingId, asTab(d.value))}>
            <Tab value="list">{t('invitations.tabs.list')}</Tab>
            <Tab value="attendance">{t('invitations.tabs.attendance')}</Tab>
            <Tab value="overview">{t('invitations.tabs.overview')}</Tab>
            <Tab value="rules">{t('invitations.tabs.rules')}</Tab>
          </TabList>
        )}
        <span className={styles.spacer} />
        {selected && (
          <span className={styles.meetingLine}>
            <StatusBadge status={selected.status} />
            <Button
              appearance="subtle"
              size="small"
              icon={<TextBulletListLtrRegular />}
              onClick={() => void navigate(`/moter/${selected.id}/saksliste`)}
            >
              {t('invitations.openWorkspace')}
            </Button>
          </span>
        )}
      </PageHeader>
      {content}
    </div>
  )
}
