import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { meetingKinds, type Meeting } from '../../../shared/cycle'
import { useApiQuery } from '../api/hooks'
import { NumberField } from '../kit/NumberField'
import { CodeDropdown } from '../kit/CodeDropdown'
import { DateField } from '../kit/DateField'
import { EntityPicker } from '../kit/EntityPicker'
import { FieldGrid, FieldGrid3, FormDialog } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { useBodyOptions } from '../register/options'

interface Props {
  /** null for a new meeting. */
  meeting: Meeting | null
  defaultBodyId: number | null
  defaultDate: string
  onClose: () => void
}

/** Plans or changes a meeting; a move after the notice asks for confirmation first. */
export function MeetingForm({ meeting: m, defaultBodyId, defaultDate, onClose }: Props) {
  const { t } = useTranslation()
  const bodies = useBodyOptions()
  const form = useForm('meetings.save', {
    ...(m ? { id: m.id } : {}),
    bodyId: m?.bodyId ?? defaultBodyId,
    date: m?.date ?? defaultDate,
    startTime: m?.startTime ?? '09:00',
    endTime: m?.endTime ?? '12:00',
    place: m?.place ?? '',
    videoLink: m?.videoLink ?? '',
    kind: m?.kind ?? 'ordinary',
    notes: m?.notes ?? '',
    caseDeadlineWorkingDays: m?.overrides.caseDeadlineWorkingDays ?? null,
    noticeDays: m?.overrides.noticeDays ?? null,
    minutesWorkingDays: m?.overrides.minutesWorkingDays ?? null,
  })
  const body = useApiQuery('bodies.get', { id: form.values.bodyId ?? 0 }, Boolean(form.values.bodyId))
  const bodyRules = body.data?.body
  const needsConfirmation = form.errors.find((e) => e.code === 'confirmation_required')
  // "Flytt likevel" submits the form with the confirmation, so the dialog closes the usual way.
  const confirming = useRef(false)
  return (
    <FormDialog
      title={m ? t('meetings.editTitle') : t('meetings.newTitle')}
      onClose={onClose}
      onSubmit={() => form.submit(confirming.current ? { confirmMove: true } : {})}
      error={form.error}
      busy={form.busy}
    >
      {needsConfirmation && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{needsConfirmation.message}</MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              appearance="primary"
              onClick={async () => (await form.submit({ confirmMove: true })) && onClose()}
            >
              {t('meetings.confirmMove')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <EntityPicker label={t('fields.bodyId')} required options={bodies} {...form.bind('bodyId')} />
      <FieldGrid>
        <DateField
          label={t('fields.date')}
          required
          value={form.values.date}
          onChange={(value) => form.set('date', value ?? '')}
          validationMessage={needsConfirmation ? undefined : form.fieldError('date')}
        />
        <CodeDropdown
          label={t('fields.kind')}
          codes={meetingKinds}
          labelOf={(code) => t(`cycle.kind.${code}`)}
          value={form.values.kind ?? 'ordinary'}
          onChange={(kind) => kind && form.set('kind', kind)}
        />
        <TextField label={t('fields.startTime')} required {...form.bind('startTime')} />
        <TextField label={t('fields.endTime')} required {...form.bind('endTime')} />
        <TextField label={t('fields.place')} {...form.bind('place')} />
        <TextField label={t('fields.videoLink')} {...form.bind('videoLink')} />
      </FieldGrid>
      <FieldGrid3>
        {(['caseDeadlineWorkingDays', 'noticeDays', 'minutesWorkingDays'] as const).map((rule) => (
          <NumberField
            key={rule}
            label={t(`fields.${rule}`)}
            min={0}
            max={60}
            hint={t('meetings.overrideHint', { value: bodyRules?.[rule] ?? '' })}
            {...form.bind(rule)}
          />
        ))}
      </FieldGrid3>
      <TextField label={t('fields.notes')} multiline {...form.bind('notes')} />
    </FormDialog>
  )
}
