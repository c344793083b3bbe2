import {
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Button,
  Subtitle1,
  Textarea,
  tokens,
  Tooltip,
} from '@fluentui/react-components'
import { DismissRegular, LockClosedRegular } from '@fluentui/react-icons'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { caseKinds, caseSectionKeys, type CaseDetail, type CaseSectionKey } from '../../../shared/cases'
import type { ApiError } from '../../../shared/result'
import { ApiFailure, useApiMutation } from '../api/hooks'
import { CodeDropdown } from '../kit/CodeDropdown'
import { EntityPicker } from '../kit/EntityPicker'
import { TextField } from '../kit/TextField'
import { useShortcuts } from '../kit/use-shortcut'
import { useBodyOptions, usePeopleOptions } from '../register/options'
import { CaseHeader } from './CaseHeader'
import { draftOf, type CaseDraft } from './case-draft'
import { RichTextEditor } from './editor/RichTextEditor'
import type { ImportedFrom } from './ImportDocxDialog'
import { CaseSidebar } from './side/CaseSidebar'
import { useAutosave } from './use-autosave'

const narrow = '@media (max-width: 1180px)'

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flex: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    [narrow]: { flexDirection: 'column', overflow: 'auto' },
  },
  documentArea: {
    flex: 1,
    minWidth: 0,
    overflow: 'auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalXXXL}`,
    [narrow]: { overflow: 'visible', flex: 'none' },
  },
  paper: {
    maxWidth: '880px',
    margin: '0 auto',
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXL} 40px ${tokens.spacingVerticalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  messages: { maxWidth: '880px', margin: `0 auto ${tokens.spacingVerticalM}` },
  // The title's text lines up with the fields under it; its frame (shown on hover and on error) sits outside.
  titleInput: {
    '& .fui-Textarea': {
      marginLeft: `calc(-1 * ${tokens.spacingHorizontalS} - 1px)`,
      marginRight: `calc(-1 * ${tokens.spacingHorizontalS} - 1px)`,
    },
    '& textarea': {
      fontSize: tokens.fontSizeBase600,
      lineHeight: tokens.lineHeightBase600,
      fontWeight: tokens.fontWeightSemibold,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      minHeight: '36px',
      resize: 'none',
      fieldSizing: 'content',
    },
  },
  meta: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1.4fr) minmax(0, 1fr) minmax(0, 1.2fr) minmax(0, 1fr)',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalL,
    paddingBottom: tokens.spacingVerticalL,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    // Fluent's inputs have a minimum width of their own; in a grid cell they must shrink with it.
    '& .fui-Input, & .fui-Combobox, & .fui-Dropdown': { minWidth: 0, width: '100%' },
    '& input': { minWidth: 0 },
    '@media (max-width: 900px)': {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
      rowGap: tokens.spacingVerticalM,
    },
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sectionHead: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3 },
  sectionError: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: '20px' },
})

interface Props {
  /** The case as last loaded: its text seeds the editor once; the rest is shown as it is refreshed. */
  detail: CaseDetail
  imported: ImportedFrom | null
}

/**
 * The case document (saksfremlegg) as one page: title and header fields, the four sections, and
 * beside them the attachments, the matter's path and the links. Everything written is saved by
 * itself a moment after the last key; the header says whether it is stored.
 */
export function CaseEditor({ detail, imported }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const id = detail.summary.id
  const bodies = useBodyOptions()
  const people = usePeopleOptions()
  const [draft, setDraft] = useState<CaseDraft>(() => draftOf(detail))
  const [failure, setFailure] = useState<ApiError | null>(null)
  const [showImport, setShowImport] = useState(imported !== null)
  const saveCase = useApiMutation('cases.save')
  const { mutateAsync } = saveCase

  const save = useCallback(
    async (value: CaseDraft) => {
      try {
        await mutateAsync({ id, ...value })
        setFailure(null)
      } catch (error) {
        setFailure(error instanceof ApiFailure ? error.error : { code: 'internal', message: String(error) })
        throw error
      }
    },
    [id, mutateAsync],
  )
  const autosave = useAutosave(draft, save, { delayMs: 600 })
  const { flush } = autosave
  useShortcuts({ 'Ctrl+S': () => void flush().catch(() => {}) })

  const set = <K extends keyof CaseDraft>(key: K, value: CaseDraft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const fieldError = (field: string) =>
    failure?.field !== undefined && (failure.field === field || failure.field.startsWith(`${field}.`))
      ? failure.message
      : undefined
  const sectionTitle = (key: CaseSectionKey) =>
    key === 'assessment' && detail.assessmentTitle ? detail.assessmentTitle : t(`cases.section.${key}`)

  return (
    <>
      <CaseHeader detail={detail} draft={draft} autosave={autosave} />
      <div className={styles.body}>
        <div className={styles.documentArea}>
          {imported && showImport && (
            <div className={styles.messages}>
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t('cases.importDone', { file: imported.fileName })}</MessageBarTitle>
                  {(imported.notes.length > 0 || imported.attachmentTitles.length > 0) && (
                    <ul className={styles.list}>
                      {imported.notes.map((note) => (
                        <li key={note}>{note}</li>
                      ))}
                      {imported.attachmentTitles.length > 0 && (
                        <li>{t('cases.importAttachments', { titles: imported.attachmentTitles.join('; ') })}</li>
                      )}
                    </ul>
                  )}
                </MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button
                      appearance="transparent"
                      icon={<DismissRegular />}
                      aria-label={t('app.close')}
                      onClick={() => setShowImport(false)}
                    />
                  }
                />
              </MessageBar>
            </div>
          )}
          <article className={styles.paper} aria-label={t('cases.page.document')}>
            <Field validationMessage={fieldError('title')} className={styles.titleInput}>
              <Textarea
                appearance="filled-lighter"
                aria-label={t('cases.page.titleLabel')}
                placeholder={t('cases.page.titlePlaceholder')}
                value={draft.title}
                rows={1}
                resize="none"
                onChange={(_, d) => set('title', d.value.replace(/\n/g, ' '))}
                // One line of text, wrapped: Enter moves on instead of breaking it.
                onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
              />
            </Field>
            <div className={styles.meta} role="group" aria-label={t('cases.page.metadata')}>
              {detail.summary.handling ? (
                // Main refuses to move a case that has been on an agenda; it is sent on instead.
                <Field label={t('fields.bodyId')}>
                  <Tooltip content={t('cases.page.bodyLocked')} relationship="description">
                    <Input
                      readOnly
                      value={bodies.find((b) => b.id === draft.bodyId)?.label ?? ''}
                      contentAfter={<LockClosedRegular aria-hidden />}
                    />
                  </Tooltip>
                </Field>
              ) : (
                <EntityPicker
                  label={t('fields.bodyId')}
                  required
                  options={bodies}
                  value={draft.bodyId}
                  onChange={(value) => value !== null && set('bodyId', value)}
                  validationMessage={fieldError('bodyId')}
                />
              )}
              <CodeDropdown
                label={t('fields.kind')}
                codes={caseKinds}
                labelOf={(code) => t(`cases.kind.${code}`)}
                value={draft.kind}
                onChange={(kind) => kind && set('kind', kind)}
                validationMessage={fieldError('kind')}
              />
              <EntityPicker
                label={t('fields.officerPersonId')}
                placeholder={t('cases.page.choosePerson')}
                options={people}
                value={draft.officerPersonId}
                onChange={(value) => set('officerPersonId', value)}
                validationMessage={fieldError('officerPersonId')}
              />
              <TextField
                label={t('fields.archiveRef')}
                value={draft.archiveRef}
                onChange={(value) => set('archiveRef', value)}
                validationMessage={fieldError('archiveRef')}
              />
            </div>
            {caseSectionKeys.map((key) => (
              <section key={key} className={styles.section} aria-labelledby={`case-section-${key}`}>
                <div className={styles.sectionHead}>
                  <Subtitle1 as="h2" id={`case-section-${key}`}>
                    {sectionTitle(key)}
                  </Subtitle1>
                  {key === 'proposal' && <Caption1 className={styles.hint}>{t('cases.page.proposalHint')}</Caption1>}
                </div>
                <RichTextEditor
                  label={sectionTitle(key)}
                  value={draft[key]}
                  onChange={(doc) => set(key, doc)}
                  placeholder={key === 'proposal' ? t('cases.page.proposalHint') : t('cases.page.sectionPlaceholder')}
                  minHeight={key === 'proposal' ? 80 : 120}
                />
                {fieldError(key) && (
                  <Caption1 role="alert" className={styles.sectionError}>
                    {fieldError(key)}
                  </Caption1>
                )}
              </section>
            ))}
          </article>
        </div>
        <CaseSidebar detail={detail} />
      </div>
    </>
  )
}
