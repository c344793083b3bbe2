import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components'
import { TaskListLtrRegular } from '@fluentui/react-icons'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaseSummary } from '../../../shared/cases'
import type { Meeting } from '../../../shared/cycle'
import { formatDate, localIsoDate } from '../../../shared/dates'
import { useApiQuery } from '../api/hooks'
import { EmptyState } from '../kit/EmptyState'
import { CaseTable } from './CaseTable'
import { RouteLink } from '../kit/RouteLink'

const useStyles = makeStyles({
  root: { overflow: 'auto', flex: 1, minHeight: 0 },
  group: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    position: 'sticky',
    top: 0,
    zIndex: 2,
  },
  name: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  next: { marginLeft: 'auto', color: tokens.colorNeutralForeground3 },
})

// A meeting still to come that can take cases: planned, agenda in preparation, or sent (as a late case).
const open = new Set<Meeting['status']>(['planned', 'agenda', 'notice_sent'])

interface Props {
  cases: readonly CaseSummary[]
  bodyId: number | null
  filtered: boolean
  selectedId: number | null
  onSelect: (id: number) => void
  onOpen: (id: number) => void
  onClearFilters: () => void
}

/**
 * Each body's queue: the cases ready for a meeting (and postponed ones waiting for a new one),
 * under a heading with the body's next meeting and a way to its agenda.
 */
export function CaseQueue({ cases, bodyId, filtered, selectedId, onSelect, onOpen, onClearFilters }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const today = localIsoDate()
  const year = Number(today.slice(0, 4))
  const bodies = useApiQuery('bodies.list', {})
  const thisYear = useApiQuery('meetings.list', { year })
  const nextYear = useApiQuery('meetings.list', { year: year + 1 })

  const nextMeeting = useMemo(() => {
    const byBody = new Map<number, Meeting>()
    const upcoming = [...(thisYear.data ?? []), ...(nextYear.data ?? [])]
      .filter((m) => m.date >= today && open.has(m.status))
      .sort((a, b) => a.date.localeCompare(b.date))
    for (const m of upcoming) if (!byBody.has(m.bodyId)) byBody.set(m.bodyId, m)
    return byBody
  }, [thisYear.data, nextYear.data, today])

  const groups = useMemo(() => {
    const byBody = new Map<number, CaseSummary[]>()
    for (const c of cases) byBody.set(c.bodyId, [...(byBody.get(c.bodyId) ?? []), c])
    const names = new Map((bodies.data ?? []).map((b) => [b.id, b.name]))
    return [...byBody.entries()]
      .map(([id, list]) => ({ id, name: names.get(id) ?? '', code: list[0].bodyShortCode, list }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
  }, [cases, bodies.data])

  if (groups.length === 0) {
    const body = bodies.data?.find((b) => b.id === bodyId)
    return (
      <EmptyState
        icon={<TaskListLtrRegular />}
        title={t('cases.queue.empty')}
        body={body ? t('cases.queue.emptyForBody', { body: body.name }) : t('cases.queue.emptyBody')}
        action={filtered ? <Button onClick={onClearFilters}>{t('cases.clearFilters')}</Button> : undefined}
      />
    )
  }

  return (
    <div className={styles.root}>
      {groups.map((g) => {
        const meeting = nextMeeting.get(g.id)
        const date = meeting ? formatDate(meeting.date) : ''
        return (
          <section key={g.id} aria-label={g.name}>
            <Subtitle2 as="h2" className={styles.group}>
              <span>
                {g.code} <span className={styles.name}>{g.name}</span>
              </span>
              <Caption1>{t('cases.total', { count: g.list.length })}</Caption1>
              <Caption1 className={styles.next}>
                {meeting ? (
                  <>
                    {t('cases.queue.nextMeeting', { date })}
                    {' · '}
                    <RouteLink
                      to={`/moter/${meeting.id}/saksliste`}
                      aria-label={t('cases.queue.openAgendaLabel', { date, body: g.name })}
                    >
                      {t('cases.queue.openAgenda')}
                    </RouteLink>
                  </>
                ) : (
                  t('cases.queue.noNextMeeting')
                )}
              </Caption1>
            </Subtitle2>
            <CaseTable
              label={t('cases.queue.group', { body: g.name, count: g.list.length })}
              rows={g.list}
              selectedId={selectedId}
              onSelect={(c) => onSelect(c.id)}
              onOpen={(c) => onOpen(c.id)}
              variant="queue"
              stickyHeader={false}
            />
          </section>
        )
      })}
    </div>
  )
}
