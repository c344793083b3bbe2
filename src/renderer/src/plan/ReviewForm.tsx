import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Review } from '../../../shared/action-plan'
import { localIsoDate } from '../../../shared/dates'
import { DateField } from '../kit/DateField'
import { FormDialog } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'

interface Props {
  planId: number
  /** null for a new review. */
  review: Review | null
  onClose: () => void
  /** After the dialog has closed, with the saved review (to show it). */
  onSaved?: (review: Review) => void
}

/** A status round: "Årlig gjennomgang 2026" on a date, in which every measure gets a status. */
export function ReviewForm({ planId, review, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const today = localIsoDate()
  const saved = useRef<Review | null>(null)
  const form = useForm('reviews.save', {
    ...(review ? { id: review.id } : {}),
    planId,
    title: review?.title ?? t('plan.review.defaultTitle', { year: today.slice(0, 4) }),
    date: review?.date ?? today,
    notes: review?.notes ?? '',
  })
  return (
    <FormDialog
      title={review ? t('plan.review.editTitle') : t('plan.review.newTitle')}
      onClose={() => {
        onClose()
        if (saved.current) onSaved?.(saved.current)
      }}
      onSubmit={async () => (saved.current = await form.submit())}
      error={form.error}
      busy={form.busy}
    >
      <TextField label={t('plan.review.title')} required autoFocus {...form.bind('title')} />
      <DateField
        label={t('plan.review.date')}
        required
        value={form.values.date}
        onChange={(value) => form.set('date', value ?? '')}
        validationMessage={form.fieldError('date')}
      />
      <TextField label={t('plan.fields.notes')} multiline {...form.bind('notes')} />
    </FormDialog>
  )
}
