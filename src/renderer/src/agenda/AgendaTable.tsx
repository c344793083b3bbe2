import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type Modifier,
  type UniqueIdentifier,
} from '@dnd-kit/core'
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'
import {
  makeStyles,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components'
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '../../../shared/cases'
import { AgendaRow, type RowColumns } from './AgendaRow'
import type { ItemAction } from './agenda-rules'

const useStyles = makeStyles({
  table: { tableLayout: 'fixed' },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground1, zIndex: 3 },
  live: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
})

/** Dragging moves rows up and down only. */
const vertical: Modifier = ({ transform }) => ({ ...transform, x: 0 })

interface Props {
  items: AgendaItem[]
  columns: RowColumns
  /** Reordering is offered (the meeting is not held yet). */
  movable: boolean
  actionsOf: (item: AgendaItem) => ItemAction[]
  onAction: (action: ItemAction, item: AgendaItem) => void
  /** Saves a new order; rejects with main's refusal, and the table then shows the old order again. */
  onReorder: (itemIds: number[]) => Promise<void>
}

/**
 * The agenda in order. Rows move by dragging their handle (or with the handle's own keyboard
 * mode: space, arrows, space), by Alt+arrow on the focused row, or from the row menu. The new
 * order shows at once and falls back if main refuses it.
 */
export function AgendaTable({ items, columns, movable, actionsOf, onAction, onReorder }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [order, setOrder] = useState<number[] | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const pending = useRef(0)
  const focusAfter = useRef<number | null>(null)
  const bodyRef = useRef<HTMLTableSectionElement>(null)

  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items])
  const shown = useMemo(() => {
    if (!order) return items
    const list = order.flatMap((id) => byId.get(id) ?? [])
    // An order from before a refresh that added or removed items is no longer ours to show.
    return list.length === items.length ? list : items
  }, [order, items, byId])
  const ids = shown.map((i) => i.id)

  // Moving a row re-inserts it in the DOM, which can drop the focus; put it back on the row.
  useEffect(() => {
    const id = focusAfter.current
    if (id === null) return
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-item-id="${id}"]`)
    if (row && document.activeElement !== row) row.focus()
    // Once the order has settled the focus is the user's again.
    if (order === null) focusAfter.current = null
  })

  const titleOf = (id: UniqueIdentifier) => byId.get(Number(id))?.title ?? ''
  const place = (id: UniqueIdentifier | undefined) => (id === undefined ? 0 : ids.indexOf(Number(id)) + 1)

  async function commit(next: number[], movedId: number) {
    setOrder(next)
    const item = byId.get(movedId)
    if (item) {
      setAnnouncement(
        t('agenda.dnd.over', { title: item.title, position: next.indexOf(movedId) + 1, count: next.length }),
      )
    }
    pending.current += 1
    try {
      await onReorder(next)
    } catch {
      // Main said no (the numbers would come out of order): the old order stands, the reason shows above.
      pending.current = 0
      setOrder(null)
      return
    }
    pending.current -= 1
    if (pending.current === 0) setOrder(null)
  }

  const move = (item: AgendaItem, by: -1 | 1) => {
    const from = ids.indexOf(item.id)
    const to = from + by
    if (from < 0 || to < 0 || to >= ids.length) return
    focusAfter.current = item.id
    void commit(arrayMove(ids, from, to), item.id)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, item: AgendaItem) => {
    const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown'
    if (vertical && event.altKey && !event.ctrlKey && !event.shiftKey) {
      event.preventDefault()
      if (movable) move(item, event.key === 'ArrowUp' ? -1 : 1)
      return
    }
    // Keys typed inside the row's buttons and links belong to them (the drag handle uses arrows).
    if (event.target !== event.currentTarget) return
    if (vertical && !event.altKey) {
      event.preventDefault()
      const index = ids.indexOf(item.id) + (event.key === 'ArrowUp' ? -1 : 1)
      const id = ids[Math.max(0, Math.min(ids.length - 1, index))]
      focusAfter.current = null
      bodyRef.current?.querySelector<HTMLElement>(`[data-item-id="${id}"]`)?.focus()
    } else if (event.key === 'Enter') {
      const first = actionsOf(item)[0]
      if (first && first !== 'remove') {
        event.preventDefault()
        onAction(first, item)
      }
    }
  }

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const from = ids.indexOf(Number(active.id))
    const to = ids.indexOf(Number(over.id))
    focusAfter.current = null
    void commit(arrayMove(ids, from, to), Number(active.id))
  }

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('agenda.dnd.start', { title: titleOf(active.id), position: place(active.id), count: ids.length }),
    onDragOver: ({ active, over }) =>
      t('agenda.dnd.over', { title: titleOf(active.id), position: place(over?.id), count: ids.length }),
    onDragEnd: ({ active, over }) =>
      t('agenda.dnd.end', { title: titleOf(active.id), position: place(over?.id), count: ids.length }),
    onDragCancel: ({ active }) => t('agenda.dnd.cancel', { title: titleOf(active.id) }),
  }

  // Content widths: Fluent adds each cell's padding on top; the title takes what is left.
  const headers: { key: string; label: string; width?: string }[] = [
    { key: 'handle', label: '', width: '24px' },
    ...(columns.timed ? [{ key: 'time', label: t('agenda.list.time'), width: '40px' }] : []),
    { key: 'number', label: t('agenda.list.number'), width: '128px' },
    { key: 'title', label: columns.timed ? t('agenda.list.programmeTitle') : t('agenda.list.title') },
    { key: 'type', label: t('agenda.list.type'), width: '100px' },
    ...(columns.timed
      ? [
          { key: 'speaker', label: t('agenda.list.speaker'), width: '140px' },
          { key: 'duration', label: t('agenda.list.duration'), width: '60px' },
        ]
      : [{ key: 'officer', label: t('agenda.list.officer'), width: '140px' }]),
    { key: 'actions', label: '', width: '32px' },
  ]

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[vertical]}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('agenda.dnd.instructions') } }}
    >
      <Table size="small" aria-label={t('agenda.list.label')} className={styles.table}>
        <TableHeader className={styles.head}>
          <TableRow>
            {headers.map((h) => (
              <TableHeaderCell key={h.key} style={h.width ? { width: h.width } : undefined}>
                {h.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <TableBody ref={bodyRef}>
            {shown.map((item, index) => (
              <AgendaRow
                key={item.id}
                item={item}
                columns={columns}
                index={index}
                count={shown.length}
                movable={movable}
                actions={actionsOf(item)}
                onMove={move}
                onAction={onAction}
                onKeyDown={onKeyDown}
              />
            ))}
          </TableBody>
        </SortableContext>
      </Table>
      <div className={styles.live} aria-live="polite" role="status">
        {announcement}
      </div>
    </DndContext>
  )
}
