import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  mergeClasses,
  Textarea,
  tokens,
} from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { measureStatuses, type MatrixRow, type MeasureStatus } from '../../../shared/action-plan'
import type { StatusKey } from '../../../shared/plan-summary'
import { ApiFailure, useApiMutation } from '../api/hooks'
import { SaveState } from '../cases/SaveState'
import { useAutosave } from '../cases/use-autosave'
import { ErrorBar } from '../kit/ErrorBar'
import { statusColour, statusTint, useStatusWord } from './StatusPill'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  choices: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
  choice: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '6px',
    height: '28px',
    padding: '0 10px 0 8px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  chosen: { fontWeight: tokens.fontWeightSemibold },
  dot: { width: '10px', height: '10px', borderRadius: '50%' },
  key: { color: tokens.colorNeutralForeground4, fontSize: tokens.fontSizeBase100 },
  previous: { color: tokens.colorNeutralForeground3 },
  previousComment: { fontStyle: 'italic' },
})

const keyOf: Record<StatusKey, string> = { red: '1', yellow: '2', green: '3', dropped: '4', none: '0' }

interface Props {
  row: MatrixRow
  reviewId: number
  reviewTitle: string
  /** "2024", or null when there is no earlier review. */
  previousLabel: string | null
}

/**
 * The measure's status in this review (five choices, each with its key on the matrix), the
 * comment, and beside them what the previous review said; a linked case's decision as a suggestion.
 */
export function StatusEditor({ row, reviewId, reviewTitle, previousLabel }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const word = useStatusWord()
  const setStatus = useApiMutation('reviews.setStatus')
  const [comment, setComment] = useState(row.comment)
  const [error, setError] = useState<string | null>(null)
  const choose = (status: MeasureStatus | null, text = comment) => {
    setError(null)
    setStatus.mutate(
      { reviewId, nodeId: row.id, status, comment: status === null ? '' : text },
      { onError: (e) => setError(e instanceof ApiFailure ? e.message : String(e)) },
    )
  }
  const autosave = useAutosave(
    comment,
    async (text) => {
      if (row.status === null) return
      await setStatus.mutateAsync({ reviewId, nodeId: row.id, status: row.status, comment: text })
    },
    { delayMs: 700 },
  )

  return (
    <div className={styles.root}>
      <div className={styles.choices} role="group" aria-label={t('plan.statusEditor.label', { review: reviewTitle })}>
        {[...measureStatuses, null].map((status) => {
          const key = status ?? 'none'
          const chosen = row.status === status
          return (
            <button
              key={key}
              type="button"
              aria-pressed={chosen}
              aria-keyshortcuts={keyOf[key]}
              className={mergeClasses(styles.choice, chosen && styles.chosen)}
              style={
                chosen
                  ? {
                      backgroundColor: statusTint[key],
                      borderColor: statusColour[key],
                      boxShadow: `inset 0 0 0 1px ${statusColour[key]}`,
                    }
                  : undefined
              }
              onClick={() => choose(status)}
            >
              <span
                className={styles.dot}
                style={{
                  backgroundColor: status ? statusColour[key] : 'transparent',
                  border: status ? undefined : `1.5px dashed ${statusColour.dropped}`,
                }}
                aria-hidden
              />
              {word(status)}
              <span className={styles.key} aria-hidden>
                {keyOf[key]}
              </span>
            </button>
          )
        })}
      </div>
      {previousLabel && (
        <Caption1 className={styles.previous}>
          {t('plan.statusEditor.previous', { review: previousLabel, status: word(row.previousStatus) })}
        </Caption1>
      )}
      {row.suggestedStatus && row.suggestedStatus.status !== row.status && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t('plan.statusEditor.suggestion', {
              label: row.suggestedStatus.label,
              status: word(row.suggestedStatus.status),
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              aria-label={t('plan.statusEditor.useSuggestion', { status: word(row.suggestedStatus.status) })}
              onClick={() => row.suggestedStatus && choose(row.suggestedStatus.status)}
            >
              {t('plan.statusEditor.use')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Field
        label={t('plan.statusEditor.comment')}
        hint={row.status === null ? t('plan.statusEditor.commentHint') : undefined}
      >
        <Textarea
          value={comment}
          disabled={row.status === null}
          resize="vertical"
          rows={2}
          onChange={(_, d) => setComment(d.value)}
          onBlur={() => void autosave.flush().catch(() => {})}
        />
      </Field>
      {row.status !== null && <SaveState state={autosave.state} error={autosave.error} />}
      <ErrorBar message={error} />
    </div>
  )
}
