import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components'
import { AddRegular, DeleteRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanInputEntry } from '../../../shared/action-plan'
import { formatDate } from '../../../shared/dates'
import { ApiFailure, useApiMutation } from '../api/hooks'
import { DetailSection } from '../kit/DetailPane'
import { ErrorBar } from '../kit/ErrorBar'
import { InputDialog } from './InputDialog'

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'grid', gridTemplateColumns: '1fr auto', columnGap: tokens.spacingHorizontalXS },
  who: { color: tokens.colorNeutralForeground3 },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
})

interface Props {
  planId: number
  nodeId: number
  reviewId: number | null
  nodeLabel: string
  inputs: PlanInputEntry[]
}

/** What the regions and bodies said about this measure or goal, newest first. */
export function InputsSection({ planId, nodeId, reviewId, nodeLabel, inputs }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [adding, setAdding] = useState(false)
  const remove = useApiMutation('planInputs.delete')
  const sorted = [...inputs].sort((a, b) => b.givenOn.localeCompare(a.givenOn) || b.id - a.id)
  return (
    <DetailSection
      title={t('plan.inputs.title', { count: inputs.length })}
      action={
        <Button size="small" appearance="subtle" icon={<AddRegular />} onClick={() => setAdding(true)}>
          {t('plan.inputs.add')}
        </Button>
      }
    >
      {sorted.length === 0 ? (
        <p className={styles.empty}>{t('plan.inputs.empty')}</p>
      ) : (
        <ul className={styles.list} aria-label={t('plan.inputs.listLabel')}>
          {sorted.map((input) => (
            <li key={input.id} className={styles.item}>
              <div>
                <Caption1 className={styles.who}>
                  {[input.fromBodyShortCode, input.personName, formatDate(input.givenOn)].filter(Boolean).join(' · ')}
                </Caption1>
                <p className={styles.text}>{input.text}</p>
              </div>
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t('plan.inputs.delete', { body: input.fromBodyShortCode })}
                onClick={() => remove.mutate({ id: input.id })}
              />
            </li>
          ))}
        </ul>
      )}
      <ErrorBar message={remove.error instanceof ApiFailure ? remove.error.message : null} />
      {adding && (
        <InputDialog
          planId={planId}
          nodeId={nodeId}
          reviewId={reviewId}
          nodeLabel={nodeLabel}
          onClose={() => setAdding(false)}
        />
      )}
    </DetailSection>
  )
}
