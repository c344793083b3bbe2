import { Button, Caption1, makeStyles, Subtitle2, tokens, Tooltip } from '@fluentui/react-components'
import {
  ArrowForwardRegular,
  ArrowLeftRegular,
  ArrowUndoRegular,
  CheckmarkCircleRegular,
  DeleteRegular,
  ProhibitedRegular,
  SaveRegular,
} from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { CaseDetail } from '../../../shared/cases'
import { formatDate } from '../../../shared/dates'
import { ApiFailure, useApiMutation } from '../api/hooks'
import { ConfirmDialog } from '../kit/ConfirmDialog'
import { DocumentMenu } from '../documents/DocumentMenu'
import { ErrorBar } from '../kit/ErrorBar'
import { useShortcuts } from '../kit/use-shortcut'
import { CaseNumber } from './CaseNumber'
import { CaseStatusBadge } from './CaseStatusBadge'
import type { CaseDraft } from './case-draft'
import { ForwardDialog } from './ForwardDialog'
import { NewCaseDialog } from './NewCaseDialog'
import { RouteLink } from '../kit/RouteLink'
import { SaveState } from './SaveState'
import type { SaveStatus } from './use-autosave'

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  identity: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 0 },
  divider: { width: '1px', alignSelf: 'stretch', backgroundColor: tokens.colorNeutralStroke2 },
  meeting: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginLeft: 'auto' },
})

interface Props {
  detail: CaseDetail
  draft: CaseDraft
  autosave: { state: SaveStatus; error: string | null; flush: () => Promise<void> }
}

/**
 * The case's bar: back to the list, its number (or that it has none yet), status and save state,
 * and what can be done with it. Each action saves what is written first.
 */
export function CaseHeader({ detail, draft, autosave }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const s = detail.summary
  const [dialog, setDialog] = useState<'new' | 'forward' | 'withdraw' | 'delete' | null>(null)
  const [deleted, setDeleted] = useState(false)
  const setStatus = useApiMutation('cases.setStatus')
  const withdraw = useApiMutation('cases.withdraw')
  const remove = useApiMutation('cases.delete')
  const [error, setError] = useState<string | null>(null)
  useShortcuts({ 'Ctrl+N': () => setDialog('new') })

  const flushed = async () => {
    try {
      await autosave.flush()
      return true
    } catch {
      // The save state in the header already says why; the action waits until the text is stored.
      return false
    }
  }
  const changeStatus = async (status: 'draft' | 'ready') => {
    if (!(await flushed())) return
    setStatus.mutate({ id: s.id, status }, { onError: (e) => setError(e.message), onSuccess: () => setError(null) })
  }
  const open = (next: typeof dialog) => {
    withdraw.reset()
    remove.reset()
    setDialog(next)
  }

  const canBeReady = s.status === 'draft'
  // A withdrawn case can be taken up again, as a draft to look over first.
  const canBeDraft = s.status === 'ready' || s.status === 'postponed' || s.status === 'withdrawn'
  const canWithdraw = s.status !== 'handled' && s.status !== 'withdrawn'
  const canDelete = s.status === 'draft' && s.handling === null

  return (
    <>
      <header className={styles.header}>
        <RouteLink to="/saker" className={styles.back} aria-label={t('cases.page.backLabel')}>
          <ArrowLeftRegular aria-hidden />
          {t('cases.page.back')}
        </RouteLink>
        <span className={styles.divider} aria-hidden />
        <div className={styles.identity}>
          <Subtitle2 as="p" style={{ margin: 0 }}>
            <CaseNumber
              label={s.handling?.numberLabel}
              fixed={s.handling?.numberFixed ?? false}
              empty={t('cases.notOnAgenda')}
            />
          </Subtitle2>
          {s.handling && (
            <Caption1 className={styles.meeting}>
              {s.bodyShortCode} · {t('cases.handlings.meeting', { date: formatDate(s.handling.meetingDate) })}
            </Caption1>
          )}
          <CaseStatusBadge status={s.status} />
          <SaveState state={autosave.state} error={autosave.error} />
        </div>
        <div className={styles.actions} role="toolbar" aria-label={t('cases.page.actions')}>
          {autosave.state !== 'saved' && (
            <Tooltip content={t('cases.page.saveNow')} relationship="label">
              <Button appearance="subtle" icon={<SaveRegular />} onClick={() => void flushed()} />
            </Tooltip>
          )}
          {canBeReady && (
            <Button
              appearance="primary"
              icon={<CheckmarkCircleRegular />}
              disabled={setStatus.isPending}
              onClick={() => void changeStatus('ready')}
            >
              {t('cases.page.markReady')}
            </Button>
          )}
          {canBeDraft && (
            <Button
              icon={<ArrowUndoRegular />}
              disabled={setStatus.isPending}
              onClick={() => void changeStatus('draft')}
            >
              {t('cases.page.markDraft')}
            </Button>
          )}
          <Button icon={<ArrowForwardRegular />} onClick={async () => (await flushed()) && open('forward')}>
            {t('cases.page.forward')}
          </Button>
          <DocumentMenu documents={[{ kind: 'caseDocument', id: s.id }]} bodyId={s.bodyId} prepare={flushed} />
          {canWithdraw && (
            <Button appearance="subtle" icon={<ProhibitedRegular />} onClick={() => open('withdraw')}>
              {t('cases.page.withdraw')}
            </Button>
          )}
          {canDelete && (
            <Button appearance="subtle" icon={<DeleteRegular />} onClick={() => open('delete')}>
              {t('cases.page.delete')}
            </Button>
          )}
        </div>
      </header>
      <ErrorBar message={error} />
      {dialog === 'new' && <NewCaseDialog defaultBodyId={draft.bodyId} onClose={() => setDialog(null)} />}
      {dialog === 'forward' && (
        <ForwardDialog caseId={s.id} currentBodyId={draft.bodyId} onClose={() => setDialog(null)} />
      )}
      <ConfirmDialog
        open={dialog === 'withdraw'}
        title={t('cases.withdraw.title')}
        confirmLabel={t('cases.withdraw.confirm')}
        error={withdraw.error instanceof ApiFailure ? withdraw.error.message : null}
        busy={withdraw.isPending}
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          if (!(await flushed())) return
          withdraw.mutate({ id: s.id }, { onSuccess: () => setDialog(null) })
        }}
      >
        {t('cases.withdraw.body')}
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        title={t('cases.remove.title', { title: draft.title || t('cases.untitled') })}
        confirmLabel={t('app.delete')}
        error={remove.error instanceof ApiFailure ? remove.error.message : null}
        busy={remove.isPending}
        onClose={() => setDialog(null)}
        onClosed={() => deleted && navigate('/saker', { replace: true })}
        onConfirm={async () => {
          // Whatever is pending is saved first, so nothing is written to the case after it is gone.
          await flushed()
          remove.mutate(
            { id: s.id },
            {
              onSuccess: () => {
                setDeleted(true)
                setDialog(null)
              },
            },
          )
        }}
      >
        {t('cases.remove.body')}
      </ConfirmDialog>
    </>
  )
}
