import { Field, makeStyles, Textarea, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MatrixRow, PlanNodeData } from '../../../shared/action-plan'
import { ApiFailure, useApiMutation } from '../api/hooks'
import { SaveState } from '../cases/SaveState'
import { useAutosave } from '../cases/use-autosave'
import { EntityPicker } from '../kit/EntityPicker'
import { TextField } from '../kit/TextField'
import { useBodyOptions, useOrganisationOptions, usePeopleOptions } from '../register/options'

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
    '& .fui-Input, & .fui-Combobox': { minWidth: 0 },
  },
  state: { alignSelf: 'flex-end' },
})

type Draft = Omit<PlanNodeData, 'id'> & { id: number }

const draftOf = (row: MatrixRow, planId: number): Draft => ({
  id: row.id,
  planId,
  parentId: row.parentId,
  level: row.level,
  title: row.title,
  responsibleOrganisationId: row.responsibleOrganisationId,
  responsibleBodyId: row.responsibleBodyId,
  responsiblePersonId: row.responsiblePersonId,
  timeFrame: row.timeFrame,
  resources: row.resources,
  indicator: row.indicator,
  notes: row.notes,
})

/**
 * Everything about one node, saved as it is typed (the matrix follows). A refusal shows beside
 * the field it names and the text stays, to be corrected and saved again.
 */
export function NodeFields({ row, planId }: { row: MatrixRow; planId: number }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const organisations = useOrganisationOptions()
  const bodies = useBodyOptions()
  const people = usePeopleOptions()
  const [draft, setDraft] = useState(() => draftOf(row, planId))
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null)
  const save = useApiMutation('planNodes.save')
  const autosave = useAutosave(
    draft,
    async (value) => {
      try {
        await save.mutateAsync(value)
        setFieldError(null)
      } catch (error) {
        if (error instanceof ApiFailure) setFieldError({ field: error.error.field ?? '', message: error.message })
        throw error
      }
    },
    { delayMs: 700 },
  )
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const messageFor = (field: keyof Draft) => (fieldError?.field === field ? fieldError.message : undefined)
  const isMeasure = row.level === 'measure'

  return (
    <div className={styles.fields}>
      <Field label={t('plan.node.title')} required validationMessage={messageFor('title')}>
        <Textarea
          value={draft.title}
          resize="vertical"
          rows={3}
          onChange={(_, d) => set('title', d.value)}
          onBlur={() => void autosave.flush().catch(() => {})}
        />
      </Field>
      <EntityPicker
        label={t('plan.node.responsibleOrganisation')}
        options={organisations}
        value={draft.responsibleOrganisationId}
        onChange={(id) => set('responsibleOrganisationId', id)}
        validationMessage={messageFor('responsibleOrganisationId')}
      />
      <div className={styles.pair}>
        <EntityPicker
          label={t('plan.node.responsibleBody')}
          options={bodies}
          value={draft.responsibleBodyId}
          onChange={(id) => set('responsibleBodyId', id)}
          validationMessage={messageFor('responsibleBodyId')}
        />
        <EntityPicker
          label={t('plan.node.responsiblePerson')}
          options={people}
          value={draft.responsiblePersonId}
          onChange={(id) => set('responsiblePersonId', id)}
          validationMessage={messageFor('responsiblePersonId')}
        />
      </div>
      <div className={styles.pair}>
        <TextField
          label={t('plan.node.timeFrame')}
          value={draft.timeFrame}
          onChange={(v) => set('timeFrame', v)}
          validationMessage={messageFor('timeFrame')}
        />
        <TextField
          label={t('plan.node.resources')}
          value={draft.resources}
          onChange={(v) => set('resources', v)}
          validationMessage={messageFor('resources')}
        />
      </div>
      {(isMeasure || draft.indicator) && (
        <TextField
          label={t('plan.node.indicator')}
          hint={t('plan.node.indicatorHint')}
          multiline
          value={draft.indicator}
          onChange={(v) => set('indicator', v)}
          validationMessage={messageFor('indicator')}
        />
      )}
      <TextField
        label={t('plan.node.notes')}
        multiline
        value={draft.notes}
        onChange={(v) => set('notes', v)}
        validationMessage={messageFor('notes')}
      />
      <SaveState className={styles.state} state={autosave.state} error={autosave.error} />
    </div>
  )
}
