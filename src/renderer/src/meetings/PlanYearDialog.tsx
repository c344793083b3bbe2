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
  Text,
} from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../api/hooks'
import { afterExit } from '../kit/dialog-exit'

/** Fills a year from the rhythms, or copies last year's meetings onto the same weekdays. */
export function PlanYearDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(true)
  const generate = useApiMutation('cycle.generateYear')
  const copy = useApiMutation('cycle.copyYear')
  const result = generate.data ?? copy.data
  const failure = generate.error ?? copy.error
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && setOpen(false)} surfaceMotion={afterExit(onClose)}>
      <DialogSurface style={{ maxWidth: 520 }}>
        <DialogBody>
          <DialogTitle>{t('meetings.planYearTitle', { year })}</DialogTitle>
          <DialogContent style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
            <Text>{t('meetings.planYearBody')}</Text>
            <Text>{t('meetings.copyYearBody', { from: year - 1, to: year })}</Text>
            {result && (
              <MessageBar intent="success" role="status">
                <MessageBarBody>
                  {t('meetings.generated', { created: result.created, skipped: result.skipped })}
                </MessageBarBody>
              </MessageBar>
            )}
            {failure && (
              <MessageBar intent="error">
                <MessageBarBody>{failure.message}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{t('app.close')}</Button>
            <Button
              disabled={copy.isPending}
              onClick={() => (generate.reset(), copy.mutate({ fromYear: year - 1, toYear: year }))}
            >
              {t('meetings.copyYear', { year: year - 1 })}
            </Button>
            <Button
              appearance="primary"
              disabled={generate.isPending}
              onClick={() => (copy.reset(), generate.mutate({ year }))}
            >
              {t('meetings.planYearAction')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
