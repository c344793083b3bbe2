import { Radio, RadioGroup, Field } from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { measureStatuses } from '../../../shared/action-plan'
import { useApiQuery } from '../api/hooks'
import { CodeDropdown } from '../kit/CodeDropdown'
import { EntityPicker } from '../kit/EntityPicker'
import { FormDialog } from '../kit/FormDialog'
import { useForm } from '../kit/use-form'

interface Props {
  nodeId: number
  nodeLabel: string
  onClose: () => void
}

/**
 * Points a measure at a case (and its decision) or a follow-up action. A case's link may carry
 * the status its decision gives the measure; the next review offers it as a suggestion.
 */
export function LinkDialog({ nodeId, nodeLabel, onClose }: Props) {
  const { t } = useTranslation()
  const [kind, setKind] = useState<'case' | 'followUp'>('case')
  const cases = useApiQuery('cases.list', { search: '' })
  const followUps = useApiQuery('followUps.list', { includeDone: true })
  const caseOptions = useMemo(
    () =>
      (cases.data ?? []).map((c) => ({
        id: c.id,
        label: c.title,
        detail: c.handling?.numberLabel ?? c.bodyShortCode,
      })),
    [cases.data],
  )
  const followUpOptions = useMemo(
    () =>
      (followUps.data ?? []).map((f) => ({
        id: f.id,
        label: f.what,
        detail: [f.numberLabel ?? f.bodyShortCode, f.responsible].filter(Boolean).join(' · '),
      })),
    [followUps.data],
  )
  const form = useForm('planLinks.save', { nodeId, caseId: null, followUpId: null, status: null })
  return (
    <FormDialog
      title={t('plan.links.newTitle', { node: nodeLabel })}
      onClose={onClose}
      onSubmit={() => form.submit()}
      error={form.error}
      busy={form.busy}
    >
      <Field label={t('plan.links.kind')}>
        <RadioGroup
          layout="horizontal"
          value={kind}
          onChange={(_, d) => {
            const next = d.value === 'followUp' ? 'followUp' : 'case'
            setKind(next)
            form.set('caseId', null)
            form.set('followUpId', null)
            if (next === 'followUp') form.set('status', null)
          }}
        >
          <Radio value="case" label={t('plan.links.case')} />
          <Radio value="followUp" label={t('plan.links.followUp')} />
        </RadioGroup>
      </Field>
      {kind === 'case' ? (
        <>
          <EntityPicker label={t('plan.links.case')} required options={caseOptions} {...form.bind('caseId')} />
          <CodeDropdown
            label={t('plan.links.status')}
            codes={measureStatuses}
            labelOf={(s) => t(`plan.status.${s}`)}
            allLabel={t('plan.links.informOnly')}
            value={form.values.status ?? null}
            onChange={(status) => form.set('status', status)}
          />
        </>
      ) : (
        <EntityPicker
          label={t('plan.links.followUp')}
          required
          options={followUpOptions}
          {...form.bind('followUpId')}
        />
      )}
    </FormDialog>
  )
}
