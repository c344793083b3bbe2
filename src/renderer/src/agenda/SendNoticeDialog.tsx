import { Body1, makeStyles, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Meeting } from '../../../shared/cycle'
import { useApiMutation, useApiQuery } from '../api/hooks'
import { ConfirmDialog } from '../kit/ConfirmDialog'
import { numberRange } from './format'

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
})

interface Props {
  meeting: Meeting
  open: boolean
  onClose: () => void
}

/** Sends the notice: says which numbers become fixed, and that they stay fixed for good. */
export function SendNoticeDialog({ meeting, open, onClose }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const agenda = useApiQuery('agenda.get', { meetingId: meeting.id }, open)
  const setStatus = useApiMutation('meetings.setStatus')
  const labels = (agenda.data?.items ?? []).flatMap((i) => (i.numbered && i.numberLabel ? [i.numberLabel] : []))
  const close = () => {
    setStatus.reset()
    onClose()
  }
  return (
    <ConfirmDialog
      open={open}
      title={t('agenda.notice.title')}
      confirmLabel={t('agenda.notice.confirm')}
      busy={setStatus.isPending || !agenda.data}
      error={setStatus.error?.message ?? null}
      onClose={close}
      onConfirm={() => setStatus.mutate({ id: meeting.id, status: 'notice_sent' }, { onSuccess: close })}
    >
      <div className={styles.body}>
        <Body1>
          {labels.length === 0
            ? t('agenda.notice.none')
            : t('agenda.notice.fixed', { count: labels.length, range: numberRange(labels) })}
        </Body1>
        <Body1>{t('agenda.notice.forever')}</Body1>
        <Body1>{t('agenda.notice.status')}</Body1>
      </div>
    </ConfirmDialog>
  )
}
