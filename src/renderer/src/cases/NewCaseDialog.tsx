import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { caseKinds } from '../../../shared/cases'
import { CodeDropdown } from '../kit/CodeDropdown'
import { EntityPicker } from '../kit/EntityPicker'
import { FieldGrid, FormDialog } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { useBodyOptions, usePeopleOptions } from '../register/options'

/** A new case from its title, body, type and officer; the case document opens once it is made. */
export function NewCaseDialog({ defaultBodyId, onClose }: { defaultBodyId: number | null; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const bodies = useBodyOptions()
  const people = usePeopleOptions()
  const created = useRef<number | null>(null)
  const form = useForm('cases.save', {
    bodyId: defaultBodyId,
    title: '',
    kind: 'decision',
    officerPersonId: null,
    archiveRef: '',
  })
  return (
    <FormDialog
      title={t('cases.newTitle')}
      submitLabel={t('cases.create')}
      // The case opens after the dialog has gone, so focus returns to a page that is still there.
      onClose={() => (created.current === null ? onClose() : navigate(`/saker/${created.current}`))}
      onSubmit={async () => {
        const saved = await form.submit()
        if (saved) created.current = saved.id
        return saved
      }}
      error={form.error}
      busy={form.busy}
    >
      <TextField label={t('fields.title')} required autoFocus {...form.bind('title')} />
      <FieldGrid>
        <EntityPicker label={t('fields.bodyId')} required options={bodies} {...form.bind('bodyId')} />
        <CodeDropdown
          label={t('fields.kind')}
          codes={caseKinds}
          labelOf={(code) => t(`cases.kind.${code}`)}
          value={form.values.kind ?? 'decision'}
          onChange={(kind) => kind && form.set('kind', kind)}
        />
        <EntityPicker label={t('fields.officerPersonId')} options={people} {...form.bind('officerPersonId')} />
        <TextField label={t('fields.archiveRef')} {...form.bind('archiveRef')} />
      </FieldGrid>
    </FormDialog>
  )
}
