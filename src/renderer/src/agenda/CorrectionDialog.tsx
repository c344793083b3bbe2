import { Body1 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '../../../shared/cases'
import { FormDialog } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import type { MinutesValues } from './MinutesFields'

interface Props {
  item: AgendaItem
  values: MinutesValues
  onClose: () => void
}

/** Saves a change to approved minutes with the reason for it, recorded as a correction. */
export function CorrectionDialog({ item, values, onClose }: Props) {
  const { t } = useTranslation()
  const form = useForm('minutes.saveItem', { id: item.id, ...values, correctionReason: '' })
  return (
    <FormDialog
      title={t('agenda.minutes.correctionTitle')}
      submitLabel={t('agenda.minutes.correctionSave')}
      onClose={onClose}
      onSubmit={() => form.submit()}
      error={form.error}
      busy={form.busy}
    >
      <Body1>{t('agenda.minutes.correctionBody', { title: item.title })}</Body1>
      <TextField label={t('fields.correctionReason')} required autoFocus multiline {...form.bind('correctionReason')} />
    </FormDialog>
  )
}
