import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { afterExit } from './dialog-exit'

const useStyles = makeStyles({
  surface: { maxWidth: '640px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
})

interface Props {
  title: string
  /** Called once the dialog has closed. */
  onClose: () => void
  /** Actions beside Close (Close comes first, the main action last). */
  actions?: ReactNode
  children: ReactNode
}

/**
 * A dialog to work in rather than a form to save: it acts as the user clicks, and Close (or
 * Escape) ends it. It closes itself first and leaves the page only after its exit motion.
 */
export function ToolDialog({ title, onClose, actions, children }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [open, setOpen] = useState(true)
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && setOpen(false)} surfaceMotion={afterExit(onClose)}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>{children}</DialogContent>
          <DialogActions>
            <Button appearance={actions ? 'secondary' : 'primary'} onClick={() => setOpen(false)}>
              {t('app.close')}
            </Button>
            {actions}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
