import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanSummary } from '../../../shared/action-plan'
import { EntityPicker } from '../kit/EntityPicker'
import { FieldGrid, FormDialog } from '../kit/FormDialog'
import { NumberField } from '../kit/NumberField'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { useBodyOptions } from '../register/options'

interface Props {
  /** null for a new plan. */
  plan: PlanSummary | null
  onClose: () => void
  /** After the dialog has closed, with the saved plan (to open a new one). */
  onSaved?: (plan: PlanSummary) => void
}

/** Title, period, owner body, the strategy it carries out, and notes. */
export function PlanForm({ plan, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const bodies = useBodyOptions()
  const thisYear = new Date().getFullYear()
  const saved = useRef<PlanSummary | null>(null)
  const form = useForm('plans.save', {
    ...(plan ? { id: plan.id } : {}),
    title: plan?.title ?? '',
    periodFrom: plan?.periodFrom ?? thisYear,
    periodTo: plan?.periodTo ?? thisYear + 3,
    ownerBodyId: plan?.ownerBodyId ?? null,
    strategy: plan?.strategy ?? '',
    notes: plan?.notes ?? '',
  })
  return (
    <FormDialog
      title={plan ? t('plan.editTitle') : t('plan.newTitle')}
      onClose={() => {
        onClose()
        if (saved.current) onSaved?.(saved.current)
      }}
      onSubmit={async () => (saved.current = await form.submit())}
      error={form.error}
      busy={form.busy}
    >
      <TextField label={t('plan.fields.title')} required autoFocus {...form.bind('title')} />
      <FieldGrid>
        <NumberField label={t('plan.fields.periodFrom')} required min={2000} max={2100} {...form.bind('periodFrom')} />
        <NumberField label={t('plan.fields.periodTo')} required min={2000} max={2100} {...form.bind('periodTo')} />
      </FieldGrid>
      <EntityPicker label={t('plan.fields.owner')} required options={bodies} {...form.bind('ownerBodyId')} />
      <TextField label={t('plan.fields.strategy')} hint={t('plan.fields.strategyHint')} {...form.bind('strategy')} />
      <TextField label={t('plan.fields.notes')} multiline {...form.bind('notes')} />
    </FormDialog>
  )
}
