import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components'
import type { KeyboardEvent, ReactNode } from 'react'

export interface Column<T> {
  key: string
  header: string
  render: (row: T) => ReactNode
  width?: string
}

interface Props<T extends { id: number }> {
  label: string
  columns: Column<T>[]
  rows: readonly T[]
  selectedId: number | null
  onSelect: (row: T) => void
  /** Enter or double-click: usually "edit". */
  onOpen?: (row: T) => void
  /** The Delete key. */
  onDelete?: (row: T) => void
  /** Off when the table sits under a sticky heading of its own (a month in a year list). */
  stickyHeader?: boolean
}

const useStyles = makeStyles({
  wrap: { overflow: 'auto', flex: 1, minHeight: 0 },
  table: { tableLayout: 'fixed' },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground1, zIndex: 1 },
  row: {
    cursor: 'default',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: { backgroundColor: tokens.colorSubtleBackgroundSelected },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
})

// Fluent's cell layout drops a bare number 0; as text it shows like any other count.
const cellContent = (value: ReactNode) => (typeof value === 'number' ? String(value) : value)

/**
 * A dense, keyboard-driven list: arrows move the selection, Enter opens, Delete deletes.
 * Selection follows focus so the detail pane always shows the row the keyboard is on.
 */
export function DataTable<T extends { id: number }>({
  label,
  columns,
  rows,
  selectedId,
  onSelect,
  onOpen,
  onDelete,
  stickyHeader = true,
}: Props<T>) {
  const styles = useStyles()

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, row: T, index: number) {
    const move = (to: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, to))]
      if (!target) return
      onSelect(target)
      const body = event.currentTarget.parentElement
      ;(body?.children[rows.indexOf(target)] as HTMLElement | undefined)?.focus()
    }
    if (event.key === 'ArrowDown') move(index + 1)
    else if (event.key === 'ArrowUp') move(index - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(rows.length - 1)
    else if (event.key === 'Enter' && onOpen) onOpen(row)
    else if (event.key === 'Delete' && onDelete) onDelete(row)
    else return
    event.preventDefault()
  }

  return (
    <div className={styles.wrap}>
      <Table size="small" aria-label={label} className={styles.table}>
        <TableHeader className={stickyHeader ? styles.head : undefined}>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c.key} style={c.width ? { width: c.width } : undefined}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow
              key={row.id}
              tabIndex={0}
              aria-selected={row.id === selectedId}
              className={`${styles.row} ${row.id === selectedId ? styles.selected : ''}`}
              onClick={() => onSelect(row)}
              onFocus={() => row.id !== selectedId && onSelect(row)}
              onDoubleClick={() => onOpen?.(row)}
              onKeyDown={(event) => onKeyDown(event, row, index)}
            >
              {columns.map((c) => (
                <TableCell key={c.key} className={styles.cell}>
                  <TableCellLayout truncate>{cellContent(c.render(row))}</TableCellLayout>
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}
