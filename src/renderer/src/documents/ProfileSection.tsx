import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components'
import { CheckmarkCircleRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrganisationProfile } from '../../../shared/documents'
import { useApiQuery } from '../api/hooks'
import { ErrorBar } from '../kit/ErrorBar'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { ColourField } from './ColourField'
import { HeaderPreview } from './HeaderPreview'
import { exampleFileName, fileNameTokens } from './labels'
import { LogoField } from './LogoField'
import { useSectionStyles } from './settings-styles'

/** Fonts Word and LibreOffice have on the machines the documents go to; names are not translated. */
const fonts = ['Calibri', 'Arial', 'Aptos', 'Times New Roman', 'Georgia']

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
  wide: { gridColumn: '1 / -1' },
  pattern: { fontFamily: tokens.fontFamilyMonospace },
  example: { overflowWrap: 'anywhere' },
  exampleName: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground1 },
  tokens: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 220px) max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  token: { fontFamily: tokens.fontFamilyMonospace, margin: 0 },
  meaning: { margin: 0, color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
})

/** Innstillinger → Dokumenter: the organisation on every document, and how its files are named. */
export function ProfileSection() {
  const { t } = useTranslation()
  const sections = useSectionStyles()
  const profile = useApiQuery('documents.profile', {})
  return (
    <section className={sections.section} aria-labelledby="documents-profile">
      <Subtitle2 as="h2" id="documents-profile">
        {t('documentsUi.profile.title')}
      </Subtitle2>
      <Caption1 className={sections.intro}>{t('documentsUi.profile.intro')}</Caption1>
      {profile.error && <ErrorBar message={t('documentsUi.profile.loadFailed', { message: profile.error.message })} />}
      {!profile.data && !profile.error && <Spinner size="small" label={t('app.loading')} />}
      {/* A fresh form for what main answers, so a save elsewhere (an import) shows here. */}
      {profile.data && <ProfileForm key={JSON.stringify(profile.data)} profile={profile.data} />}
    </section>
  )
}

function ProfileForm({ profile }: { profile: OrganisationProfile }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const sections = useSectionStyles()
  const form = useForm('documents.saveProfile', {
    name: profile.name,
    addressLine: profile.addressLine,
    author: profile.author,
    colour: profile.colour,
    font: profile.font,
    logoPng: profile.logoPng,
    logoAltText: profile.logoAltText,
    fileNamePattern: profile.fileNamePattern,
  })
  const [saved, setSaved] = useState(false)
  const v = form.values
  const set: typeof form.set = (key, value) => {
    setSaved(false)
    form.set(key, value)
  }
  // A font typed elsewhere (an imported workspace) stays choosable.
  const fontChoices = fonts.includes(v.font) ? fonts : [...fonts, v.font]
  const example = exampleFileName(v.fileNamePattern, t('documentsUi.profile.exampleValues', { returnObjects: true }))

  return (
    <form
      noValidate
      className={styles.grid}
      onSubmit={async (event) => {
        event.preventDefault()
        setSaved(Boolean(await form.submit()))
      }}
    >
      {form.error && (
        <div className={styles.wide}>
          <ErrorBar message={form.error.message} />
        </div>
      )}
      <TextField
        label={t('documentsUi.profile.name')}
        hint={t('documentsUi.profile.nameHint')}
        required
        value={v.name}
        onChange={(value) => set('name', value)}
        validationMessage={form.fieldError('name')}
      />
      <TextField
        label={t('documentsUi.profile.author')}
        hint={t('documentsUi.profile.authorHint')}
        required
        value={v.author}
        onChange={(value) => set('author', value)}
        validationMessage={form.fieldError('author')}
      />
      <TextField
        className={styles.wide}
        label={t('documentsUi.profile.addressLine')}
        hint={t('documentsUi.profile.addressLineHint')}
        value={v.addressLine}
        onChange={(value) => set('addressLine', value)}
        validationMessage={form.fieldError('addressLine')}
      />
      <ColourField
        label={t('documentsUi.profile.colour')}
        hint={t('documentsUi.profile.colourHint')}
        value={v.colour}
        onChange={(value) => set('colour', value)}
        validationMessage={form.fieldError('colour')}
      />
      <Field
        label={t('documentsUi.profile.font')}
        hint={t('documentsUi.profile.fontHint')}
        validationMessage={form.fieldError('font')}
      >
        <Dropdown
          value={v.font}
          selectedOptions={[v.font]}
          onOptionSelect={(_, d) => d.optionValue && set('font', d.optionValue)}
          style={{ minWidth: 0 }}
        >
          {fontChoices.map((font) => (
            <Option key={font} value={font} text={font}>
              <span style={{ fontFamily: `"${font}"` }}>{font}</span>
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.wide}>
        <LogoField
          value={v.logoPng ?? null}
          altText={v.logoAltText ?? ''}
          onChange={(value) => set('logoPng', value)}
          validationMessage={form.fieldError('logoPng')}
        />
      </div>
      <TextField
        className={styles.wide}
        label={t('documentsUi.profile.logoAltText')}
        hint={t('documentsUi.profile.logoAltTextHint')}
        value={v.logoAltText}
        onChange={(value) => set('logoAltText', value)}
        validationMessage={form.fieldError('logoAltText')}
      />
      <Field
        className={styles.wide}
        label={t('documentsUi.profile.fileNamePattern')}
        required
        validationMessage={form.fieldError('fileNamePattern')}
        hint={
          <>
            <span className={styles.example} aria-live="polite">
              {t('documentsUi.profile.example')} <span className={styles.exampleName}>{example}</span>
            </span>
            <dl className={styles.tokens} aria-label={t('documentsUi.profile.tokensLabel')}>
              {fileNameTokens.map((token) => (
                <div key={token} style={{ display: 'contents' }}>
                  <dt className={styles.token}>{`{${token}}`}</dt>
                  <dd className={styles.meaning}>{t(`documentsUi.profile.tokens.${token}`)}</dd>
                </div>
              ))}
            </dl>
          </>
        }
      >
        <Input
          className={styles.pattern}
          value={v.fileNamePattern}
          onChange={(_, d) => set('fileNamePattern', d.value)}
        />
      </Field>
      <div className={styles.wide}>
        <HeaderPreview
          name={v.name}
          addressLine={v.addressLine ?? ''}
          colour={v.colour}
          font={v.font}
          logoPng={v.logoPng ?? null}
          logoAltText={v.logoAltText ?? ''}
        />
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={form.busy}>
          {t('documentsUi.profile.save')}
        </Button>
        {saved && (
          <Caption1 role="status" className={sections.saved}>
            <CheckmarkCircleRegular aria-hidden />
            {t('documentsUi.profile.saved')}
          </Caption1>
        )}
      </div>
    </form>
  )
}
