import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { childLevels, planLevels, type MatrixRow, type PlanLevel } from '../../../shared/action-plan'
import { useApiMutation } from '../api/hooks'
import { CodeDropdown } from '../kit/CodeDropdown'
import { FormDialog } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'

export interface NewNodeTarget {
  /** null: a focus area. */
  parent: MatrixRow | null
  level: PlanLevel
  /** Put the new one right after this sibling; null: last. */
  after: MatrixRow | null
}

interface Props {
  planId: number
  target: NewNodeTarget
  onClose: () => void
  /** After the dialog has closed: the new row, to select it. */
  onCreated: (id: number) => void
}

/** A new focus area, goal or measure: its text first; the rest is filled in beside the matrix. */
export function NewNodeDialog({ planId, target, onClose, onCreated }: Props) {
  const { t } = useTranslation()
  const created = useRef<number | null>(null)
  const move = useApiMutation('planNodes.move')
  const levels = target.parent ? childLevels(target.parent.level) : (['focusArea'] as PlanLevel[])
  const choices = target.after ? [target.level] : levels.length > 0 ? levels : [target.level]
  const form = useForm('planNodes.save', {
    planId,
    parentId: target.parent?.id ?? null,
    level: target.after ? target.level : (choices[0] ?? target.level),
    title: '',
    responsibleOrganisationId: null,
    responsibleBodyId: null,
    responsiblePersonId: null,
    timeFrame: '',
    resources: '',
    indicator: '',
    notes: '',
  })
  const level = form.values.level ?? target.level
  const where = target.parent
    ? t('plan.node.under', { number: target.parent.number, title: target.parent.title })
    : t('plan.node.topLevel')

  async function submit() {
    const saved = await form.submit()
    if (!saved) return null
    if (target.after) {
      // Right after the sibling it was made from, not last among them.
      const index = Number(target.after.number.split('.').pop())
      await move
        .mutateAsync({ id: saved.id, parentId: target.parent?.id ?? null, position: index + 1 })
        // Placed last instead: the node exists, and the user can still move it with Alt+↑.
        .catch(() => undefined)
    }
    created.current = saved.id
    return saved
  }

  return (
    <FormDialog
      title={t(`plan.node.newTitle.${level}`)}
      onClose={() => {
        onClose()
        if (created.current !== null) onCreated(created.current)
      }}
      onSubmit={submit}
      error={form.error}
      busy={form.busy}
      submitLabel={t('plan.node.create')}
    >
      <p style={{ margin: 0 }}>{where}</p>
      {choices.length > 1 && (
        <CodeDropdown
          label={t('plan.node.level')}
          codes={planLevels.filter((l) => choices.includes(l))}
          labelOf={(code) => t(`plan.levels.${code}`)}
          value={level}
          onChange={(code) => code && form.set('level', code)}
        />
      )}
      <TextField label={t('plan.node.title')} required autoFocus {...form.bind('title')} />
    </FormDialog>
  )
}
