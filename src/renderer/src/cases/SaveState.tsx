import { Caption1, makeStyles, mergeClasses, Spinner, tokens } from '@fluentui/react-components'
import { CheckmarkRegular, CircleSmallFilled, ErrorCircleRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { SaveStatus } from './use-autosave'

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    minHeight: '20px',
  },
  icon: { display: 'inline-flex', fontSize: '14px', flexShrink: 0 },
  saved: { color: tokens.colorPaletteGreenForeground1 },
  unsaved: { color: tokens.colorNeutralForeground4 },
  error: { color: tokens.colorPaletteRedForeground1 },
})

/**
 * A quiet line saying whether the text is stored: for `useAutosave`'s state. Read out politely by
 * screen readers when it changes; the error stays until the next save succeeds.
 */
export function SaveState({
  state,
  error,
  className,
}: {
  state: SaveStatus
  error?: string | null
  className?: string
}) {
  const styles = useStyles()
  const { t } = useTranslation()
  const icon =
    state === 'saving' ? (
      <Spinner size="extra-tiny" />
    ) : state === 'saved' ? (
      <CheckmarkRegular className={styles.saved} />
    ) : state === 'error' ? (
      <ErrorCircleRegular />
    ) : (
      <CircleSmallFilled className={styles.unsaved} />
    )
  const text = state === 'error' ? t('editor.save.error', { message: error ?? '' }) : t(`editor.save.${state}`)
  return (
    <Caption1
      role="status"
      aria-live="polite"
      className={mergeClasses(styles.root, state === 'error' && styles.error, className)}
    >
      <span className={styles.icon} aria-hidden="true">
        {icon}
      </span>
      {text}
    </Caption1>
  )
}
