import { Button, Caption1, makeStyles, SearchBox, Spinner, tokens, Toolbar } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiFailure, useApiMutation } from '../api/hooks'
import { ConfirmDialog } from '../kit/ConfirmDialog'
import { DataTable, type Column } from '../kit/DataTable'
import { EmptyDetail } from '../kit/DetailPane'
import { EmptyState } from '../kit/EmptyState'
import { useShortcuts } from '../kit/use-shortcut'

const useStyles = makeStyles({
  root: { display: 'flex', flex: 1, minHeight: 0 },
  main: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'wrap',
  },
  search: { width: '220px' },
  count: { marginLeft: 'auto', color: tokens.colorNeutralForeground3, alignSelf: 'center' },
})

type DeleteOperation = 'people.delete' | 'roles.delete' | 'bodies.delete' | 'organisations.delete' | 'regions.delete'

export interface Editing<T> {
  /** null for "new". */
  row: T | null
  close: () => void
}

interface Props<T extends { id: number }> {
  label: string
  newLabel: string
  emptyTitle: string
  emptyBody: string
  emptyIcon: ReactNode
  columns: Column<T>[]
  rows: readonly T[] | undefined
  total: number | undefined
  search: string
  onSearch: (value: string) => void
  /** True when a filter other than the search is set; changes the empty message. */
  filtered: boolean
  onClearFilters: () => void
  filters?: ReactNode
  nameOf: (row: T) => string
  deleteOperation: DeleteOperation
  detail: (row: T, actions: { edit: () => void; remove: () => void }) => ReactNode
  form: (editing: Editing<T>) => ReactNode
}

/**
 * One register list: toolbar with search and filters, a keyboard-driven table, the selected row
 * in a detail pane, a form dialog for new and edit, and delete with confirmation. Ctrl+N makes a
 * new row, Ctrl+F goes to the search field.
 */
export function RegisterTab<T extends { id: number }>(props: Props<T>) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [editing, setEditing] = useState<{ row: T | null } | null>(null)
  const [deleting, setDeleting] = useState<T | null>(null)
  const remove = useApiMutation(props.deleteOperation)
  const searchRef = useRef<HTMLInputElement>(null)

  useShortcuts({
    'Ctrl+N': () => setEditing({ row: null }),
    'Ctrl+F': () => searchRef.current?.focus(),
  })

  const rows = props.rows ?? []
  const selected = rows.find((r) => r.id === selectedId) ?? null
  const startDelete = (row: T) => {
    remove.reset()
    setDeleting(row)
  }

  let content: ReactNode
  if (props.rows === undefined) content = <Spinner label={t('app.loading')} style={{ margin: 48 }} />
  else if (props.total === 0)
    content = (
      <EmptyState
        icon={props.emptyIcon}
        title={props.emptyTitle}
        body={props.emptyBody}
        action={
          <Button appearance="primary" icon={<AddRegular />} onClick={() => setEditing({ row: null })}>
            {props.newLabel}
          </Button>
        }
      />
    )
  else if (rows.length === 0)
    content = (
      <EmptyState
        title={t('register.noMatches', { query: props.search || '…' })}
        action={
          <Button
            onClick={() => {
              props.onSearch('')
              props.onClearFilters()
            }}
          >
            {t('register.clearFilters')}
          </Button>
        }
      />
    )
  else
    content = (
      <DataTable
        label={props.label}
        columns={props.columns}
        rows={rows}
        selectedId={selectedId}
        onSelect={(row) => setSelectedId(row.id)}
        onOpen={(row) => setEditing({ row })}
        onDelete={startDelete}
      />
    )

  return (
    <div className={styles.root}>
      <div className={styles.main}>
        <div className={styles.toolbar}>
          <Toolbar aria-label={props.label} style={{ padding: 0 }}>
            <Button appearance="primary" icon={<AddRegular />} onClick={() => setEditing({ row: null })} title="Ctrl+N">
              {props.newLabel}
            </Button>
          </Toolbar>
          <SearchBox
            ref={searchRef}
            className={styles.search}
            placeholder={t('register.searchPlaceholder')}
            aria-label={t('app.search')}
            value={props.search}
            onChange={(_, data) => props.onSearch(data.value)}
          />
          {props.filters}
          {props.rows && props.total !== undefined && (
            <Caption1 className={styles.count} aria-live="polite">
              {t('register.count', { count: rows.length, total: props.total })}
            </Caption1>
          )}
        </div>
        {content}
      </div>
      {selected
        ? props.detail(selected, { edit: () => setEditing({ row: selected }), remove: () => startDelete(selected) })
        : rows.length > 0 && <EmptyDetail text={t('register.selectHint')} />}
      {editing && props.form({ row: editing.row, close: () => setEditing(null) })}
      <ConfirmDialog
        open={deleting !== null}
        title={t('register.deleteTitle', { name: deleting ? props.nameOf(deleting) : '' })}
        confirmLabel={t('app.delete')}
        error={remove.error instanceof ApiFailure ? remove.error.message : null}
        busy={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return
          remove.mutate(
            { id: deleting.id },
            {
              onSuccess: () => {
                if (selectedId === deleting.id) setSelectedId(null)
                setDeleting(null)
              },
            },
          )
        }}
      >
        {t('register.deleteBody')}
      </ConfirmDialog>
    </div>
  )
}
