import { Caption1 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '../../../shared/cases'
import { FieldGrid, FormDialog } from '../kit/FormDialog'
import { NumberField } from '../kit/NumberField'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'

/** The length and speaker of a case or standard item (a programme meeting times its cases too). */
export function TimingDialog({ item, onClose }: { item: AgendaItem; onClose: () => void }) {
  const { t } = useTranslation()
  const form = useForm('agenda.setTiming', {
    id: item.id,
    durationMinutes: item.durationMinutes,
    speaker: item.speaker,
  })
  return (
    <FormDialog
      title={t('agenda.programme.timingTitle', { title: item.title })}
      onClose={onClose}
      onSubmit={() => form.submit()}
      error={form.error}
      busy={form.busy}
    >
      <FieldGrid>
        <NumberField label={t('fields.durationMinutes')} min={0} max={600} {...form.bind('durationMinutes')} />
        <TextField label={t('fields.speaker')} {...form.bind('speaker')} />
      </FieldGrid>
      <Caption1>{t('agenda.programme.timingHint')}</Caption1>
    </FormDialog>
  )
}
