import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components'
import { CalendarErrorRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, Route, Routes, useNavigate, useParams } from 'react-router'
import { localIsoDate } from '../../../shared/dates'
import { useApiQuery } from '../api/hooks'
import { EmptyState } from '../kit/EmptyState'
import { AgendaView } from './AgendaView'
import { ApproveMinutesDialog } from './ApproveMinutesDialog'
import { MeetingHeader } from './MeetingHeader'
import { MinutesView } from './MinutesView'
import { SendNoticeDialog } from './SendNoticeDialog'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 },
  content: { display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 },
  missing: { flex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  cancelled: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
})

/** One meeting's agenda and minutes: `/moter/:meetingId/saksliste` and `/moter/:meetingId/protokoll`. */
export function MeetingWorkspace() {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const id = Number(useParams().meetingId)
  const valid = Number.isInteger(id) && id > 0
  const detail = useApiQuery('meetings.get', { id: valid ? id : 1 }, valid)
  // The notice and the approval are asked for from the header and from the pages alike.
  const [dialog, setDialog] = useState<'notice' | 'approve' | null>(null)

  if (!valid || detail.isError) {
    return (
      <div className={styles.missing}>
        <EmptyState
          icon={<CalendarErrorRegular />}
          title={t('agenda.workspace.notFound')}
          body={t('agenda.workspace.notFoundBody')}
          action={
            <Button appearance="primary" onClick={() => navigate(`/moter?aar=${localIsoDate().slice(0, 4)}`)}>
              {t('agenda.workspace.back')}
            </Button>
          }
        />
      </div>
    )
  }
  if (!detail.data) return <Spinner label={t('app.loading')} style={{ margin: 48 }} />

  const { meeting, noticeSentAt } = detail.data
  return (
    <div className={styles.page}>
      <MeetingHeader
        meeting={meeting}
        onSendNotice={() => setDialog('notice')}
        onApprove={() => setDialog('approve')}
      />
      {meeting.status === 'cancelled' && (
        <div className={styles.cancelled}>
          <MessageBar intent="warning">
            <MessageBarBody>{t('agenda.workspace.cancelled')}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      <div className={styles.content}>
        <Routes>
          <Route index element={<Navigate to="saksliste" replace />} />
          <Route path="saksliste" element={<AgendaView meeting={meeting} noticeSentAt={noticeSentAt} />} />
          <Route path="protokoll" element={<MinutesView meeting={meeting} onApprove={() => setDialog('approve')} />} />
          <Route path="*" element={<Navigate to="saksliste" replace />} />
        </Routes>
      </div>
      <SendNoticeDialog meeting={meeting} open={dialog === 'notice'} onClose={() => setDialog(null)} />
      <ApproveMinutesDialog meeting={meeting} open={dialog === 'approve'} onClose={() => setDialog(null)} />
    </div>
  )
}
