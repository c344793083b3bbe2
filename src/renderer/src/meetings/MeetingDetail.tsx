import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components'
import {
  CalendarArrowDownRegular,
  DeleteRegular,
  DismissCircleRegular,
  TextBulletListSquareRegular,
  PeopleTeamRegular,
} from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Meeting } from '../../../shared/cycle'
import { canCancel, isPublished, nextStatus } from '../../../shared/meeting-life'
import { formatDate } from '../../../shared/dates'
import { ApiFailure, useApiMutation, useApiQuery, useRefresh } from '../api/hooks'
import { request } from '../api/client'
import { ConfirmDialog } from '../kit/ConfirmDialog'
import { DetailPane, DetailSection, Properties } from '../kit/DetailPane'
import { useSaveFile } from '../kit/use-save-file'
import { numberLabel } from './labels'
import { StatusBadge } from './StatusBadge'

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM}`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
})

interface Props {
  meeting: Meeting
  onEdit: () => void
  onDeleted: () => void
}

/** One meeting: when and where, its deadlines and warnings, its moves, and the next step. */
export function MeetingDetail({ meeting, onEdit, onDeleted }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const detail = useApiQuery('meetings.get', { id: meeting.id })
  const setStatus = useApiMutation('meetings.setStatus')
  // The list refreshes only after the dialog has gone: this pane goes with the deleted meeting.
  const remove = useApiMutation('meetings.delete', { refresh: false })
  const refresh = useRefresh()
  const [confirm, setConfirm] = useState<'cancel' | 'delete' | null>(null)
  const next = nextStatus(meeting.status)
  const cancellable = canCancel(meeting.status)
  const deletable = detail.data !== undefined && !isPublished(meeting.status, detail.data.noticeSentAt)

  const navigate = useNavigate()
  const file = useSaveFile()
  const saveCalendar = () => void file.save(request('calendar.meeting', { id: meeting.id }), 'text/calendar')

  return (
    <DetailPane
      title={`${meeting.bodyShortCode} ${numberLabel(t, meeting)}`.trim()}
      subtitle={meeting.bodyName}
      onEdit={onEdit}
    >
      <Properties
        items={[
          [t('fields.status'), <StatusBadge key="s" status={meeting.status} />],
          [t('fields.date'), formatDate(meeting.date)],
          [t('fields.time'), t('meetings.time', { start: meeting.startTime, end: meeting.endTime })],
          [t('fields.place'), meeting.place],
          [t('fields.videoLink'), meeting.videoLink],
          [t('fields.kind'), t(`cycle.kind.${meeting.kind}`)],
          [t('fields.notes'), meeting.notes],
        ]}
      />
      {(setStatus.error instanceof ApiFailure || file.error) && (
        <MessageBar intent="error" style={{ margin: '0 16px 8px' }}>
          <MessageBarBody>{setStatus.error?.message ?? file.error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {next && (
          <Button appearance="primary" size="small" onClick={() => setStatus.mutate({ id: meeting.id, status: next })}>
            {t('meetings.setStatus', { status: t(`cycle.status.${next}`) })}
          </Button>
        )}
        {meeting.status !== 'cancelled' && (
          <Button
            size="small"
            icon={<TextBulletListSquareRegular />}
            onClick={() => navigate(`/moter/${meeting.id}/saksliste`)}
          >
            {t('agenda.open')}
          </Button>
        )}
        {meeting.status !== 'cancelled' && (
          <Button size="small" icon={<PeopleTeamRegular />} onClick={() => navigate(`/deltakere/${meeting.id}`)}>
            {t('agenda.workspace.participants')}
          </Button>
        )}
        {meeting.status === 'cancelled' && (
          <Button size="small" onClick={() => setStatus.mutate({ id: meeting.id, status: 'planned' })}>
            {t('meetings.restore')}
          </Button>
        )}
        <Button size="small" icon={<CalendarArrowDownRegular />} onClick={saveCalendar}>
          {t('meetings.calendarFile')}
        </Button>
        {cancellable && (
          <Button size="small" icon={<DismissCircleRegular />} onClick={() => setConfirm('cancel')}>
            {t('meetings.cancel')}
          </Button>
        )}
        {deletable && (
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            onClick={() => (remove.reset(), setConfirm('delete'))}
          >
            {t('meetings.delete')}
          </Button>
        )}
      </div>
      {meeting.warnings.length > 0 && (
        <DetailSection title={t('meetings.warnings')}>
          {meeting.warnings.map((w) => (
            <MessageBar key={w.message} intent="warning" style={{ marginBottom: 4 }}>
              <MessageBarBody>{w.message}</MessageBarBody>
            </MessageBar>
          ))}
        </DetailSection>
      )}
      {meeting.deadlines.length > 0 && (
        <DetailSection title={t('meetings.deadlines')}>
          <Properties items={meeting.deadlines.map((d) => [t(`cycle.deadline.${d.kind}`), formatDate(d.date)])} />
        </DetailSection>
      )}
      {detail.data && detail.data.moves.length > 0 && (
        <DetailSection title={t('meetings.moves')}>
          <ul className={styles.list}>
            {detail.data.moves.map((mv) => (
              <li key={mv.movedAt + mv.toDate}>
                {t('meetings.moveRecord', {
                  from: `${formatDate(mv.fromDate)} ${mv.fromStart}`,
                  to: `${formatDate(mv.toDate)} ${mv.toStart}`,
                })}
                {mv.afterNotice && <Caption1 className={styles.muted}> · {t('meetings.moveAfterNotice')}</Caption1>}
              </li>
            ))}
          </ul>
        </DetailSection>
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={confirm === 'delete' ? t('meetings.delete') : t('meetings.cancel')}
        confirmLabel={confirm === 'delete' ? t('app.delete') : t('meetings.cancel')}
        busy={setStatus.isPending || remove.isPending}
        error={remove.error instanceof ApiFailure ? remove.error.message : null}
        onClose={() => setConfirm(null)}
        onConfirm={() => {
          if (confirm === 'cancel')
            setStatus.mutate({ id: meeting.id, status: 'cancelled' }, { onSuccess: () => setConfirm(null) })
          if (confirm === 'delete') remove.mutate({ id: meeting.id }, { onSuccess: () => setConfirm(null) })
        }}
        onClosed={() => {
          if (!remove.isSuccess) return
          onDeleted()
          refresh()
        }}
      >
        {`${meeting.bodyName}, ${formatDate(meeting.date)}`}
      </ConfirmDialog>
    </DetailPane>
  )
}
