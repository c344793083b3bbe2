import { Button, makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components'
import { ArrowDownloadRegular, ArrowSyncCircleRegular } from '@fluentui/react-icons'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { CycleItem, Meeting, WheelMark } from '../../../shared/cycle'
import { formatDate, localIsoDate } from '../../../shared/dates'
import { request } from '../api/client'
import { useApiQuery } from '../api/hooks'
import { useSaveFile } from '../kit/use-save-file'
import { DocumentMenu } from '../documents/DocumentMenu'
import { EmptyState } from '../kit/EmptyState'
import { ErrorBar } from '../kit/ErrorBar'
import { PageHeader } from '../kit/PageHeader'
import { PageToolbar } from '../kit/PageToolbar'
import { monthNames } from '../meetings/labels'
import { YearPicker } from '../meetings/YearPicker'
import { ItemForm } from './ItemForm'
import { ItemList } from './ItemList'
import { Wheel } from './Wheel'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%' },
  spacer: { flex: 1 },
  content: { flex: 1, minHeight: 0, display: 'flex' },
  canvas: {
    flex: 1,
    overflow: 'auto',
    display: 'flex',
    justifyContent: 'center',
    padding: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
  },
})

const wheelSize = 680

/** The year as a wheel: months around, one ring per body (or level), today as a hand. */
export function CyclePage() {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const [year, setYear] = useState(Number(localIsoDate().slice(0, 4)))
  const [ringBy, setRingBy] = useState<'body' | 'level'>('body')
  const wheel = useApiQuery('cycle.wheel', { year, ringBy })
  const items = useApiQuery('cycleItems.list', { year })
  const [editing, setEditing] = useState<CycleItem | null | undefined>(undefined)
  const meetings = useApiQuery('meetings.list', { year })
  const months = useMemo(() => monthNames(t), [t])
  const legend = useMemo(
    () => ({ meeting: t('wheel.legendMeeting'), deadline: t('wheel.legendDeadline'), item: t('wheel.legendItem') }),
    [t],
  )
  const byId = useMemo(() => new Map((meetings.data ?? []).map((m) => [m.id, m])), [meetings.data])

  /** A meeting's mark tells its date, time, place and deadlines; a deadline's tells its date. */
  const describe = (mark: WheelMark) => {
    const meeting: Meeting | undefined = 'meetingId' in mark.target ? byId.get(mark.target.meetingId) : undefined
    if (!meeting || mark.kind !== 'meeting') return `${mark.label} · ${formatDate(mark.date)}`
    const deadlines = meeting.deadlines.map((d) => `${t(`cycle.deadline.${d.kind}`)} ${formatDate(d.date)}`)
    return [
      mark.label,
      `${formatDate(meeting.date)} ${meeting.startTime}–${meeting.endTime}`,
      meeting.place,
      ...deadlines,
    ]
      .filter(Boolean)
      .join(' · ')
  }

  const file = useSaveFile()
  const save = (format: 'svg' | 'png') => void file.save(request('cycle.exportWheel', { year, ringBy, format }))

  return (
    <div className={styles.page}>
      <PageHeader title={t('nav.cycle')}>
        <YearPicker year={year} onChange={setYear} />
        <TabList
          size="small"
          selectedValue={ringBy}
          onTabSelect={(_, d) => setRingBy(d.value === 'level' ? 'level' : 'body')}
        >
          <Tab value="body">{t('wheel.ringByBody')}</Tab>
          <Tab value="level">{t('wheel.ringByLevel')}</Tab>
        </TabList>
      </PageHeader>
      <PageToolbar label={t('nav.cycle')}>
        <span className={styles.spacer} />
        <DocumentMenu documents={[{ kind: 'yearlyPlan', year }]} bodyId={null} label={t('documentsUi.cycleButton')} />
        <Button icon={<ArrowDownloadRegular />} onClick={() => save('png')}>
          {t('wheel.exportPng')}
        </Button>
        <Button icon={<ArrowDownloadRegular />} onClick={() => save('svg')}>
          {t('wheel.exportSvg')}
        </Button>
      </PageToolbar>
      <ErrorBar message={file.error} />
      <div className={styles.content}>
        <div className={styles.canvas}>
          {!wheel.data && <Spinner label={t('app.loading')} />}
          {wheel.data && wheel.data.marks.length === 0 && (
            <EmptyState
              icon={<ArrowSyncCircleRegular />}
              title={t('wheel.empty', { year })}
              body={t('wheel.emptyBody')}
              action={<Button onClick={() => navigate(`/moter?aar=${year}`)}>{t('wheel.goToMeetings')}</Button>}
            />
          )}
          {wheel.data && wheel.data.marks.length > 0 && (
            <Wheel
              data={wheel.data}
              size={wheelSize}
              monthNames={months}
              legend={legend}
              title={t('wheel.title', { year })}
              describe={describe}
              onOpen={(target) =>
                'meetingId' in target
                  ? navigate(`/moter?aar=${year}&mote=${target.meetingId}`)
                  : setEditing(items.data?.find((i) => i.id === target.itemId) ?? null)
              }
            />
          )}
        </div>
        <ItemList items={items.data ?? []} onOpen={setEditing} onNew={() => setEditing(null)} />
      </div>
      {editing !== undefined && <ItemForm item={editing} onClose={() => setEditing(undefined)} />}
    </div>
  )
}
