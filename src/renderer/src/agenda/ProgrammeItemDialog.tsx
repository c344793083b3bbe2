import { useTranslation } from 'react-i18next'
import { programmeKinds, type AgendaItem } from '../../../shared/cases'
import { CodeDropdown } from '../kit/CodeDropdown'
import { FieldGrid, FormDialog } from '../kit/FormDialog'
import { NumberField } from '../kit/NumberField'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'

interface Props {
  meetingId: number
  /** null for a new item. */
  item: AgendaItem | null
  onClose: () => void
}

/** A programme item: an introduction, a table dialogue, a break; with its length and speaker. */
export function ProgrammeItemDialog({ meetingId, item, onClose }: Props) {
  const { t } = useTranslation()
  const form = useForm('agenda.saveItem', {
    ...(item ? { id: item.id } : {}),
    meetingId,
    title: item?.title ?? '',
    programmeKind: item?.programmeKind ?? 'intro',
    durationMinutes: item?.durationMinutes ?? null,
    speaker: item?.speaker ?? '',
  })
  return (
    <FormDialog
      title={item ? t('agenda.programme.editTitle') : t('agenda.programme.newTitle')}
      onClose={onClose}
      onSubmit={() => form.submit()}
      error={form.error}
      busy={form.busy}
    >
      <TextField label={t('fields.title')} required autoFocus {...form.bind('title')} />
      <FieldGrid>
        <CodeDropdown
          label={t('fields.programmeKind')}
          codes={programmeKinds}
          labelOf={(code) => t(`agenda.programmeKind.${code}`)}
          value={form.values.programmeKind ?? 'other'}
          onChange={(kind) => kind && form.set('programmeKind', kind)}
        />
        <NumberField label={t('fields.durationMinutes')} min={0} max={600} {...form.bind('durationMinutes')} />
      </FieldGrid>
      <TextField label={t('fields.speaker')} {...form.bind('speaker')} />
    </FormDialog>
  )
}
