import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { afterExit } from './dialog-exit'

interface Props {
  open: boolean
  title: string
  children?: ReactNode
  confirmLabel: string
  /** A refusal from the last attempt, e.g. "Kan ikke slette …: 2 verv". */
  error?: string | null
  busy?: boolean
  onConfirm: () => void
  onClose: () => void
  /** Called after the dialog has finished closing: the moment to replace the screen under it. */
  onClosed?: () => void
}

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  error,
  busy,
  onConfirm,
  onClose,
  onClosed,
}: Props) {
  const { t } = useTranslation()
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => !data.open && onClose()}
      modalType="alert"
      surfaceMotion={afterExit(onClosed)}
    >
      <DialogSurface style={{ maxWidth: 480 }}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            {error ? (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            ) : (
              children
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {error ? t('app.close') : t('app.cancel')}
            </Button>
            {!error && (
              <Button appearance="primary" onClick={onConfirm} disabled={busy}>
                {confirmLabel}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
