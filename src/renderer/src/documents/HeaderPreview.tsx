import { Caption1, makeStyles, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
// The logo main puts on documents when the profile has none; shown so the preview is true.
import defaultLogo from '../../../../resources/document-logo.png'
import { hexOrNull } from './labels'

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  caption: { color: tokens.colorNeutralForeground3 },
  // A strip of white page, as the header sits on paper whatever the app's theme.
  page: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: '#ffffff',
    color: '#1f1f1f',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  // As main lays it out: logo left, name and address right, an accent rule under both.
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    paddingBottom: tokens.spacingVerticalS,
  },
  logo: { height: '36px', maxWidth: '130px', objectFit: 'contain', flexShrink: 0 },
  text: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', textAlign: 'right', minWidth: 0, flex: 1 },
  name: { fontSize: '13px', fontWeight: 700, lineHeight: '18px' },
  address: { fontSize: '10px', lineHeight: '14px' },
})

interface Props {
  name: string
  addressLine: string
  colour: string
  font: string
  logoPng: string | null
  logoAltText: string
}

/** Roughly how the documents' header will look: logo, name in the colour and font, address line. */
export function HeaderPreview({ name, addressLine, colour, font, logoPng, logoAltText }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const hex = `#${hexOrNull(colour) ?? '808080'}`
  return (
    <figure className={styles.figure}>
      <figcaption>
        <Caption1 className={styles.caption}>{t('documentsUi.profile.preview')}</Caption1>
      </figcaption>
      <div className={styles.page} style={{ fontFamily: `"${font}", sans-serif` }}>
        <div className={styles.row} style={{ borderBottom: `1.5px solid ${hex}` }}>
          <img
            className={styles.logo}
            src={logoPng ? `data:image/png;base64,${logoPng}` : defaultLogo}
            alt={logoAltText || t('documentsUi.profile.logoPreview')}
          />
          <div className={styles.text}>
            <span className={styles.name} style={{ color: hex }}>
              {name || t('documentsUi.profile.name')}
            </span>
            {addressLine.trim() && <span className={styles.address}>{addressLine}</span>}
          </div>
        </div>
      </div>
    </figure>
  )
}
