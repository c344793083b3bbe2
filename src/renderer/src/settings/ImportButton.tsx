import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components'
import { ArrowUploadRegular } from '@fluentui/react-icons'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { maxWorkspaceFileMb } from '../../../shared/file-limits'
import type { WorkspaceCounts } from '../../../shared/workspace'
import { ApiFailure, useApiMutation, useRefresh } from '../api/hooks'
import { ConfirmDialog } from '../kit/ConfirmDialog'

interface Pending {
  fileName: string
  document: unknown
  counts: WorkspaceCounts
}

/**
 * Picks an export file, has main check all of it, shows what it holds, and replaces the workspace
 * only after the user confirms. A bad file is refused with the reason; nothing is written.
 */
export function ImportButton({ label }: { label: string }) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const inspect = useApiMutation('workspace.inspectImport')
  const importFile = useApiMutation('workspace.import', { refresh: false })
  const refresh = useRefresh()
  const [imported, setImported] = useState(false)
  const [pending, setPending] = useState<Pending | null>(null)
  const [message, setMessage] = useState<{ intent: 'error' | 'success'; text: string } | null>(null)

  const countsText = (c: WorkspaceCounts) => t('settings.counts', { ...c })

  async function onFile(file: File) {
    setMessage(null)
    // Checked before reading: the whole text and its parse would sit in memory at once.
    if (file.size > maxWorkspaceFileMb * 1024 * 1024) {
      const size = Math.ceil(file.size / 1024 / 1024)
      setMessage({
        intent: 'error',
        text: t('fileSafety.json.tooLarge', { file: file.name, size, max: maxWorkspaceFileMb }),
      })
      return
    }
    let document: unknown
    try {
      document = JSON.parse(await file.text())
    } catch {
      setMessage({ intent: 'error', text: t('errors.importNotJson') })
      return
    }
    try {
      const counts = await inspect.mutateAsync({ document })
      setPending({ fileName: file.name, document, counts })
    } catch (failure) {
      setMessage({ intent: 'error', text: failure instanceof ApiFailure ? failure.message : String(failure) })
    }
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void onFile(file)
        }}
      />
      <Button
        icon={<ArrowUploadRegular />}
        onClick={() => input.current?.click()}
        disabled={inspect.isPending || importFile.isPending}
      >
        {label}
      </Button>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t('settings.importConfirmTitle')}
        confirmLabel={t('settings.importConfirm')}
        busy={importFile.isPending}
        error={importFile.error instanceof ApiFailure ? importFile.error.message : null}
        onClose={() => setPending(null)}
        // On the first-start screen the refresh replaces this very screen with the app, so it
        // waits until the dialog has gone.
        onClosed={() => {
          if (!imported) return
          setImported(false)
          refresh()
        }}
        onConfirm={() => {
          if (!pending) return
          importFile.mutate(
            { document: pending.document },
            {
              onSuccess: (counts) => {
                setPending(null)
                setImported(true)
                setMessage({ intent: 'success', text: t('settings.importDone', { counts: countsText(counts) }) })
              },
            },
          )
        }}
      >
        {pending && t('settings.importConfirmBody', { file: pending.fileName, counts: countsText(pending.counts) })}
      </ConfirmDialog>
    </>
  )
}
