import { isPng, maxLogoMb } from '../../../shared/documents'
import { readAsBase64 } from '../kit/read-file'
import { Button, Caption1, Label, makeStyles, tokens, useId } from '@fluentui/react-components'
import { ArrowResetRegular, ArrowUploadRegular, ErrorCircle12Filled } from '@fluentui/react-icons'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
// The logo main puts on documents when the profile has none; shown so the preview is true.
import defaultLogo from '../../../../resources/document-logo.png'

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  preview: {
    width: '160px',
    height: '56px',
    flexShrink: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // White like the page the logo is printed on.
    backgroundColor: '#ffffff',
    padding: tokens.spacingHorizontalXS,
    overflow: 'hidden',
  },
  image: { maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' },
  hint: { color: tokens.colorNeutralForeground3 },
  // As a Field shows its error, since this group is not one Field.
  error: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
  },
})

/** Main takes up to 3 000 000 base64 characters: about 2.2 MB of PNG; 2 MB is the round limit we state. */

interface Props {
  /** PNG as base64, or null for the default logo. */
  value: string | null
  altText: string
  onChange: (value: string | null) => void
  validationMessage?: string
}

/** The logo on every document: a PNG the user picks (checked here to be one), or the default. */
export function LogoField({ value, altText, onChange, validationMessage }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const labelId = useId('logo')
  const input = useRef<HTMLInputElement>(null)
  const [problem, setProblem] = useState<string | null>(null)

  async function pick(file: File) {
    // The signature and the size are checked before the file is read whole.
    if (!isPng(new Uint8Array(await file.slice(0, 24).arrayBuffer()))) {
      return setProblem(t('documentsUi.profile.logoNotPng', { file: file.name }))
    }
    if (file.size > maxLogoMb * 1024 * 1024)
      return setProblem(t('documentsUi.profile.logoTooLarge', { file: file.name }))
    setProblem(null)
    onChange(await readAsBase64(file))
  }

  const message = problem ?? validationMessage
  return (
    <div className={styles.group} role="group" aria-labelledby={labelId}>
      <Label id={labelId}>{t('documentsUi.profile.logo')}</Label>
      <div className={styles.row}>
        <div className={styles.preview}>
          <img
            className={styles.image}
            src={value ? `data:image/png;base64,${value}` : defaultLogo}
            alt={altText || t('documentsUi.profile.logoPreview')}
          />
        </div>
        <input
          ref={input}
          type="file"
          accept="image/png,.png"
          hidden
          data-testid="logo-file"
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) void pick(file)
          }}
        />
        <Button icon={<ArrowUploadRegular />} onClick={() => input.current?.click()}>
          {t('documentsUi.profile.logoUpload')}
        </Button>
        <Button
          appearance="subtle"
          icon={<ArrowResetRegular />}
          disabled={value === null}
          onClick={() => {
            setProblem(null)
            onChange(null)
          }}
        >
          {t('documentsUi.profile.logoDefault')}
        </Button>
        {value === null && <Caption1 className={styles.hint}>{t('documentsUi.profile.logoUsingDefault')}</Caption1>}
      </div>
      {message ? (
        <Caption1 className={styles.error} role="alert">
          <ErrorCircle12Filled aria-hidden />
          {message}
        </Caption1>
      ) : (
        <Caption1 className={styles.hint}>{t('documentsUi.profile.logoHint')}</Caption1>
      )}
    </div>
  )
}
