import {
  Button,
  Caption1,
  Dropdown,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  SearchBox,
  Spinner,
  tokens,
} from '@fluentui/react-components'
import { DismissRegular, LockClosedRegular, PeopleTeamRegular } from '@fluentui/react-icons'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DocumentMenu } from '../documents/DocumentMenu'
import { EmptyState } from '../kit/EmptyState'
import { ErrorBar } from '../kit/ErrorBar'
import { PageToolbar } from '../kit/PageToolbar'
import { useShortcuts } from '../kit/use-shortcut'
import { ExportMenu, type ExportOutcome } from './ExportMenu'
import { InviteeDetail } from './InviteeDetail'
import { InviteeTable } from './InviteeTable'
import { NoticeBanner } from './NoticeBanner'
import { OverviewPanel } from './OverviewPanel'
import { buildGroups, flatRows, groupings, type Grouping } from '../../../shared/invitation-groups'
import { statusCounts } from './rows'
import { RulesPanel } from './RulesPanel'
import { ShortcutLegend } from './ShortcutLegend'
import { useInvitationActions, useInvitationList } from './use-invitations'

export type InvitationTab = 'list' | 'attendance' | 'overview' | 'rules'

const useStyles = makeStyles({
  search: { width: '220px' },
  grouping: { minWidth: '230px' },
  counts: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  spacer: { flex: 1 },
  bars: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalL}`,
    ':not(:empty)': { paddingTop: tokens.spacingVerticalS },
  },
  content: { display: 'flex', flex: 1, minHeight: 0 },
  main: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 },
  notes: { margin: `2px 0 0`, paddingLeft: '18px' },
  lockNote: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  centre: { margin: '48px auto' },
})

interface Props {
  meetingId: number
  tab: InvitationTab
  onTab: (tab: InvitationTab) => void
}

function DismissableError({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  const { t } = useTranslation()
  if (!message) return null
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            icon={<DismissRegular />}
            aria-label={t('invitations.export.dismiss')}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  )
}

/** One meeting's list under the page header: toolbar, the sent-notice banner, and the chosen tab. */
export function MeetingInvitations({ meetingId, tab, onTab }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const list = useInvitationList(meetingId)
  const actions = useInvitationActions(meetingId)
  const [query, setQuery] = useState('')
  const [grouping, setGrouping] = useState<Grouping>('organisation')
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [exported, setExported] = useState<ExportOutcome | null>(null)
  const [exportError, setExportError] = useState<string | null>(null)
  const [applying, setApplying] = useState(false)
  const searchRef = useRef<HTMLInputElement>(null)
  const tableTab = tab === 'list' || tab === 'attendance'
  function focusSearch() {
    searchRef.current?.focus()
    searchRef.current?.select()
  }

  // The box exists on the list tabs only; elsewhere there is nothing to find in.
  useShortcuts({ 'Ctrl+F': () => focusSearch() })

  const data = list.data
  const groups = data ? buildGroups(data.invitees, grouping, query) : []
  const rows = flatRows(groups)
  const selected = data?.invitees.find((i) => i.personId === selectedId) ?? null
  const counts = statusCounts(data?.invitees ?? [])
  const locked = data?.meeting.minutesLocked ?? false

  // Enter in the filter box: the first match is chosen and the keyboard moves to it at once, so
  // a letter typed straight after lands on the row, not in the box.
  const findFirst = () => {
    const first = rows[0]
    if (!first) return
    setSelectedId(first.id)
    document.querySelector<HTMLElement>(`[data-person-id="${first.id}"]`)?.focus()
  }

  let body
  if (list.error)
    body = (
      <div className={styles.main}>
        <ErrorBar message={list.error.message} />
      </div>
    )
  else if (!data) body = <Spinner className={styles.centre} label={t('app.loading')} />
  else if (tab === 'overview') body = <OverviewPanel list={data} />
  else if (tab === 'rules') body = <RulesPanel list={data} />
  else if (data.invitees.length === 0)
    body = (
      <EmptyState
        icon={<PeopleTeamRegular />}
        title={t('invitations.empty')}
        body={t('invitations.emptyBody')}
        action={
          <Button appearance="primary" onClick={() => onTab('rules')}>
            {t('invitations.addFirstRule')}
          </Button>
        }
      />
    )
  else {
    const mode = tab === 'attendance' ? 'attendance' : 'list'
    body = (
      <div className={styles.content}>
        <div className={styles.main}>
          {mode === 'attendance' && locked && (
            <div className={styles.lockNote} role="note">
              <LockClosedRegular aria-hidden />
              <Caption1>{t('invitations.locked')}</Caption1>
            </div>
          )}
          {rows.length === 0 ? (
            <EmptyState
              title={t('invitations.noMatches', { query })}
              action={<Button onClick={() => setQuery('')}>{t('invitations.clearFilter')}</Button>}
            />
          ) : (
            <InviteeTable
              mode={mode}
              list={data}
              groups={groups}
              grouping={grouping}
              selectedId={selectedId}
              onSelect={setSelectedId}
              actions={actions}
              locked={locked}
              onFind={focusSearch}
            />
          )}
          <ShortcutLegend mode={mode} locked={locked} />
        </div>
        <InviteeDetail mode={mode} list={data} invitee={selected} actions={actions} locked={locked} />
      </div>
    )
  }

  return (
    <>
      <PageToolbar label={t('invitations.toolbar')}>
        {tableTab && (
          <>
            <SearchBox
              ref={searchRef}
              size="small"
              className={styles.search}
              aria-label={t('invitations.filter')}
              placeholder={t('invitations.filterPlaceholder')}
              title="Ctrl+F"
              value={query}
              onChange={(_, d) => setQuery(d.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') findFirst()
                else if (event.key === 'Escape' && query) setQuery('')
                else return
                event.preventDefault()
              }}
            />
            <Dropdown
              size="small"
              className={styles.grouping}
              aria-label={t('invitations.groupBy')}
              value={`${t('invitations.groupBy')}: ${t(`invitations.group.${grouping}`).toLowerCase()}`}
              selectedOptions={[grouping]}
              onOptionSelect={(_, d) => setGrouping(groupings.find((g) => g === d.optionValue) ?? 'organisation')}
            >
              {groupings.map((g) => (
                <Option key={g} value={g}>
                  {t(`invitations.group.${g}`)}
                </Option>
              ))}
            </Dropdown>
          </>
        )}
        {data && (
          <Caption1 className={styles.counts} aria-live="polite">
            {tab === 'attendance'
              ? t('invitations.headerCountsAttendance', { ...counts })
              : t('invitations.headerCounts', { ...counts })}
            {query && ` · ${t('invitations.filterCount', { shown: rows.length, total: data.invitees.length })}`}
          </Caption1>
        )}
        <span className={styles.spacer} />
        <DocumentMenu
          documents={[{ kind: 'participants', id: meetingId }]}
          bodyId={data?.meeting.bodyId ?? null}
          label={t('invitations.export.wordByOrganisation')}
        />
        <ExportMenu
          meetingId={meetingId}
          onDone={(outcome, error) => {
            setExported(outcome)
            setExportError(error)
          }}
        />
      </PageToolbar>
      <div className={styles.bars} aria-live="polite">
        <DismissableError message={actions.error} onDismiss={actions.clearError} />
        <DismissableError message={exportError} onDismiss={() => setExportError(null)} />
        {exported && (
          <MessageBar
            intent={exported.notes.length > 0 ? 'warning' : 'success'}
            layout={exported.notes.length > 0 ? 'multiline' : 'singleline'}
          >
            <MessageBarBody>
              <MessageBarTitle>{t('invitations.export.saved', { file: exported.fileName })}</MessageBarTitle>
              {exported.notes.length > 0 && (
                <ul className={styles.notes}>
                  {exported.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  icon={<DismissRegular />}
                  aria-label={t('invitations.export.dismiss')}
                  onClick={() => setExported(null)}
                />
              }
            />
          </MessageBar>
        )}
      </div>
      {data && (
        <NoticeBanner
          list={data}
          busy={applying}
          onApply={async () => {
            setApplying(true)
            await actions.applyChanges()
            setApplying(false)
          }}
        />
      )}
      {body}
    </>
  )
}
