import { Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { hexOrNull } from './labels'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  // The browser's own colour picker, drawn as a plain swatch: it is keyboard operable as it is.
  swatch: {
    width: '32px',
    height: '32px',
    flexShrink: 0,
    padding: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    cursor: 'pointer',
    '::-webkit-color-swatch-wrapper': { padding: '2px' },
    '::-webkit-color-swatch': { border: 'none', borderRadius: tokens.borderRadiusSmall },
    '::-moz-color-swatch': { border: 'none', borderRadius: tokens.borderRadiusSmall },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  input: { flex: 1, minWidth: 0, fontFamily: tokens.fontFamilyMonospace },
})

interface Props {
  label: string
  hint: string
  /** Six hex digits without #, as main stores it; possibly half typed. */
  value: string
  onChange: (value: string) => void
  validationMessage?: string
}

/** A colour as hex digits, with a swatch that shows it and opens the system's picker. */
export function ColourField({ label, hint, value, onChange, validationMessage }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const hex = hexOrNull(value)
  return (
    <Field label={label} hint={hint} validationMessage={validationMessage}>
      {(control) => (
        <div className={styles.row}>
          <input
            type="color"
            className={styles.swatch}
            aria-label={t('documentsUi.profile.colourPick')}
            // Half-typed digits leave the swatch as it was rather than black.
            value={`#${hex ?? '808080'}`}
            onChange={(e) => onChange(e.target.value.slice(1).toUpperCase())}
          />
          <Input
            {...control}
            className={styles.input}
            contentBefore="#"
            maxLength={7}
            value={value}
            onChange={(_, d) => onChange(d.value.replace(/^#/, '').toUpperCase())}
          />
        </div>
      )}
    </Field>
  )
}
