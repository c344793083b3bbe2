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
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '../../../shared/result'
import { afterExit } from './dialog-exit'

const useStyles = makeStyles({
  surface: { maxWidth: '640px', width: '100%' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Fields keep their own height when a neighbour grows with an error message.
  grid3: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr 1fr',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalL,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
})

interface Props {
  title: string
  /** Called once the dialog has closed (cancelled, or saved). */
  onClose: () => void
  /** Saves; a truthy answer closes the dialog, a falsy one keeps it open to show the error. */
  onSubmit: () => Promise<unknown>
  /** An error not tied to one field (a field error shows beside its field instead). */
  error: ApiError | null
  busy?: boolean
  submitLabel?: string
  /** A further action left of Cancel (Delete), given the way to close the dialog when it is done. */
  secondary?: (close: () => void) => ReactNode
  children: ReactNode
}

/** A modal form: Enter saves, Escape cancels, errors without a field show on top. */
export function FormDialog({ title, onClose, onSubmit, error, busy, submitLabel, secondary, children }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  // The dialog closes first and is removed only after its exit motion (see afterExit).
  const [open, setOpen] = useState(true)
  const close = () => setOpen(false)
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => !data.open && close()}
      modalType="modal"
      surfaceMotion={afterExit(onClose)}
    >
      <DialogSurface className={styles.surface}>
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault()
            if (await onSubmit()) close()
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.form}>
              {error && !error.field && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{error.message}</MessageBarBody>
                </MessageBar>
              )}
              {children}
            </DialogContent>
            {secondary && <DialogActions position="start">{secondary(close)}</DialogActions>}
            <DialogActions>
              <Button appearance="secondary" onClick={close}>
                {t('app.cancel')}
              </Button>
              <Button appearance="primary" type="submit" disabled={busy}>
                {submitLabel ?? t('app.save')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  )
}

/** Two columns of fields inside a FormDialog. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return <div className={useStyles().grid}>{children}</div>
}

/** Three narrow fields side by side (a set of day counts). */
export function FieldGrid3({ children }: { children: ReactNode }) {
  return <div className={useStyles().grid3}>{children}</div>
}
