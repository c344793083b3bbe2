import {
  Button,
  Caption1,
  Checkbox,
  Input,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  Tooltip,
} from '@fluentui/react-components'
import { ArrowTurnDownRightRegular, MailOffRegular, PersonAddRegular } from '@fluentui/react-icons'
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../shared/dates'
import type { Invitee, InvitationList, RsvpStatus } from '../../../shared/invitations'
import { flatRows, type Grouping, type ListGroup, type ListRow } from '../../../shared/invitation-groups'
import { isCategory, isStatus } from './rows'
import { AttendanceLabel, StatusLabel } from './StatusLabel'
import type { InvitationActions } from './use-invitations'

export type TableMode = 'list' | 'attendance'

const useStyles = makeStyles({
  wrap: { overflow: 'auto', flex: 1, minHeight: 0 },
  table: { tableLayout: 'fixed' },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground1, zIndex: 2 },
  row: {
    cursor: 'default',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: { backgroundColor: tokens.colorSubtleBackgroundSelected },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  group: {
    backgroundColor: tokens.colorNeutralBackground2,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    height: '28px',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2 },
  },
  groupCount: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, marginLeft: '8px' },
  name: { display: 'flex', alignItems: 'center', gap: '4px', minWidth: 0 },
  nameText: { overflow: 'hidden', textOverflow: 'ellipsis' },
  nested: { color: tokens.colorNeutralForeground3, fontSize: '14px', flexShrink: 0 },
  relation: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis' },
  noEmail: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: '14px', flexShrink: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  two: { display: 'flex', flexDirection: 'column', padding: '2px 0', overflow: 'hidden' },
  status: { display: 'inline-flex', alignItems: 'baseline', gap: '6px', whiteSpace: 'nowrap' },
  extra: { ':hover': { backgroundColor: 'transparent' } },
  extraCell: { paddingTop: '2px', paddingBottom: '4px' },
  extraLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  reasonInput: { width: '100%', maxWidth: '520px' },
  newBadge: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorBrandForeground1,
    border: `1px solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: '0 4px',
    flexShrink: 0,
  },
})

interface Props {
  mode: TableMode
  list: InvitationList
  groups: ListGroup[]
  grouping: Grouping
  selectedId: number | null
  onSelect: (personId: number) => void
  actions: InvitationActions
  /** Attendance can no longer be changed (approved minutes). */
  locked: boolean
  /** Moves the keyboard to the filter box (Ctrl+F also does). */
  onFind: () => void
}

interface Column {
  key: string
  header: string
  width: string
  render: (row: ListRow) => ReactNode
}

const keyStatus: Record<string, RsvpStatus> = { j: 'accepted', n: 'declined', u: 'noAnswer', i: 'invited' }

/**
 * The list as a dense, keyboard-first table. On a row: arrows move, and one letter answers for the
 * person and moves on (J kommer, N forfall with a reason line, U ikke svart, I invitert, V invites
 * the proposed substitute); in attendance mode T/F/0 record presence and B marks a host.
 */
export function InviteeTable(props: Props) {
  const { mode, list, groups, grouping, selectedId, onSelect, actions, locked, onFind } = props
  const { t } = useTranslation()
  const styles = useStyles()
  const rowsRef = useRef(new Map<number, HTMLTableRowElement>())
  const [reasonFor, setReasonFor] = useState<{ personId: number; nextId: number | null } | null>(null)
  const [reason, setReason] = useState('')
  // The row to focus once the page shows it (after an action moves on).
  const focusNext = useRef<number | null>(null)
  const flat = flatRows(groups)
  // One row takes Tab (the selected one, or the first): arrows do the rest.
  const tabbableId = flat.some((r) => r.id === selectedId) ? selectedId : (flat[0]?.id ?? null)
  // "24/2026" rather than "OSS-sak 24/2026": the column is narrow and the body is known.
  const itemLabel = (id: number | null) => {
    const item = list.agendaItems.find((a) => a.id === id)
    return item ? (item.label.split(' ').pop() ?? item.label) || item.title : ''
  }

  // Focus follows the selection after an action, once the row is on the page.
  useEffect(() => {
    if (focusNext.current === null) return
    rowsRef.current.get(focusNext.current)?.focus()
    focusNext.current = null
  })

  const groupLabel = (key: string) => {
    if (grouping === 'category' && isCategory(key)) return t(`invitationText.category.${key}`)
    if (grouping === 'status' && isStatus(key)) return t(`invitations.status.${key}`)
    return key || t('invitations.noOrganisation')
  }

  const nameCell = ({ invitee: i, depth }: ListRow) => {
    const relation = i.standsInFor
      ? t('invitations.standsInFor', { name: i.standsInFor.name })
      : i.companionOf
        ? t('invitations.companionOf', { name: i.companionOf.name })
        : null
    return (
      <div className={styles.two} style={{ paddingLeft: depth * 18 }}>
        <span className={styles.name}>
          {depth > 0 && <ArrowTurnDownRightRegular className={styles.nested} aria-hidden />}
          <span className={styles.nameText}>{i.name}</span>
          {!i.email && (
            <Tooltip content={t('invitations.noEmail')} relationship="label">
              <MailOffRegular className={styles.noEmail} role="img" aria-label={t('invitations.noEmail')} />
            </Tooltip>
          )}
          {i.addedAfterSend && (
            <Tooltip content={t('invitations.addedAfterSend')} relationship="description">
              <span className={styles.newBadge}>{t('invitations.newMarker')}</span>
            </Tooltip>
          )}
        </span>
        {relation && <Caption1 className={styles.relation}>{relation}</Caption1>}
      </div>
    )
  }
  // "Ordfører, Arendal kommune", as the register names a role.
  const roleText = (i: Invitee) =>
    [i.roleTitles.length > 0 ? i.roleTitles.join(', ') : i.title, i.organisationName].filter(Boolean).join(', ')
  const statusCell = (i: Invitee) => (
    <div className={styles.two}>
      <span className={styles.status}>
        <StatusLabel status={i.status} />
        {i.statusDate && i.status !== 'invited' && (
          <Caption1 className={styles.muted} title={t('invitations.answered', { date: formatDate(i.statusDate) })}>
            {formatDate(i.statusDate).slice(0, 6)}
          </Caption1>
        )}
      </span>
      {i.status === 'declined' && i.declineReason && (
        <Caption1 className={styles.relation} title={i.declineReason}>
          {i.declineReason}
        </Caption1>
      )}
    </div>
  )
  const text = (value: string, muted = false) => (
    <span title={value} className={muted ? styles.muted : undefined}>
      {value}
    </span>
  )

  const listColumns: Column[] = [
    { key: 'name', header: t('invitations.columns.name'), width: '190px', render: nameCell },
    { key: 'role', header: t('invitations.columns.role'), width: '230px', render: (r) => text(roleText(r.invitee)) },
    {
      key: 'category',
      header: t('invitations.columns.category'),
      width: '126px',
      render: (r) => (
        <span className={styles.muted} title={t(`invitationText.category.${r.invitee.category}`)}>
          {t(`invitations.categoryShort.${r.invitee.category}`)}
        </span>
      ),
    },
    {
      key: 'reasons',
      header: t('invitations.columns.reasons'),
      width: 'auto',
      render: (r) => text(r.invitee.reasons.join(' · '), true),
    },
    { key: 'status', header: t('invitations.columns.status'), width: '150px', render: (r) => statusCell(r.invitee) },
  ]
  const inOut = (i: Invitee) =>
    [
      i.arrivedAtItemId !== null ? t('invitations.arrivedAt', { item: itemLabel(i.arrivedAtItemId) }) : '',
      i.leftAfterItemId !== null ? t('invitations.leftAfter', { item: itemLabel(i.leftAfterItemId) }) : '',
    ]
      .filter(Boolean)
      .join(' · ')
  const attendanceColumns: Column[] = [
    { key: 'name', header: t('invitations.columns.name'), width: '180px', render: nameCell },
    {
      key: 'role',
      header: t('invitations.columns.role'),
      width: list.itemAttendance ? '200px' : '240px',
      render: (r) => text(roleText(r.invitee)),
    },
    { key: 'status', header: t('invitations.columns.status'), width: '120px', render: (r) => statusCell(r.invitee) },
    {
      key: 'attendance',
      header: t('invitations.columns.attendance'),
      width: list.itemAttendance ? '128px' : 'auto',
      render: (r) => <AttendanceLabel value={r.invitee.attendance} />,
    },
    {
      key: 'host',
      header: t('invitations.columns.host'),
      width: '76px',
      render: (r) => (
        <Checkbox
          checked={r.invitee.host}
          disabled={locked}
          aria-label={t('invitations.hostOf', { name: r.invitee.name })}
          onChange={(_, d) => void actions.setHost(r.invitee.personId, d.checked === true)}
        />
      ),
    },
    ...(list.itemAttendance
      ? [
          {
            key: 'inout',
            header: t('invitations.columns.inOut'),
            width: 'auto',
            render: (r: ListRow) => text(inOut(r.invitee), true),
          },
        ]
      : []),
  ]
  const columns = mode === 'list' ? listColumns : attendanceColumns

  const nextOf = (personId: number, step = 1): number | null => {
    const index = flat.findIndex((r) => r.id === personId)
    const target = flat[Math.max(0, Math.min(flat.length - 1, index + step))]
    return target ? target.id : null
  }
  const go = (id: number | null) => {
    if (id === null) return
    focusNext.current = id
    onSelect(id)
  }

  function onRowKey(event: KeyboardEvent<HTMLTableRowElement>, row: ListRow) {
    if (event.target !== event.currentTarget) return
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const i = row.invitee
    const key = event.key.toLowerCase()
    const next = nextOf(i.personId)
    if (event.key === 'ArrowDown') go(next)
    else if (event.key === 'ArrowUp') go(nextOf(i.personId, -1))
    else if (event.key === 'PageDown') go(nextOf(i.personId, 10))
    else if (event.key === 'PageUp') go(nextOf(i.personId, -10))
    else if (event.key === 'Home') go(flat[0]?.id ?? null)
    else if (event.key === 'End') go(flat[flat.length - 1]?.id ?? null)
    else if (event.key === '/') onFind()
    else if (mode === 'list' && key in keyStatus) {
      const status = keyStatus[key]
      if (status === 'declined') {
        void actions.respond(i.personId, 'declined', i.declineReason)
        setReason(i.declineReason)
        setReasonFor({ personId: i.personId, nextId: next })
      } else {
        void actions.respond(i.personId, status)
        go(next)
      }
    } else if (mode === 'list' && key === 'v') {
      if (i.status !== 'declined' || !i.proposal || i.substitute) return
      void actions.inviteSubstitute(i.personId)
      go(next)
    } else if (mode === 'attendance' && !locked && (key === 't' || key === 'f' || key === '0')) {
      const value = key === 't' ? 'present' : key === 'f' ? 'absent' : 'unrecorded'
      void actions.setAttendance(i.personId, value, {
        arrivedAtItemId: i.arrivedAtItemId,
        leftAfterItemId: i.leftAfterItemId,
      })
      go(next)
    } else if (mode === 'attendance' && !locked && key === 'b') void actions.setHost(i.personId, !i.host)
    else return
    event.preventDefault()
  }

  const closeReason = (save: boolean) => {
    if (!reasonFor) return
    if (save) void actions.respond(reasonFor.personId, 'declined', reason.trim())
    const next = reasonFor.nextId ?? reasonFor.personId
    setReasonFor(null)
    go(next)
  }

  const extraRows = ({ invitee: i, depth }: ListRow) => {
    const rows: ReactNode[] = []
    const indent = { paddingLeft: `calc(${(depth + 1) * 18}px + ${tokens.spacingHorizontalS})` }
    if (mode === 'list' && reasonFor?.personId === i.personId) {
      rows.push(
        <TableRow key={`reason-${i.personId}`} className={styles.extra}>
          <TableCell colSpan={columns.length} className={styles.extraCell} style={indent}>
            <Input
              autoFocus
              size="small"
              className={styles.reasonInput}
              aria-label={t('invitations.reasonLabel', { name: i.name })}
              placeholder={t('invitations.reasonPlaceholder')}
              value={reason}
              onChange={(_, d) => setReason(d.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') closeReason(true)
                else if (event.key === 'Escape') closeReason(false)
                else return
                event.preventDefault()
                event.stopPropagation()
              }}
            />
          </TableCell>
        </TableRow>,
      )
    }
    if (mode === 'list' && i.status === 'declined' && i.proposal && !i.substitute) {
      const p = i.proposal
      rows.push(
        <TableRow key={`proposal-${i.personId}`} className={styles.extra}>
          <TableCell colSpan={columns.length} className={styles.extraCell} style={indent}>
            <span className={styles.extraLine}>
              <ArrowTurnDownRightRegular className={styles.nested} aria-hidden />
              <Caption1>
                {t('invitations.proposal', { name: p.name, description: p.description })}
                {!p.hasEmail && ` · ${t('invitations.proposalNoEmail')}`}
              </Caption1>
              <Button
                size="small"
                appearance="primary"
                icon={<PersonAddRegular />}
                title="V"
                onClick={() => void actions.inviteSubstitute(i.personId, p.personId)}
              >
                {t('invitations.inviteProposal', { name: p.name })}
              </Button>
            </span>
          </TableCell>
        </TableRow>,
      )
    }
    return rows
  }

  return (
    <div className={styles.wrap}>
      <Table
        size="small"
        className={styles.table}
        aria-label={mode === 'list' ? t('invitations.table') : t('invitations.tableAttendance')}
      >
        <TableHeader className={styles.head}>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c.key} style={c.width === 'auto' ? undefined : { width: c.width }}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {groups.map((group) => [
            grouping !== 'none' && (
              <TableRow key={`group-${group.key}`} className={styles.group}>
                <TableCell colSpan={columns.length}>
                  {groupLabel(group.label)}
                  <span className={styles.groupCount}>{t('invitations.groupCount', { count: group.rows.length })}</span>
                </TableCell>
              </TableRow>
            ),
            ...group.rows.flatMap((row) => [
              <TableRow
                key={row.id}
                ref={(el: HTMLTableRowElement | null) => {
                  if (el) rowsRef.current.set(row.id, el)
                  else rowsRef.current.delete(row.id)
                }}
                data-person-id={row.id}
                tabIndex={row.id === tabbableId ? 0 : -1}
                aria-selected={row.id === selectedId}
                className={mergeClasses(styles.row, row.id === selectedId && styles.selected)}
                onClick={() => onSelect(row.id)}
                onFocus={(event) => event.target === event.currentTarget && row.id !== selectedId && onSelect(row.id)}
                onKeyDown={(event) => onRowKey(event, row)}
              >
                {columns.map((c) => (
                  <TableCell key={c.key} className={styles.cell}>
                    {c.render(row)}
                  </TableCell>
                ))}
              </TableRow>,
              ...extraRows(row),
            ]),
          ])}
        </TableBody>
      </Table>
    </div>
  )
}
