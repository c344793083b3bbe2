import { Body1, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { caseSectionKeys, type DocxImport } from '../../../shared/cases'
import type { ApiError } from '../../../shared/result'
import { request } from '../api/client'
import { EntityPicker } from '../kit/EntityPicker'
import { FormDialog } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { useBodyOptions } from '../register/options'
import { htmlToDoc } from './editor/extensions'
import { readAsBase64 } from '../kit/read-file'

const useStyles = makeStyles({
  file: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  reading: { alignSelf: 'flex-start' },
})

/** What the opened case shows about its import: the notes, and the attachments still to add. */
export interface ImportedFrom {
  fileName: string
  notes: string[]
  attachmentTitles: string[]
}

/**
 * Imports a case document (.docx) as a new draft. The document is read while the secretary
 * chooses the body; the title comes from the document and can be corrected before it is made.
 */
export function ImportDocxDialog({
  file,
  defaultBodyId,
  onClose,
}: {
  file: File
  defaultBodyId: number | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const bodies = useBodyOptions()
  const [imported, setImported] = useState<DocxImport | null>(null)
  const [failure, setFailure] = useState<ApiError | null>(null)
  const created = useRef<number | null>(null)
  const form = useForm('cases.save', { bodyId: defaultBodyId, title: '', kind: 'decision', archiveRef: '' })
  const { set } = form

  useEffect(() => {
    let current = true
    void (async () => {
      const content = await readAsBase64(file).catch(() => null)
      if (content === null) {
        if (current) setFailure({ code: 'validation', message: t('docxImport.notDocx', { file: file.name }) })
        return
      }
      const result = await request('cases.importDocx', { fileName: file.name, content })
      if (!current) return
      if (!result.ok) {
        setFailure({ ...result.error, field: undefined })
        return
      }
      setImported(result.value)
      set('title', result.value.title)
      for (const key of caseSectionKeys) set(key, htmlToDoc(result.value.sections[key]))
    })()
    return () => {
      current = false
    }
    // Runs once per file: `set` and `t` are stable for the dialog's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file])

  const state: ImportedFrom | null = imported
    ? { fileName: file.name, notes: imported.notes, attachmentTitles: imported.attachmentTitles }
    : null

  return (
    <FormDialog
      title={t('cases.importTitle')}
      submitLabel={t('cases.create')}
      onClose={() =>
        created.current === null ? onClose() : navigate(`/saker/${created.current}`, { state: { imported: state } })
      }
      onSubmit={async () => {
        if (!imported) return false
        const saved = await form.submit()
        if (saved) created.current = saved.id
        return saved
      }}
      error={failure ?? form.error}
      busy={form.busy || !imported}
    >
      <Caption1 className={styles.file}>{t('cases.importFile', { file: file.name })}</Caption1>
      {!imported && !failure && <Spinner size="tiny" label={t('cases.importing')} className={styles.reading} />}
      {!failure && (
        <>
          <Body1>{t('cases.importBodyHint')}</Body1>
          <EntityPicker label={t('fields.bodyId')} required options={bodies} {...form.bind('bodyId')} />
          {/* Shown once read, so the document's title never overwrites one being typed. */}
          {imported && <TextField label={t('fields.title')} required {...form.bind('title')} />}
        </>
      )}
    </FormDialog>
  )
}
