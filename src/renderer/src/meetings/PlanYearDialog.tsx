import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../api/hooks'
import { ErrorBar } from '../kit/ErrorBar'
import { ToolDialog } from '../kit/ToolDialog'

/** Fills a year from the rhythms, or copies last year's meetings onto the same weekdays. */
export function PlanYearDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useTranslation()
  const generate = useApiMutation('cycle.generateYear')
  const copy = useApiMutation('cycle.copyYear')
  const result = generate.data ?? copy.data
  return (
    <ToolDialog
      title={t('meetings.planYearTitle', { year })}
      onClose={onClose}
      actions={
        <>
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
        </>
      }
    >
      <Text>{t('meetings.planYearBody')}</Text>
      <Text>{t('meetings.copyYearBody', { from: year - 1, to: year })}</Text>
      {result && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {t('meetings.generated', { created: result.created, skipped: result.skipped })}
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar message={(generate.error ?? copy.error)?.message} />
    </ToolDialog>
  )
}
