import { Button, makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components'
import { AddRegular, ArrowRepeatAllRegular, CalendarArrowDownRegular, CalendarLtrRegular } from '@fluentui/react-icons'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { Meeting } from '../../../shared/cycle'
import { localIsoDate } from '../../../shared/dates'
import { request } from '../api/client'
import { useApiQuery } from '../api/hooks'
import { EmptyDetail } from '../kit/DetailPane'
import { useSaveFile } from '../kit/use-save-file'
import { EmptyState } from '../kit/EmptyState'
import { EntityPicker } from '../kit/EntityPicker'
import { ErrorBar } from '../kit/ErrorBar'
import { PageHeader } from '../kit/PageHeader'
import { PageToolbar } from '../kit/PageToolbar'
import { useShortcuts } from '../kit/use-shortcut'
import { useBodyOptions } from '../register/options'
import { MeetingDetail } from './MeetingDetail'
import { MeetingForm } from './MeetingForm'
import { MeetingList } from './MeetingList'
import { MonthView } from './MonthView'
import { PlanYearDialog } from './PlanYearDialog'
import { RhythmDialog } from './RhythmDialog'
import { YearPicker } from './YearPicker'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%' },
  body: { width: '260px' },
  spacer: { flex: 1 },
  content: { display: 'flex', flex: 1, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  main: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 },
})

/** Every body's meetings in a year: as a list by month or as a month calendar. */
export function MeetingsPage() {
  const { t } = useTranslation()
  const styles = useStyles()
  const [params, setParams] = useSearchParams()
  const today = localIsoDate()
  const year = Number(params.get('aar') ?? today.slice(0, 4))
  const selectedId = params.get('mote') ? Number(params.get('mote')) : null
  const [bodyId, setBodyId] = useState<number | null>(null)
  const [view, setView] = useState<'list' | 'month'>('list')
  const [month, setMonth] = useState(Number(today.slice(5, 7)))
  const [editing, setEditing] = useState<Meeting | null | undefined>(undefined)
  const [dialog, setDialog] = useState<'plan' | 'rhythm' | null>(null)
  const bodies = useBodyOptions()
  const meetings = useApiQuery('meetings.list', { year, bodyId: bodyId ?? undefined })
  const holidays = useApiQuery('cycle.holidays', { year })
  const holidayMap = useMemo(() => new Map((holidays.data ?? []).map((h) => [h.date, h.name])), [holidays.data])
  const selected = meetings.data?.find((m) => m.id === selectedId) ?? null

  const select = (next: { year?: number; meeting?: number | null }) => {
    const p = new URLSearchParams(params)
    if (next.year !== undefined) p.set('aar', String(next.year))
    if (next.meeting === null) p.delete('mote')
    else if (next.meeting !== undefined) p.set('mote', String(next.meeting))
    setParams(p, { replace: true })
  }
  useShortcuts({ 'Ctrl+N': () => setEditing(null) })

  const file = useSaveFile()
  const saveYearCalendar = () =>
    bodyId !== null && void file.save(request('calendar.bodyYear', { bodyId, year }), 'text/calendar')

  let content
  if (!meetings.data) content = <Spinner label={t('app.loading')} style={{ margin: 48 }} />
  else if (view === 'month')
    content = (
      <MonthView
        year={year}
        month={month}
        onMonth={setMonth}
        meetings={meetings.data}
        holidays={holidayMap}
        selectedId={selectedId}
        onSelect={(m) => select({ meeting: m.id })}
      />
    )
  else if (meetings.data.length === 0)
    content = (
      <EmptyState
        icon={<CalendarLtrRegular />}
        title={t('meetings.empty', { year })}
        body={t('meetings.emptyBody')}
        action={
          <Button appearance="primary" onClick={() => setDialog('plan')}>
            {t('meetings.planYear')}
          </Button>
        }
      />
    )
  else
    content = (
      <MeetingList
        meetings={meetings.data}
        selectedId={selectedId}
        onSelect={(m) => select({ meeting: m.id })}
        onOpen={(m) => setEditing(m)}
      />
    )

  return (
    <div className={styles.page}>
      <PageHeader title={t('meetings.title')}>
        <YearPicker year={year} onChange={(y) => select({ year: y, meeting: null })} />
        <TabList
          size="small"
          selectedValue={view}
          onTabSelect={(_, d) => setView(d.value === 'month' ? 'month' : 'list')}
        >
          <Tab value="list">{t('meetings.viewList')}</Tab>
          <Tab value="month">{t('meetings.viewMonth')}</Tab>
        </TabList>
      </PageHeader>
      <PageToolbar label={t('nav.meetings')}>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => setEditing(null)} title="Ctrl+N">
          {t('meetings.new')}
        </Button>
        <EntityPicker
          compact
          className={styles.body}
          label={t('fields.bodyId')}
          options={bodies}
          value={bodyId}
          onChange={setBodyId}
        />
        <Button icon={<ArrowRepeatAllRegular />} onClick={() => setDialog('rhythm')}>
          {t('meetings.rhythms')}
        </Button>
        <Button onClick={() => setDialog('plan')}>{t('meetings.planYear')}</Button>
        <span className={styles.spacer} />
        {bodyId !== null && (
          <Button appearance="subtle" icon={<CalendarArrowDownRegular />} onClick={saveYearCalendar}>
            {t('meetings.bodyCalendar')}
          </Button>
        )}
      </PageToolbar>
      <ErrorBar message={file.error} />
      <div className={styles.content}>
        <div className={styles.main}>{content}</div>
        {selected ? (
          <MeetingDetail
            meeting={selected}
            onEdit={() => setEditing(selected)}
            onDeleted={() => select({ meeting: null })}
          />
        ) : (
          meetings.data && meetings.data.length > 0 && <EmptyDetail text={t('meetings.selectHint')} />
        )}
      </div>
      {editing !== undefined && (
        <MeetingForm
          meeting={editing}
          defaultBodyId={bodyId}
          defaultDate={today.startsWith(String(year)) ? today : `${year}-01-15`}
          onClose={() => setEditing(undefined)}
        />
      )}
      {dialog === 'plan' && <PlanYearDialog year={year} onClose={() => setDialog(null)} />}
      {dialog === 'rhythm' && <RhythmDialog initialBodyId={bodyId} onClose={() => setDialog(null)} />}
    </div>
  )
}
