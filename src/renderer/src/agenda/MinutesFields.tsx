import { Button, Caption1, Field, Input, Label, makeStyles, Textarea, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '../../../shared/cases'
import { plainText, type RichDoc } from '../../../shared/rich-text'
import { RichTextEditor } from '../cases/editor/RichTextEditor'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  presenter: { maxWidth: '420px' },
  decisionHead: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorPaletteDarkOrangeForeground1 },
  addSummary: { alignSelf: 'flex-start', paddingLeft: 0, minWidth: 0 },
})

export interface MinutesValues {
  presenter: string
  summary: string
  decision: RichDoc
}

export const valuesOf = (item: AgendaItem): MinutesValues => ({
  presenter: item.presenter,
  summary: item.summary,
  decision: item.decision,
})

interface Props {
  item: AgendaItem
  value: MinutesValues
  onChange: (value: MinutesValues) => void
  /** The decision is still the proposal: nothing has been written in the meeting yet. */
  proposal: boolean
}

/** Who presented, what was said, and what was decided: one item's minutes. */
export function MinutesFields({ item, value, onChange, proposal }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const decisionId = useId()
  const set = (patch: Partial<MinutesValues>) => onChange({ ...value, ...patch })
  // Standard items (approvals, Eventuelt) usually take one line; they get smaller fields.
  const short = item.kind === 'standard'
  const showHint = proposal && plainText(value.decision).trim() !== ''
  // A standard item rarely has a summary: its field opens on request.
  const [summaryOpen, setSummaryOpen] = useState(!short || value.summary !== '')
  return (
    <div className={styles.root}>
      {item.kind !== 'standard' && (
        <Field
          label={item.kind === 'programme' ? t('agenda.list.speaker') : t('agenda.minutes.presenter')}
          className={styles.presenter}
        >
          <Input
            value={value.presenter}
            placeholder={item.officerName ?? item.speaker}
            onChange={(_, d) => set({ presenter: d.value })}
          />
        </Field>
      )}
      {summaryOpen ? (
        <Field label={t('agenda.minutes.summary')}>
          <Textarea
            value={value.summary}
            resize="vertical"
            rows={short ? 2 : 3}
            autoFocus={short && value.summary === ''}
            onChange={(_, d) => set({ summary: d.value })}
          />
        </Field>
      ) : (
        <Button
          className={styles.addSummary}
          appearance="transparent"
          size="small"
          icon={<AddRegular />}
          onClick={() => setSummaryOpen(true)}
        >
          {t('agenda.minutes.addSummary')}
        </Button>
      )}
      <div className={styles.decisionHead}>
        <Label htmlFor={decisionId}>{t('agenda.minutes.decision')}</Label>
        {showHint && <Caption1 className={styles.hint}>{t('agenda.minutes.proposalHint')}</Caption1>}
      </div>
      <RichTextEditor
        id={decisionId}
        label={t('agenda.minutes.decisionLabel', { title: item.title })}
        value={value.decision}
        onChange={(decision) => set({ decision })}
        minHeight={short ? 36 : 72}
      />
    </div>
  )
}
