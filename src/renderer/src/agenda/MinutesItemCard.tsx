import { Badge, Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '../../../shared/cases'
import { formatDate } from '../../../shared/dates'
import { useApiMutation } from '../api/hooks'
import { SaveState } from '../cases/SaveState'
import { useAutosave } from '../cases/use-autosave'
import { CorrectionDialog } from './CorrectionDialog'
import { ItemFollowUps } from './ItemFollowUps'
import { MinutesFields, valuesOf, type MinutesValues } from './MinutesFields'

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  quiet: { paddingBottom: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM, minWidth: 0 },
  number: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums', flexShrink: 0 },
  title: { flex: 1, minWidth: 0 },
  struck: { textDecoration: 'line-through', color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3 },
  followHead: { marginTop: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
})

interface Props {
  item: AgendaItem
  /** The minutes are approved: a change needs a reason. */
  locked: boolean
  /** The previous meeting's approval, for the "Godkjenning av protokoll" item. */
  extra?: ReactNode
}

function Heading({ item, status }: { item: AgendaItem; status?: ReactNode }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const moved = item.withdrawn || item.postponed
  const type =
    item.kind === 'case' && item.caseKind
      ? t(`cases.kind.${item.caseKind}`)
      : item.kind === 'programme' && item.programmeKind
        ? t(`agenda.programmeKind.${item.programmeKind}`)
        : null
  return (
    <div className={styles.head}>
      {item.numberLabel && <Caption1 className={styles.number}>{item.numberLabel}</Caption1>}
      <Subtitle2 as="h3" className={mergeClasses(styles.title, moved && styles.struck)}>
        {item.startTime && !moved ? `${item.startTime} ` : ''}
        {item.title}
      </Subtitle2>
      {type && <Caption1 className={styles.muted}>{type}</Caption1>}
      {item.withdrawn && (
        <Badge appearance="tint" color="danger" size="small">
          {t('agenda.list.withdrawn')}
        </Badge>
      )}
      {item.postponed && (
        <Badge appearance="tint" color="warning" size="small">
          {item.postponedTo
            ? t('agenda.list.postponedTo', { date: formatDate(item.postponedTo.date) })
            : t('agenda.list.postponed')}
        </Badge>
      )}
      {status}
    </div>
  )
}

/** Decisions lead to follow-up; the approval items do not, so they offer none. */
function FollowUps({ item }: { item: AgendaItem }) {
  const styles = useStyles()
  const { t } = useTranslation()
  const approval = item.standardKey === 'approveNotice' || item.standardKey === 'approveMinutes'
  if (approval && item.followUps.length === 0) return null
  return (
    <>
      <Caption1 as="h4" className={mergeClasses(styles.muted, styles.followHead)}>
        {t('agenda.minutes.followUps')}
      </Caption1>
      <ItemFollowUps agendaItemId={item.id} followUps={item.followUps} readOnly={false} />
    </>
  )
}

/** Minutes saved as they are written (before approval). */
function AutosavedItem({ item, extra }: Props) {
  const styles = useStyles()
  const save = useApiMutation('minutes.saveItem')
  const [values, setValues] = useState<MinutesValues>(() => valuesOf(item))
  const [touched, setTouched] = useState(false)
  const autosave = useAutosave(values, async (v) => {
    await save.mutateAsync({ id: item.id, ...v, correctionReason: '' })
  })
  const change = (next: MinutesValues) => {
    setTouched(true)
    setValues(next)
  }
  return (
    <section className={styles.card} aria-label={item.title}>
      {/* The save state shows once something is written here; untouched items need no "Lagret". */}
      <Heading item={item} status={touched && <SaveState state={autosave.state} error={autosave.error} />} />
      {extra}
      <MinutesFields item={item} value={values} onChange={change} proposal={!item.decisionWritten} />
      <FollowUps item={item} />
    </section>
  )
}

/** Approved minutes: edits are kept here until saved with a reason, as one correction. */
function CorrectedItem({ item, extra }: Props) {
  const styles = useStyles()
  const { t } = useTranslation()
  const [values, setValues] = useState<MinutesValues>(() => valuesOf(item))
  const [asking, setAsking] = useState(false)
  // Remounting the fields is how "Angre" puts the stored text back into the editor.
  const [generation, setGeneration] = useState(0)
  const dirty = JSON.stringify(values) !== JSON.stringify(valuesOf(item))
  return (
    <section className={styles.card} aria-label={item.title}>
      <Heading
        item={item}
        status={
          dirty && (
            <div className={styles.actions}>
              <Caption1 className={styles.muted}>{t('agenda.minutes.changed')}</Caption1>
              <Button
                size="small"
                onClick={() => {
                  setValues(valuesOf(item))
                  setGeneration((g) => g + 1)
                }}
              >
                {t('agenda.minutes.undo')}
              </Button>
              <Button size="small" appearance="primary" onClick={() => setAsking(true)}>
                {t('agenda.minutes.correct')}
              </Button>
            </div>
          )
        }
      />
      {extra}
      <MinutesFields
        key={generation}
        item={item}
        value={values}
        onChange={setValues}
        proposal={!item.decisionWritten}
      />
      <FollowUps item={item} />
      {asking && <CorrectionDialog item={item} values={values} onClose={() => setAsking(false)} />}
    </section>
  )
}

/** An item that is not dealt with in the meeting: withdrawn, postponed, or a break. */
function QuietItem({ item }: { item: AgendaItem }) {
  const styles = useStyles()
  const { t } = useTranslation()
  const note = item.withdrawn
    ? t('agenda.minutes.withdrawnItem')
    : item.postponed
      ? t('agenda.minutes.postponedItem')
      : null
  return (
    <section className={mergeClasses(styles.card, styles.quiet)} aria-label={item.title}>
      <Heading item={item} />
      {note && <Caption1 className={styles.muted}>{note}</Caption1>}
    </section>
  )
}

/** One agenda item in the minutes. */
export function MinutesItemCard(props: Props) {
  const { item, locked } = props
  if (item.withdrawn || item.postponed || item.programmeKind === 'break') return <QuietItem item={item} />
  return locked ? <CorrectedItem {...props} /> : <AutosavedItem {...props} />
}
