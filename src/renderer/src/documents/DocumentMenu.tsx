import {
  makeStyles,
  Menu,
  MenuButton,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  Toaster,
  Tooltip,
  useId,
  useToastController,
  type MenuButtonProps,
} from '@fluentui/react-components'
import { ArchiveRegular, ArrowDownloadRegular, DocumentWordRegular, FolderRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { DocumentKind } from '../../../shared/documents'
import { request } from '../api/client'
import { useApiMutation, useApiQuery } from '../api/hooks'
import { useSaveFile } from '../kit/use-save-file'
import { ArchivedToast, DownloadedToast, FailedToast } from './DocumentToasts'
import { capitalise, shortFolder } from './labels'

/** One document the menu offers: `id` is the meeting, case or body as the kind needs; `year` for the plan. */
export interface DocumentTarget {
  kind: DocumentKind
  id?: number | null
  year?: number | null
  /** The action plan's review (null: the latest). */
  reviewId?: number | null
}

interface Props {
  documents: readonly DocumentTarget[]
  /** The body whose archive folder they are filed in; null for documents across bodies. */
  bodyId: number | null
  /** The button's text: "Word" unless the page names the document ("Årshjul (Word)"). */
  label?: string
  /** Runs first, e.g. saving what is being written; false stops. */
  prepare?: () => Promise<boolean>
  appearance?: MenuButtonProps['appearance']
}

const useStyles = makeStyles({
  popover: { maxWidth: '420px' },
})

type Action = 'download' | 'archive'

/**
 * The "Word" button: each document for download, or filed in the body's archive folder. Progress
 * shows on the button; the outcome (the files written, or main's refusal) as a toast.
 */
export function DocumentMenu({ documents, bodyId, label, prepare, appearance }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const toasterId = useId('documents')
  const { dispatchToast } = useToastController(toasterId)
  const file = useSaveFile()
  const archive = useApiMutation('archive.export')
  const folders = useApiQuery('archive.folders', {}, bodyId !== null)
  const [busy, setBusy] = useState<{ target: DocumentTarget; action: Action } | null>(null)

  const nameOf = (d: DocumentTarget) => t(`documentsUi.kinds.${d.kind}`)
  const inputOf = (d: DocumentTarget) => ({
    kind: d.kind,
    id: d.id ?? null,
    year: d.year ?? null,
    reviewId: d.reviewId ?? null,
  })
  const names = documents.map(nameOf)
  const listed =
    names.length > 1
      ? t('documentsUi.menu.and', { first: names.slice(0, -1).join(', '), last: names[names.length - 1] })
      : (names[0] ?? '')

  const body = folders.data?.find((f) => f.bodyId === bodyId)
  const folder = body?.folder ? body.folder : null
  // Why filing is not offered, said where the user looks: on the disabled item.
  let blocked: string | null = null
  if (bodyId === null) blocked = t('documentsUi.menu.noBody')
  else if (folders.error) blocked = t('documentsUi.menu.foldersFailed', { message: folders.error.message })
  else if (!folders.data) blocked = t('app.loading')
  else if (!folder) blocked = t('documentsUi.menu.noFolder', { body: body?.shortCode ?? '' })
  // The way to the setting, for keyboard users too (a tooltip is easy to miss).
  const setFolder = folders.data && body && !folder && (
    <MenuItem icon={<FolderRegular />} onClick={() => navigate('/innstillinger')}>
      {t('documentsUi.menu.setFolder', { body: body.shortCode })}
    </MenuItem>
  )

  async function run(target: DocumentTarget, action: Action) {
    if (busy) return
    if (prepare && !(await prepare())) return
    setBusy({ target, action })
    const document = nameOf(target)
    try {
      if (action === 'download') {
        const made = request('documents.make', inputOf(target))
        await file.save(made)
        const result = await made
        if (result.ok) dispatchToast(<DownloadedToast fileName={result.value.fileName} />, { intent: 'success' })
        else fail(t('documentsUi.toast.downloadFailed', { document }), result.error.message)
      } else {
        try {
          const result = await archive.mutateAsync(inputOf(target))
          dispatchToast(<ArchivedToast result={result} />, { intent: 'success', timeout: 10_000 })
        } catch (failure) {
          fail(t('documentsUi.toast.archiveFailed', { document }), (failure as Error).message)
        }
      }
    } finally {
      setBusy(null)
    }
  }
  const fail = (title: string, message: string) =>
    dispatchToast(<FailedToast title={title} message={message} />, { intent: 'error', timeout: -1 })

  const downloadItem = (d: DocumentTarget, text: string) => (
    <MenuItem
      key={`download-${d.kind}`}
      icon={<ArrowDownloadRegular />}
      secondaryContent={t('documentsUi.menu.downloadHint')}
      aria-label={t('documentsUi.menu.downloadItem', { document: nameOf(d) })}
      onClick={() => void run(d, 'download')}
    >
      {text}
    </MenuItem>
  )
  const archiveItem = (d: DocumentTarget, text: string) => {
    const item = (
      <MenuItem
        key={`archive-${d.kind}`}
        icon={<ArchiveRegular />}
        disabled={blocked !== null}
        aria-label={
          folder
            ? t('documentsUi.menu.archiveItem', { document: nameOf(d), folder })
            : t('documentsUi.menu.archiveNoneItem', { document: nameOf(d) })
        }
        onClick={() => void run(d, 'archive')}
      >
        {text}
      </MenuItem>
    )
    return blocked ? (
      <Tooltip key={`archive-${d.kind}`} content={blocked} relationship="description" positioning="before">
        {item}
      </Tooltip>
    ) : (
      item
    )
  }
  const folderText = folder
    ? t('documentsUi.menu.archive', { folder: shortFolder(folder) })
    : t('documentsUi.menu.archiveNone')

  const working =
    busy &&
    t(busy.action === 'download' ? 'documentsUi.menu.making' : 'documentsUi.menu.archiving', {
      document: nameOf(busy.target),
    })

  return (
    <>
      <Menu positioning="below-end">
        <MenuTrigger disableButtonEnhancement>
          <MenuButton
            appearance={appearance}
            icon={busy ? <Spinner size="extra-tiny" /> : <DocumentWordRegular />}
            disabledFocusable={busy !== null}
            aria-busy={busy !== null}
            // A page's own label names the document already; the bare "Word" needs the names.
            aria-label={working ?? (label ? undefined : t('documentsUi.menu.buttonName', { documents: listed }))}
          >
            {working ?? label ?? t('documentsUi.menu.word')}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover className={styles.popover}>
          {documents.length === 1 ? (
            <MenuList>
              {downloadItem(documents[0], t('documentsUi.menu.downloadItem', { document: names[0] }))}
              {archiveItem(documents[0], folderText)}
              {setFolder && <MenuDivider />}
              {setFolder}
            </MenuList>
          ) : (
            <MenuList>
              <MenuGroup>
                <MenuGroupHeader>{t('documentsUi.menu.download')}</MenuGroupHeader>
                {documents.map((d) => downloadItem(d, capitalise(nameOf(d))))}
              </MenuGroup>
              <MenuDivider />
              <MenuGroup>
                <MenuGroupHeader title={folder ?? undefined}>{folderText}</MenuGroupHeader>
                {documents.map((d) => archiveItem(d, capitalise(nameOf(d))))}
              </MenuGroup>
              {setFolder && <MenuDivider />}
              {setFolder}
            </MenuList>
          )}
        </MenuPopover>
      </Menu>
      <Toaster toasterId={toasterId} position="bottom-end" pauseOnHover pauseOnWindowBlur />
    </>
  )
}
