import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { localIsoDate } from '../../../shared/dates'
import { useApiQuery } from '../api/hooks'
import { DateField } from '../kit/DateField'
import { EntityPicker } from '../kit/EntityPicker'
import { FieldGrid, FormDialog } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { usePeopleOptions } from '../register/options'

interface Props {
  planId: number
  /** The measure or goal; null: input on the plan as a whole. */
  nodeId: number | null
  reviewId: number | null
  /** For the title: "Innspill til 1.2.3". */
  nodeLabel: string
  onClose: () => void
}

/**
 * Input from a region's RS or another body, with who gave it and when. The RS come first in the
 * list: before SSU decides, every region gives its input (seed 001).
 */
export function InputDialog({ planId, nodeId, reviewId, nodeLabel, onClose }: Props) {
  const { t } = useTranslation()
  const bodies = useApiQuery('bodies.list', {})
  const people = usePeopleOptions()
  const bodyOptions = useMemo(
    () =>
      [...(bodies.data ?? [])]
        .sort((a, b) => Number(b.regionId !== null) - Number(a.regionId !== null))
        .map((b) => ({ id: b.id, label: b.name, detail: b.shortCode })),
    [bodies.data],
  )
  const form = useForm('planInputs.save', {
    planId,
    nodeId,
    reviewId,
    fromBodyId: null,
    personId: null,
    givenOn: localIsoDate(),
    text: '',
  })
  return (
    <FormDialog
      title={t('plan.inputs.newTitle', { node: nodeLabel })}
      onClose={onClose}
      onSubmit={() => form.submit()}
      error={form.error}
      busy={form.busy}
    >
      <FieldGrid>
        <EntityPicker label={t('plan.inputs.fromBody')} required options={bodyOptions} {...form.bind('fromBodyId')} />
        <DateField
          label={t('plan.inputs.givenOn')}
          required
          value={form.values.givenOn}
          onChange={(value) => form.set('givenOn', value ?? '')}
          validationMessage={form.fieldError('givenOn')}
        />
      </FieldGrid>
      <EntityPicker label={t('plan.inputs.person')} options={people} {...form.bind('personId')} />
      <TextField label={t('plan.inputs.text')} required multiline {...form.bind('text')} />
    </FormDialog>
  )
}
