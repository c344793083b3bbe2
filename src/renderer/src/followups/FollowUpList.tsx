import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  mergeClasses,
  Spinner,
  Switch,
  tokens,
} from '@fluentui/react-components'
import { TaskListLtrRegular } from '@fluentui/react-icons'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import type { FollowUp } from '../../../shared/cases'
import { formatDate, localIsoDate } from '../../../shared/dates'
import { useApiMutation, useApiQuery } from '../api/hooks'
import { RouteLink } from '../kit/RouteLink'
import { DataTable } from '../kit/DataTable'
import { EmptyState } from '../kit/EmptyState'
import { EntityPicker } from '../kit/EntityPicker'
import { ErrorBar } from '../kit/ErrorBar'
import { DocumentMenu } from '../documents/DocumentMenu'
import { PageToolbar } from '../kit/PageToolbar'
import { useBodyOptions } from '../register/options'
import { countFollowUps, dueState, openFirst } from './due'
import { FollowUpSummary } from './FollowUpSummary'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    flex: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  body: { width: '260px' },
  spacer: { flex: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  // The action is the point of the row: up to two lines of it rather than one cut short.
  what: {
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    whiteSpace: 'normal',
    padding: '2px 0',
  },
  done: { color: tokens.colorNeutralForeground3, textDecoration: 'line-through' },
  due: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  source: { display: 'flex', flexDirection: 'column', padding: '2px 0', overflow: 'hidden' },
  line: { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '100%' },
  checkbox: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
})

/** Open follow-up actions across meetings and bodies: what, who, by when, and the decision behind it. */
export function FollowUpList() {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const today = localIsoDate()
  // In the address like the other case lists' filters, so the body chosen there carries over.
  const [params, setParams] = useSearchParams()
  const bodyId = params.get('utvalg') ? Number(params.get('utvalg')) : null
  const includeDone = params.get('fullforte') === 'ja'
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params)
    if (value === null) next.delete(key)
    else next.set(key, value)
    setParams(next, { replace: true })
  }
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [justDone, setJustDone] = useState<FollowUp | null>(null)
  const bodies = useBodyOptions()
  const list = useApiQuery('followUps.list', { bodyId: bodyId ?? undefined, includeDone })
  const save = useApiMutation('followUps.save')
  const rows = useMemo(() => openFirst(list.data ?? []), [list.data])
  const counts = countFollowUps(rows, today)

  const setDone = (f: FollowUp, done: boolean) => {
    const { id, agendaItemId, what, responsible, dueDate } = f
    save.mutate(
      { id, agendaItemId, what, responsible, dueDate, done },
      // A done action leaves the list at once; the bar says where it went and offers the way back.
      { onSuccess: () => setJustDone(done && !includeDone ? f : null) },
    )
  }
  const openMinutes = (f: FollowUp) => navigate(`/moter/${f.meetingId}/protokoll`)

  let content
  if (list.error) content = <ErrorBar message={list.error.message} />
  else if (!list.data) content = <Spinner label={t('app.loading')} style={{ margin: 48 }} />
  else if (rows.length === 0) {
    const body = bodies.find((b) => b.id === bodyId)
    content = (
      <EmptyState
        icon={<TaskListLtrRegular />}
        title={
          body
            ? t(includeDone ? 'followUps.emptyAllInBody' : 'followUps.emptyInBody', { body: body.label })
            : t(includeDone ? 'followUps.emptyAll' : 'followUps.empty')
        }
        body={t('followUps.emptyBody')}
        action={body && <Button onClick={() => setParam('utvalg', null)}>{t('followUps.allBodies')}</Button>}
      />
    )
  } else
    content = (
      <DataTable
        label={t('followUps.tableLabel')}
        rows={rows}
        selectedId={selectedId}
        onSelect={(f) => setSelectedId(f.id)}
        onOpen={openMinutes}
        columns={[
          {
            key: 'done',
            header: t('followUps.columns.done'),
            width: '60px',
            render: (f) => (
              <Checkbox
                className={styles.checkbox}
                aria-label={t('followUps.markDone', { what: f.what })}
                checked={f.doneAt !== null}
                disabled={save.isPending && save.variables?.id === f.id}
                onChange={(_, data) => setDone(f, data.checked === true)}
              />
            ),
          },
          {
            key: 'what',
            header: t('followUps.columns.what'),
            render: (f) => (
              <span title={f.what} className={mergeClasses(styles.what, f.doneAt !== null && styles.done)}>
                {f.what}
              </span>
            ),
          },
          {
            key: 'responsible',
            header: t('followUps.columns.responsible'),
            width: '210px',
            render: (f) =>
              f.responsible ? (
                <span title={f.responsible} className={f.doneAt ? styles.muted : undefined}>
                  {f.responsible}
                </span>
              ) : (
                <span className={styles.muted}>{t('followUps.noResponsible')}</span>
              ),
          },
          {
            key: 'due',
            header: t('followUps.columns.dueDate'),
            width: '150px',
            render: (f) => <DueCell followUp={f} today={today} />,
          },
          {
            key: 'body',
            header: t('followUps.columns.body'),
            width: '72px',
            render: (f) => <span className={f.doneAt ? styles.muted : undefined}>{f.bodyShortCode}</span>,
          },
          {
            key: 'source',
            header: t('followUps.columns.source'),
            width: '26%',
            render: (f) => (
              <div className={styles.source}>
                <Caption1 className={mergeClasses(styles.line, styles.muted)}>
                  {f.numberLabel
                    ? t('followUps.sourceMeta', { number: f.numberLabel, date: formatDate(f.meetingDate) })
                    : t('followUps.meetingItem', { date: formatDate(f.meetingDate) })}
                </Caption1>
                <RouteLink to={`/moter/${f.meetingId}/protokoll`} className={styles.line}>
                  {f.itemTitle}
                </RouteLink>
              </div>
            ),
          },
        ]}
      />
    )

  return (
    <div className={styles.root}>
      <PageToolbar label={t('followUps.filters')}>
        <EntityPicker
          compact
          className={styles.body}
          label={t('fields.bodyId')}
          options={bodies}
          value={bodyId}
          onChange={(id) => setParam('utvalg', id === null ? null : String(id))}
        />
        <Switch
          label={t('followUps.showDone')}
          checked={includeDone}
          onChange={(_, data) => setParam('fullforte', data.checked ? 'ja' : null)}
        />
        <span className={styles.spacer} />
        {rows.length > 0 && <FollowUpSummary counts={counts} showDone={includeDone} />}
        <DocumentMenu
          documents={[{ kind: 'followUps', id: bodyId }]}
          bodyId={bodyId}
          label={t('documentsUi.followUpsButton')}
        />
      </PageToolbar>
      <ErrorBar message={save.error?.message} />
      {justDone && (
        <MessageBar intent="success">
          <MessageBarBody>{t('followUps.markedDone', { what: justDone.what })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setDone(justDone, false)}>
              {t('followUps.undo')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {content}
    </div>
  )
}

function DueCell({ followUp, today }: { followUp: FollowUp; today: string }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const state = dueState(followUp, today)
  if (state === 'done' && followUp.doneAt)
    return (
      <span className={styles.muted}>
        {t('followUps.doneOn', { date: formatDate(localIsoDate(new Date(followUp.doneAt))) })}
      </span>
    )
  if (!followUp.dueDate) return <span className={styles.muted}>{t('followUps.noDueDate')}</span>
  return (
    <span className={styles.due}>
      <span className={mergeClasses(state === 'overdue' && styles.overdue)}>{formatDate(followUp.dueDate)}</span>
      {state === 'overdue' && (
        <Badge size="small" appearance="filled" color="danger">
          {t('followUps.overdue')}
        </Badge>
      )}
      {state === 'soon' && (
        <Badge size="small" appearance="tint" color="warning">
          {t('followUps.soon')}
        </Badge>
      )}
    </span>
  )
}
