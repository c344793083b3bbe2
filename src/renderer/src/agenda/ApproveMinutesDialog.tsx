import { Body1 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Meeting } from '../../../shared/cycle'
import { useApiMutation } from '../api/hooks'
import { ConfirmDialog } from '../kit/ConfirmDialog'

interface Props {
  meeting: Meeting
  open: boolean
  onClose: () => void
}

/** Approves this meeting's own minutes at once, for the body that does so; it locks them. */
export function ApproveMinutesDialog({ meeting, open, onClose }: Props) {
  const { t } = useTranslation()
  const approve = useApiMutation('minutes.approve')
  const close = () => {
    approve.reset()
    onClose()
  }
  return (
    <ConfirmDialog
      open={open}
      title={t('agenda.workspace.approveTitle')}
      confirmLabel={t('agenda.workspace.approveConfirm')}
      busy={approve.isPending}
      error={approve.error?.message ?? null}
      onClose={close}
      onConfirm={() => approve.mutate({ meetingId: meeting.id, inMeetingId: null }, { onSuccess: close })}
    >
      <Body1>{t('agenda.workspace.approveBody')}</Body1>
    </ConfirmDialog>
  )
}
