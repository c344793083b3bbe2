import { Button, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components'
import { AddRegular, CalendarAddRegular, TextBulletListSquareRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { AgendaItem } from '../../../shared/cases'
import type { Meeting } from '../../../shared/cycle'
import { ApiFailure, useApiMutation, useApiQuery } from '../api/hooks'
import { DocumentMenu } from '../documents/DocumentMenu'
import { EmptyState } from '../kit/EmptyState'
import { ErrorBar } from '../kit/ErrorBar'
import { PageToolbar } from '../kit/PageToolbar'
import { AddCaseDialog } from './AddCaseDialog'
import { AgendaSide } from './AgendaSide'
import { AgendaTable } from './AgendaTable'
import { itemActions, type ItemAction } from './agenda-rules'
import { agendaClosed } from '../../../shared/meeting-life'
import { ItemConfirmDialog } from './ItemConfirmDialog'
import { PostponeDialog } from './PostponeDialog'
import { ProgrammeItemDialog } from './ProgrammeItemDialog'
import { stampParts } from './format'
import { TimingDialog } from './TimingDialog'

const useStyles = makeStyles({
  content: { display: 'flex', flex: 1, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  main: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0, overflow: 'auto' },
  messages: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
  hint: { color: tokens.colorNeutralForeground3, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
  spacer: { flex: 1 },
  sent: { color: tokens.colorNeutralForeground3 },
})

interface Props {
  meeting: Meeting
  noticeSentAt: string | null
}

type Dialog =
  { kind: 'addCase' } | { kind: 'programme'; item: AgendaItem | null } | { kind: ItemAction; item: AgendaItem }

/** The Saksliste tab: the agenda in order, its numbers, and everything done to it before and after the notice. */
export function AgendaView({ meeting, noticeSentAt }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const agenda = useApiQuery('agenda.get', { meetingId: meeting.id })
  const start = useApiMutation('agenda.start')
  const reorder = useApiMutation('agenda.reorder')
  const [dialog, setDialog] = useState<Dialog | null>(null)

  if (!agenda.data) {
    return agenda.error ? (
      <div className={styles.messages}>
        <ErrorBar message={agenda.error.message} />
      </div>
    ) : (
      <Spinner label={t('app.loading')} style={{ margin: 48 }} />
    )
  }

  const { items, frozen } = agenda.data
  const closed = agendaClosed(meeting.status)
  const timed = meeting.kind === 'programme' || items.some((i) => i.startTime !== null)
  const actionsOf = (item: AgendaItem) => itemActions(item, closed, frozen)

  const onAction = (action: ItemAction, item: AgendaItem) => {
    if (action === 'open' && item.caseId !== null) navigate(`/saker/${item.caseId}`)
    else if (action === 'edit') setDialog({ kind: 'programme', item })
    else setDialog({ kind: action, item })
  }
  const onReorder = async (itemIds: number[]) => {
    reorder.reset()
    await reorder.mutateAsync({ meetingId: meeting.id, itemIds })
  }

  const addButtons = !closed && (
    <>
      <Button icon={<AddRegular />} onClick={() => setDialog({ kind: 'addCase' })}>
        {t('agenda.add.case')}
      </Button>
      <Button icon={<CalendarAddRegular />} onClick={() => setDialog({ kind: 'programme', item: null })}>
        {t('agenda.programme.add')}
      </Button>
    </>
  )
  const sent = noticeSentAt ? stampParts(noticeSentAt) : null

  return (
    <>
      <PageToolbar label={t('agenda.list.label')}>
        {addButtons}
        <span className={styles.spacer} />
        {/* Before the notice, "Send innkalling" is the header's next step, beside the meeting's status. */}
        {sent && <Caption1 className={styles.sent}>{t('agenda.notice.sentAt', sent)}</Caption1>}
        <DocumentMenu
          documents={[
            { kind: 'notice', id: meeting.id },
            { kind: 'package', id: meeting.id },
          ]}
          bodyId={meeting.bodyId}
        />
      </PageToolbar>
      <div className={styles.content}>
        <div className={styles.main}>
          {(reorder.error instanceof ApiFailure || start.error instanceof ApiFailure) && (
            <div className={styles.messages}>
              <ErrorBar message={reorder.error?.message ?? start.error?.message} />
            </div>
          )}
          {items.length === 0 ? (
            <EmptyState
              icon={<TextBulletListSquareRegular />}
              title={closed ? t('agenda.empty.closedTitle') : t('agenda.empty.title')}
              body={closed ? t('agenda.empty.closedBody') : t('agenda.empty.body')}
              action={
                !closed && (
                  <Button
                    appearance="primary"
                    disabled={start.isPending}
                    onClick={() => start.mutate({ meetingId: meeting.id })}
                  >
                    {t('agenda.empty.start')}
                  </Button>
                )
              }
            />
          ) : (
            <>
              <AgendaTable
                items={items}
                columns={{ timed }}
                movable={!closed}
                actionsOf={actionsOf}
                onAction={onAction}
                onReorder={onReorder}
              />
              <Caption1 className={styles.hint}>
                {closed ? t('agenda.list.readOnly') : t('agenda.list.keyboardHint')}
              </Caption1>
            </>
          )}
        </div>
        <AgendaSide meeting={meeting} agenda={agenda.data} noticeSentAt={noticeSentAt} />
      </div>
      {dialog?.kind === 'addCase' && (
        <AddCaseDialog meeting={meeting} frozen={frozen} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'programme' && (
        <ProgrammeItemDialog
          key={dialog.item?.id ?? 'new'}
          meetingId={meeting.id}
          item={dialog.item}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'timing' && (
        <TimingDialog key={dialog.item.id} item={dialog.item} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'postpone' && (
        <PostponeDialog key={dialog.item.id} meeting={meeting} item={dialog.item} onClose={() => setDialog(null)} />
      )}
      {(dialog?.kind === 'withdraw' || dialog?.kind === 'remove') && (
        <ItemConfirmDialog
          key={`${dialog.kind}-${dialog.item.id}`}
          action={dialog.kind}
          item={dialog.item}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  )
}
