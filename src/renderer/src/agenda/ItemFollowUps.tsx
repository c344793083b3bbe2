import { Button, Caption1, Checkbox, Input, makeStyles, tokens } from '@fluentui/react-components'
import { AddRegular, DeleteRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FollowUp } from '../../../shared/cases'
import { useApiMutation } from '../api/hooks'
import { SaveState } from '../cases/SaveState'
import { useAutosave } from '../cases/use-autosave'
import { DateField } from '../kit/DateField'
import { ErrorBar } from '../kit/ErrorBar'

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 180px 160px 56px 32px',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
  },
  head: { color: tokens.colorNeutralForeground3 },
  // The column headings name the fields; the date field's own label is kept for screen readers only.
  date: {
    // Holds the visually hidden label inside the scrolling pane, not at the page's edge.
    position: 'relative',
    minWidth: 0,
    '& .fui-Input': { minWidth: 0, width: '100%' },
    '& .fui-Field__label': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      whiteSpace: 'nowrap',
    },
  },
  state: { gridColumn: '1 / -1', marginTop: '-2px' },
  done: { textDecoration: 'line-through', color: tokens.colorNeutralForeground3 },
  center: { justifySelf: 'center' },
})

interface Values {
  what: string
  responsible: string
  dueDate: string | null
  done: boolean
}

/** One follow-up, saved as it is edited. */
function FollowUpRow({ followUp, readOnly }: { followUp: FollowUp; readOnly: boolean }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const save = useApiMutation('followUps.save')
  const remove = useApiMutation('followUps.delete')
  const [values, setValues] = useState<Values>({
    what: followUp.what,
    responsible: followUp.responsible,
    dueDate: followUp.dueDate,
    done: followUp.doneAt !== null,
  })
  const autosave = useAutosave(values, async (v) => {
    await save.mutateAsync({ id: followUp.id, agendaItemId: followUp.agendaItemId, ...v })
  })
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }))
  const name = values.what || followUp.what
  return (
    <>
      <Input
        aria-label={t('agenda.minutes.followUpWhat')}
        value={values.what}
        readOnly={readOnly}
        className={values.done ? styles.done : undefined}
        onChange={(_, d) => set({ what: d.value })}
      />
      <Input
        aria-label={t('agenda.minutes.followUpResponsible')}
        value={values.responsible}
        readOnly={readOnly}
        onChange={(_, d) => set({ responsible: d.value })}
      />
      <div className={styles.date}>
        <DateField
          label={t('agenda.minutes.followUpDue')}
          value={values.dueDate}
          onChange={(dueDate) => set({ dueDate })}
        />
      </div>
      <Checkbox
        className={styles.center}
        aria-label={t('agenda.minutes.followUpDoneOf', { what: name })}
        checked={values.done}
        onChange={(_, d) => set({ done: d.checked === true })}
      />
      <Button
        appearance="subtle"
        size="small"
        icon={<DeleteRegular />}
        disabled={readOnly || remove.isPending}
        aria-label={t('agenda.minutes.followUpDelete', { what: name })}
        onClick={() => remove.mutate({ id: followUp.id })}
      />
      {(autosave.state === 'error' || remove.error) && (
        <div className={styles.state}>
          {autosave.state === 'error' && <SaveState state={autosave.state} error={autosave.error} />}
          <ErrorBar message={remove.error?.message} />
        </div>
      )}
    </>
  )
}

/** A new follow-up: what, who, by when; Enter adds it. */
function NewFollowUp({ agendaItemId }: { agendaItemId: number }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const save = useApiMutation('followUps.save')
  const empty: Values = { what: '', responsible: '', dueDate: null, done: false }
  const [values, setValues] = useState<Values>(empty)
  const add = () => {
    if (values.what.trim() === '') return
    save.mutate({ agendaItemId, ...values }, { onSuccess: () => setValues(empty) })
  }
  return (
    <>
      <Input
        aria-label={t('agenda.minutes.followUpNew')}
        placeholder={t('agenda.minutes.followUpNew')}
        value={values.what}
        onChange={(_, d) => setValues((v) => ({ ...v, what: d.value }))}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())}
      />
      <Input
        aria-label={`${t('agenda.minutes.followUpNew')}: ${t('agenda.minutes.followUpResponsible')}`}
        placeholder={t('agenda.minutes.followUpResponsible')}
        value={values.responsible}
        onChange={(_, d) => setValues((v) => ({ ...v, responsible: d.value }))}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())}
      />
      <div className={styles.date}>
        <DateField
          label={`${t('agenda.minutes.followUpNew')}: ${t('agenda.minutes.followUpDue')}`}
          value={values.dueDate}
          onChange={(dueDate) => setValues((v) => ({ ...v, dueDate }))}
        />
      </div>
      <Button
        style={{ gridColumn: 'span 2' }}
        size="small"
        icon={<AddRegular />}
        disabled={values.what.trim() === '' || save.isPending}
        onClick={add}
      >
        {t('agenda.minutes.followUpAdd')}
      </Button>
      {save.error && (
        <div className={styles.state}>
          <ErrorBar message={save.error.message} />
        </div>
      )}
    </>
  )
}

/** An item's follow-up: who does what by when, and whether it is done. */
export function ItemFollowUps({
  agendaItemId,
  followUps,
  readOnly,
}: {
  agendaItemId: number
  followUps: FollowUp[]
  readOnly: boolean
}) {
  const { t } = useTranslation()
  const styles = useStyles()
  return (
    <div className={styles.grid} role="group" aria-label={t('agenda.minutes.followUps')}>
      {followUps.length > 0 && (
        <>
          <Caption1 className={styles.head}>{t('agenda.minutes.followUpWhat')}</Caption1>
          <Caption1 className={styles.head}>{t('agenda.minutes.followUpResponsible')}</Caption1>
          <Caption1 className={styles.head}>{t('agenda.minutes.followUpDue')}</Caption1>
          <Caption1 className={`${styles.head} ${styles.center}`}>{t('agenda.minutes.followUpDone')}</Caption1>
          <span />
        </>
      )}
      {followUps.map((f) => (
        <FollowUpRow key={f.id} followUp={f} readOnly={readOnly} />
      ))}
      {!readOnly && <NewFollowUp agendaItemId={agendaItemId} />}
    </div>
  )
}
