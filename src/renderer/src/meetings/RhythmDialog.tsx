import { Button, Caption1, Field, makeStyles, ToggleButton, tokens, Tooltip } from '@fluentui/react-components'
import { AddRegular, DeleteRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Rhythm } from '../../../shared/cycle'
import { useApiMutation, useApiQuery } from '../api/hooks'
import { CodeDropdown } from '../kit/CodeDropdown'
import { ErrorBar } from '../kit/ErrorBar'
import { EntityPicker } from '../kit/EntityPicker'
import { FieldGrid } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { ToolDialog } from '../kit/ToolDialog'
import { useForm } from '../kit/use-form'
import { useBodyOptions } from '../register/options'
import { monthNames } from './labels'

const useStyles = makeStyles({
  rules: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '2px' },
  rule: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  months: { display: 'grid', gridTemplateColumns: 'repeat(6, 1fr)', gap: '4px' },
  add: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
})

const weekdayCodes = ['1', '2', '3', '4', '5', '6', '7'] as const
const ordinalCodes = ['1', '2', '3', '4', '-1'] as const

/** "2. torsdag i mars og oktober, kl. 09:00–13:00" */
export function useRhythmText() {
  const { t } = useTranslation()
  const weekdays = t('cycle.weekdays').split(',')
  const months = monthNames(t)
  const ordinals = t('meetings.ordinals').split(',')
  return (r: Pick<Rhythm, 'weekday' | 'ordinal' | 'months' | 'startTime' | 'endTime'>) =>
    t('meetings.rhythmText', {
      ordinal: r.ordinal === -1 ? t('meetings.last') : ordinals[r.ordinal - 1],
      weekday: weekdays[r.weekday - 1],
      months: r.months.map((m) => months[m - 1]).join(', '),
      start: r.startTime,
      end: r.endTime,
    })
}

/** Each body's meeting rhythm: the rules "Planlegg året" makes meetings from. */
export function RhythmDialog({ initialBodyId, onClose }: { initialBodyId: number | null; onClose: () => void }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [bodyId, setBodyId] = useState<number | null>(initialBodyId)
  const bodies = useBodyOptions()
  const rhythms = useApiQuery('rhythms.list', { bodyId: bodyId ?? undefined }, bodyId !== null)
  const remove = useApiMutation('rhythms.delete')
  const describe = useRhythmText()
  const bodyName = bodies.find((b) => b.id === bodyId)?.label ?? ''
  return (
    <ToolDialog
      title={bodyName ? t('meetings.rhythmTitle', { body: bodyName }) : t('meetings.rhythmTitleNone')}
      onClose={onClose}
    >
      <EntityPicker label={t('fields.bodyId')} required options={bodies} value={bodyId} onChange={setBodyId} />
      <ErrorBar message={remove.error?.message} />
      {bodyId !== null && (
        <>
          {rhythms.data?.length === 0 && <Caption1>{t('meetings.rhythmEmpty')}</Caption1>}
          <ul className={styles.rules}>
            {rhythms.data?.map((r) => (
              <li key={r.id} className={styles.rule}>
                <span>{describe(r)}</span>
                <Tooltip content={t('app.remove')} relationship="label">
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    onClick={() => remove.mutate({ id: r.id })}
                  />
                </Tooltip>
              </li>
            ))}
          </ul>
          <RuleForm key={`${bodyId}-${rhythms.data?.length ?? 0}`} bodyId={bodyId} />
        </>
      )}
    </ToolDialog>
  )
}

function RuleForm({ bodyId }: { bodyId: number }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const weekdays = t('cycle.weekdays').split(',')
  const ordinals = t('meetings.ordinals').split(',')
  const months = t('meetings.monthShort').split(',')
  const form = useForm('rhythms.save', {
    bodyId,
    weekday: 4,
    ordinal: 2,
    months: [],
    startTime: '09:00',
    endTime: '12:00',
    place: '',
  })
  const chosen = form.values.months
  const toggle = (month: number) =>
    form.set(
      'months',
      chosen.includes(month) ? chosen.filter((m) => m !== month) : [...chosen, month].sort((a, b) => a - b),
    )
  return (
    <form
      className={styles.add}
      onSubmit={(event) => {
        event.preventDefault()
        void form.submit()
      }}
    >
      <FieldGrid>
        <CodeDropdown
          label={t('fields.ordinal')}
          codes={ordinalCodes}
          labelOf={(code) => (code === '-1' ? t('meetings.last') : ordinals[Number(code) - 1])}
          value={String(form.values.ordinal) as (typeof ordinalCodes)[number]}
          onChange={(code) => code && form.set('ordinal', Number(code) as 1 | 2 | 3 | 4 | -1)}
        />
        <CodeDropdown
          label={t('fields.weekday')}
          codes={weekdayCodes}
          labelOf={(code) => weekdays[Number(code) - 1]}
          value={String(form.values.weekday) as (typeof weekdayCodes)[number]}
          onChange={(code) => code && form.set('weekday', Number(code))}
        />
      </FieldGrid>
      <Field label={t('fields.months')} required validationMessage={form.fieldError('months')}>
        <div className={styles.months} role="group" aria-label={t('fields.months')}>
          {months.map((name, i) => (
            <ToggleButton key={name} size="small" checked={chosen.includes(i + 1)} onClick={() => toggle(i + 1)}>
              {name}
            </ToggleButton>
          ))}
        </div>
      </Field>
      <FieldGrid>
        <TextField label={t('fields.startTime')} required {...form.bind('startTime')} />
        <TextField label={t('fields.endTime')} required {...form.bind('endTime')} />
      </FieldGrid>
      <Button type="submit" icon={<AddRegular />} disabled={form.busy} style={{ alignSelf: 'flex-start' }}>
        {t('meetings.addRhythm')}
      </Button>
    </form>
  )
}
