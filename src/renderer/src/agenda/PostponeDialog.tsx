import { Body1, Field, Radio, RadioGroup, Spinner } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '../../../shared/cases'
import type { Meeting } from '../../../shared/cycle'
import { formatDate } from '../../../shared/dates'
import { statusOrder } from '../../../shared/meeting-life'
import { useApiQuery } from '../api/hooks'
import { FormDialog } from '../kit/FormDialog'
import { useForm } from '../kit/use-form'
import { meetingTitle } from './format'

interface Props {
  meeting: Meeting
  item: AgendaItem
  onClose: () => void
}

/** Moves a case to a later meeting of the same body (this year or next), or back to the queue. */
export function PostponeDialog({ meeting, item, onClose }: Props) {
  const { t } = useTranslation()
  const year = Number(meeting.date.slice(0, 4))
  const thisYear = useApiQuery('meetings.list', { year, bodyId: meeting.bodyId })
  const nextYear = useApiQuery('meetings.list', { year: year + 1, bodyId: meeting.bodyId })
  const later = [...(thisYear.data ?? []), ...(nextYear.data ?? [])].filter(
    (m) =>
      m.id !== meeting.id &&
      (m.date > meeting.date || (m.date === meeting.date && m.startTime > meeting.startTime)) &&
      m.status !== 'cancelled' &&
      statusOrder[m.status] < statusOrder.held,
  )
  const loading = !thisYear.data || !nextYear.data
  const [choice, setChoice] = useState<string | null>(null)
  const chosen = choice ?? (later[0] ? String(later[0].id) : 'queue')
  const form = useForm('agenda.postpone', { id: item.id, toMeetingId: null })

  return (
    <FormDialog
      title={t('agenda.postpone.title', { title: item.title })}
      submitLabel={t('agenda.postpone.confirm')}
      onClose={onClose}
      onSubmit={() => form.submit({ toMeetingId: chosen === 'queue' ? null : Number(chosen) })}
      error={form.error}
      busy={form.busy || loading}
    >
      {item.numberFixed && item.numberLabel && (
        <Body1>{t('agenda.postpone.keepsNumber', { number: item.numberLabel })}</Body1>
      )}
      {loading ? (
        <Spinner size="small" label={t('app.loading')} />
      ) : (
        <Field label={t('agenda.postpone.label')} validationMessage={form.fieldError('toMeetingId')}>
          <RadioGroup value={chosen} onChange={(_, d) => setChoice(d.value)}>
            {later.map((m) => (
              <Radio
                key={m.id}
                value={String(m.id)}
                label={t('agenda.postpone.meeting', { label: meetingTitle(t, m), date: formatDate(m.date) })}
              />
            ))}
            <Radio value="queue" label={t('agenda.postpone.queue')} />
          </RadioGroup>
        </Field>
      )}
      {!loading && later.length === 0 && (
        <Body1>{t('agenda.postpone.none', { body: meeting.bodyShortCode, year, next: year + 1 })}</Body1>
      )}
    </FormDialog>
  )
}
