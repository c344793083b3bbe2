import { Button, Caption1, Link, makeStyles, Spinner, tokens, Tooltip } from '@fluentui/react-components'
import { ArrowDownRegular, ArrowUpRegular, AttachRegular, DismissRegular } from '@fluentui/react-icons'
import { useRef, useState, type ChangeEvent, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { maxAttachmentMb, type Attachment } from '../../../../shared/cases'
import { request } from '../../api/client'
import { ApiFailure, useApiMutation } from '../../api/hooks'
import { ConfirmDialog } from '../../kit/ConfirmDialog'
import { download } from '../../kit/download'
import { ErrorBar } from '../../kit/ErrorBar'
import { readAsBase64 } from '../../kit/read-file'
import { fileSize } from '../files'
import { SideEmpty, SidePanel, useSideStyles } from './SidePanel'

const useStyles = makeStyles({
  title: { textAlign: 'left', overflowWrap: 'anywhere' },
  drop: { outline: `2px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  fileInput: { display: 'none' },
  busy: { paddingTop: tokens.spacingVerticalXS },
})

/**
 * The case's attachments, numbered as the document lists them (Vedlegg 1, 2 …): add files (also
 * by dropping them here), open one, move it up or down, remove it. Main keeps its own copy.
 */
export function AttachmentsPanel({ caseId, attachments }: { caseId: number; attachments: Attachment[] }) {
  const { t } = useTranslation()
  const side = useSideStyles()
  const styles = useStyles()
  const fileRef = useRef<HTMLInputElement>(null)
  const [errors, setErrors] = useState<string[]>([])
  const [adding, setAdding] = useState(0)
  const [dragging, setDragging] = useState(false)
  const [removing, setRemoving] = useState<{ attachment: Attachment; n: number } | null>(null)
  const add = useApiMutation('attachments.add')
  const reorder = useApiMutation('attachments.reorder')
  const remove = useApiMutation('attachments.remove')

  async function addFiles(files: File[]) {
    const problems: string[] = []
    setAdding(files.length)
    for (const file of files) {
      // Refused before it is read: hundreds of megabytes are not encoded only to be turned away.
      if (file.size > maxAttachmentMb * 1024 * 1024) {
        problems.push(t('caseErrors.fileTooLarge', { name: file.name, max: maxAttachmentMb }))
        continue
      }
      try {
        const content = await readAsBase64(file)
        await add.mutateAsync({ caseId, fileName: file.name, content, title: '' })
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error))
      }
      setAdding((n) => n - 1)
    }
    setAdding(0)
    setErrors(problems)
  }

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? [])
    event.target.value = ''
    if (files.length > 0) void addFiles(files)
  }
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setDragging(false)
    const files = Array.from(event.dataTransfer.files)
    if (files.length > 0) void addFiles(files)
  }

  const move = (index: number, by: -1 | 1) => {
    const ids = attachments.map((a) => a.id)
    ;[ids[index], ids[index + by]] = [ids[index + by], ids[index]]
    reorder.mutate({ caseId, ids }, { onError: (e) => setErrors([e.message]) })
  }

  async function open(a: Attachment) {
    const result = await request('attachments.open', { id: a.id })
    if (!result.ok) {
      setErrors([result.error.message])
      return
    }
    setErrors([])
    const file = result.value.file
    // The desktop opens the file in its own program; the browser is handed the bytes to save.
    if (!result.value.opened && file) {
      const bytes = Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0))
      download(file.fileName, new Blob([bytes], { type: file.mimeType }), file.mimeType)
    }
  }

  return (
    <div
      className={dragging ? styles.drop : undefined}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <SidePanel
        title={t('cases.attachments.title')}
        count={attachments.length}
        action={
          <Button
            size="small"
            appearance="subtle"
            icon={<AttachRegular />}
            aria-label={t('cases.attachments.addLabel')}
            onClick={() => fileRef.current?.click()}
            disabled={adding > 0}
          >
            {t('cases.attachments.add')}
          </Button>
        }
      >
        <input
          ref={fileRef}
          type="file"
          multiple
          className={styles.fileInput}
          aria-label={t('cases.attachments.addLabel')}
          tabIndex={-1}
          onChange={choose}
        />
        {errors.map((message) => (
          <ErrorBar key={message} message={message} />
        ))}
        {attachments.length === 0 && adding === 0 && <SideEmpty>{t('cases.attachments.emptyDrop')}</SideEmpty>}
        {attachments.length > 0 && (
          <ol className={side.list} aria-label={t('cases.attachments.title')}>
            {attachments.map((a, index) => {
              const n = index + 1
              const size = fileSize(a.size)
              return (
                <li key={a.id} className={side.row}>
                  <div className={side.main}>
                    <Link
                      className={styles.title}
                      aria-label={t('cases.attachments.open', { n, title: a.title })}
                      onClick={() => void open(a)}
                    >
                      {t('cases.attachments.item', { n, title: a.title })}
                    </Link>
                    <Caption1 className={side.muted}>
                      {a.fileName} · {t(`cases.attachments.${size.unit}`, { size: size.size })}
                    </Caption1>
                  </div>
                  <div className={side.buttons}>
                    <Tooltip content={t('cases.attachments.up', { n })} relationship="label">
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<ArrowUpRegular />}
                        disabled={index === 0 || reorder.isPending}
                        onClick={() => move(index, -1)}
                      />
                    </Tooltip>
                    <Tooltip content={t('cases.attachments.down', { n })} relationship="label">
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<ArrowDownRegular />}
                        disabled={index === attachments.length - 1 || reorder.isPending}
                        onClick={() => move(index, 1)}
                      />
                    </Tooltip>
                    <Tooltip content={t('cases.attachments.remove', { n })} relationship="label">
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<DismissRegular />}
                        onClick={() => {
                          remove.reset()
                          setRemoving({ attachment: a, n })
                        }}
                      />
                    </Tooltip>
                  </div>
                </li>
              )
            })}
          </ol>
        )}
        {adding > 0 && <Spinner size="extra-tiny" label={t('cases.attachments.adding')} className={styles.busy} />}
      </SidePanel>
      <ConfirmDialog
        open={removing !== null}
        title={t('cases.attachments.removeTitle', { n: removing?.n ?? '' })}
        confirmLabel={t('app.remove')}
        error={remove.error instanceof ApiFailure ? remove.error.message : null}
        busy={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() =>
          removing && remove.mutate({ id: removing.attachment.id }, { onSuccess: () => setRemoving(null) })
        }
      >
        {t('cases.attachments.removeBody', { title: removing?.attachment.title ?? '' })}
      </ConfirmDialog>
    </div>
  )
}
