import { Caption1, Caption1Strong, Checkbox, makeStyles, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { standardItemKeys, type StandardItemKey, type StandardItemSetting } from '../../../shared/cases'
import type { Body } from '../../../shared/register'
import { TextField } from '../kit/TextField'

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { color: tokens.colorNeutralForeground2 },
  title: { maxWidth: '50%', paddingRight: tokens.spacingHorizontalL, boxSizing: 'border-box' },
  items: {
    display: 'grid',
    // "får saksnummer" stays beside its item rather than across the dialog.
    gridTemplateColumns: 'max-content max-content',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXXL,
  },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none' },
  error: { color: tokens.colorPaletteRedForeground1 },
})

/** Eventuelt is usually not numbered; the approvals usually are. */
const numberedByDefault = (key: StandardItemKey) => key !== 'anyOther'

interface Props {
  assessmentTitle: string
  standardItems: StandardItemSetting[]
  postponedKeepsNumber: boolean
  onAssessmentTitle: (value: string) => void
  onStandardItems: (value: StandardItemSetting[]) => void
  onPostponedKeepsNumber: (value: boolean) => void
  assessmentError?: string
  standardItemsError?: string
}

/** The body form's "Saksliste" group: how the body's agendas and case documents are laid out. */
export function BodyAgendaSettings(props: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const setting = (key: StandardItemKey) => props.standardItems.find((i) => i.key === key)
  // Kept in the agenda's order, whatever order they are ticked in.
  const change = (key: StandardItemKey, next: StandardItemSetting | null) =>
    props.onStandardItems(
      standardItemKeys.flatMap((k) => {
        const item = k === key ? next : (setting(k) ?? null)
        return item ? [item] : []
      }),
    )
  return (
    <div role="group" aria-labelledby="body-agenda-settings" className={styles.group}>
      <Caption1Strong id="body-agenda-settings" className={styles.heading}>
        {t('register.bodies.agenda')}
      </Caption1Strong>
      <TextField
        className={styles.title}
        label={t('fields.assessmentTitle')}
        required
        value={props.assessmentTitle}
        onChange={props.onAssessmentTitle}
        validationMessage={props.assessmentError}
      />
      <div className={styles.items} role="group" aria-label={t('fields.standardItems')}>
        {standardItemKeys.map((key) => {
          const item = setting(key)
          const title = t(`agenda.standard.${key}`)
          return (
            <div key={key} style={{ display: 'contents' }}>
              <Checkbox
                label={title}
                checked={item !== undefined}
                onChange={(_, d) => change(key, d.checked ? { key, numbered: numberedByDefault(key) } : null)}
              />
              <Checkbox
                label={t('register.bodies.numbered')}
                aria-label={t('register.bodies.numberedOf', { item: title })}
                disabled={item === undefined}
                checked={item?.numbered ?? false}
                onChange={(_, d) => change(key, { key, numbered: d.checked === true })}
              />
            </div>
          )
        })}
      </div>
      {props.standardItemsError && (
        <Caption1 role="alert" className={styles.error}>
          {props.standardItemsError}
        </Caption1>
      )}
      <Checkbox
        label={t('fields.postponedKeepsNumber')}
        checked={props.postponedKeepsNumber}
        onChange={(_, d) => props.onPostponedKeepsNumber(d.checked === true)}
      />
    </div>
  )
}

/** The same settings in the body's detail pane, one line each. */
export function BodyAgendaSummary({ body }: { body: Body }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const items = body.standardItems.map((i) => {
    const title = t(`agenda.standard.${i.key}`)
    return i.numbered ? t('register.bodies.itemNumbered', { item: title }) : title
  })
  return (
    <ul className={styles.list}>
      {(items.length > 0 ? items : [t('register.bodies.noStandardItems')]).map((line) => (
        <li key={line}>{line}</li>
      ))}
      <li>{t('register.bodies.assessmentCalled', { title: body.assessmentTitle })}</li>
      <li>{t(body.postponedKeepsNumber ? 'register.bodies.postponedKeeps' : 'register.bodies.postponedRenumbered')}</li>
    </ul>
  )
}
