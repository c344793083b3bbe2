import { Button, Combobox, Field, Option } from '@fluentui/react-components'
import { DeleteRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { itemAnchors, itemTimings, type CycleItem } from '../../../shared/cycle'
import { useApiMutation } from '../api/hooks'
import { CodeDropdown } from '../kit/CodeDropdown'
import { EntityPicker } from '../kit/EntityPicker'
import { ErrorBar } from '../kit/ErrorBar'
import { NumberField } from '../kit/NumberField'
import { FieldGrid, FormDialog } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { monthNames } from '../meetings/labels'
import { useBodyOptions } from '../register/options'

/** Shown the Norwegian way, 01.12; stored as 12-01. */
const dayMonthText = (monthDay: string | null | undefined) => {
  const m = /^(\d{2})-(\d{2})$/.exec(monthDay ?? '')
  return m ? `${m[2]}.${m[1]}` : (monthDay ?? '')
}
const monthDayFrom = (text: string): string | null => {
  if (text.trim() === '') return null
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.?\s*$/.exec(text)
  return m ? `${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : text
}

const monthCodes = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const

/** A yearly item: in a month, or tied to a body's meeting, with the bodies that must go first. */
export function ItemForm({ item, onClose }: { item: CycleItem | null; onClose: () => void }) {
  const { t } = useTranslation()
  const bodies = useBodyOptions()
  const months = monthNames(t)
  const form = useForm('cycleItems.save', {
    ...(item ? { id: item.id } : {}),
    title: item?.title ?? '',
    bodyId: item?.bodyId ?? null,
    category: item?.category ?? '',
    responsible: item?.responsible ?? '',
    timing: item?.timing ?? 'month',
    month: item?.month ?? null,
    week: item?.week ?? null,
    anchor: item?.anchor ?? 'last_before',
    anchorDate: item?.anchorDate ?? null,
    prerequisiteBodyIds: item?.prerequisiteBodyIds ?? [],
    notes: item?.notes ?? '',
  })
  const { values, set } = form
  const remove = useApiMutation('cycleItems.delete')
  const chosen = values.prerequisiteBodyIds ?? []
  return (
    <FormDialog
      title={item ? t('items.editTitle') : t('items.newTitle')}
      onClose={onClose}
      onSubmit={() => form.submit()}
      error={form.error}
      busy={form.busy}
      secondary={
        item
          ? (close) => (
              <Button icon={<DeleteRegular />} onClick={() => remove.mutate({ id: item.id }, { onSuccess: close })}>
                {t('app.delete')}
              </Button>
            )
          : undefined
      }
    >
      <ErrorBar message={remove.error?.message} />
      <TextField label={t('fields.title')} required autoFocus {...form.bind('title')} />
      <FieldGrid>
        <TextField label={t('fields.category')} required {...form.bind('category')} />
        <TextField label={t('fields.responsible')} {...form.bind('responsible')} />
        <CodeDropdown
          label={t('fields.timing')}
          codes={itemTimings}
          labelOf={(code) => t(`items.timing.${code}`)}
          value={values.timing}
          onChange={(timing) => timing && set('timing', timing)}
        />
        {values.timing === 'month' && (
          <CodeDropdown
            label={t('fields.month')}
            required
            codes={monthCodes}
            labelOf={(code) => months[Number(code) - 1]}
            value={values.month ? (String(values.month) as (typeof monthCodes)[number]) : null}
            onChange={(code) => set('month', code ? Number(code) : null)}
            validationMessage={form.fieldError('month')}
          />
        )}
        {values.timing === 'week' && (
          <NumberField label={t('fields.week')} required min={1} max={53} {...form.bind('week')} />
        )}
        <EntityPicker
          label={t('fields.bodyId')}
          required={values.timing === 'meeting'}
          placeholder={values.timing === 'meeting' ? undefined : t('cycle.allBodies')}
          options={bodies}
          {...form.bind('bodyId')}
        />
        {values.timing === 'meeting' && (
          <>
            <CodeDropdown
              label={t('fields.anchor')}
              required
              codes={itemAnchors}
              labelOf={(code) => t(`items.anchor.${code}`)}
              value={values.anchor ?? null}
              onChange={(anchor) => set('anchor', anchor)}
              validationMessage={form.fieldError('anchor')}
            />
            <TextField
              label={t('fields.anchorDate')}
              required
              hint={t('items.anchorDateHint')}
              value={dayMonthText(values.anchorDate)}
              onChange={(text) => set('anchorDate', monthDayFrom(text))}
              validationMessage={form.fieldError('anchorDate')}
            />
          </>
        )}
      </FieldGrid>
      {values.timing === 'meeting' && (
        <Field label={t('fields.prerequisiteBodyIds')} validationMessage={form.fieldError('prerequisiteBodyIds')}>
          <Combobox
            multiselect
            placeholder={t('app.none')}
            selectedOptions={chosen.map(String)}
            value={bodies
              .filter((b) => chosen.includes(b.id))
              .map((b) => b.detail ?? b.label)
              .join(', ')}
            onOptionSelect={(_, d) => set('prerequisiteBodyIds', d.selectedOptions.map(Number))}
          >
            {bodies.map((b) => (
              <Option key={b.id} value={String(b.id)}>
                {b.label}
              </Option>
            ))}
          </Combobox>
        </Field>
      )}
      <TextField label={t('fields.notes')} multiline {...form.bind('notes')} />
    </FormDialog>
  )
}
