import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { ChevronDownRegular, ChevronRightRegular, CommentRegular, WarningRegular } from '@fluentui/react-icons'
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { useTranslation } from 'react-i18next'
import type { MatrixRow, MeasureStatus, StatusCounts } from '../../../shared/action-plan'
import { StatusBar } from './StatusBar'
import { PreviousStatus, StatusPill } from './StatusPill'
import { lacksResponsible, statusKeys } from './tree'

/** Every row is this tall, so only the rows in view are drawn and 300 measures scroll smoothly. */
export const rowHeight = 46
const overscan = 8

type ColumnKey = 'number' | 'title' | 'responsible' | 'timeFrame' | 'status' | 'comment' | 'inputs'

/** Columns by the width the matrix has: the comment and the time frame give way first. */
function columnsFor(width: number): { keys: ColumnKey[]; template: string } {
  if (width >= 1080)
    return {
      keys: ['number', 'title', 'responsible', 'timeFrame', 'status', 'comment', 'inputs'],
      template: '64px minmax(220px, 2fr) 200px 100px 168px minmax(140px, 1fr) 64px',
    }
  if (width >= 820)
    return {
      keys: ['number', 'title', 'responsible', 'timeFrame', 'status', 'inputs'],
      template: '60px minmax(200px, 1fr) 164px 92px 156px 56px',
    }
  return {
    keys: ['number', 'title', 'responsible', 'status', 'inputs'],
    template: '56px minmax(160px, 1fr) 170px 160px 56px',
  }
}

const useStyles = makeStyles({
  wrap: {
    flex: 1,
    minHeight: 0,
    minWidth: 0,
    overflow: 'auto',
    position: 'relative',
    outline: 'none',
    fontSize: tokens.fontSizeBase300,
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'grid',
    alignItems: 'center',
    height: '32px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  headCell: { padding: `0 ${tokens.spacingHorizontalS}`, whiteSpace: 'nowrap', overflow: 'hidden' },
  body: { position: 'relative' },
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    display: 'grid',
    alignItems: 'center',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'default',
    backgroundColor: tokens.colorNeutralBackground1,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  focusArea: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover },
  },
  mainGoal: { fontWeight: tokens.fontWeightSemibold },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  active: { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  cell: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    overflow: 'hidden',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
  },
  number: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
  titleCell: { flexDirection: 'row', alignItems: 'center', justifyContent: 'flex-start', gap: '2px' },
  toggle: {
    width: '20px',
    height: '20px',
    flexShrink: 0,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    border: 'none',
    background: 'none',
    padding: 0,
    borderRadius: tokens.borderRadiusSmall,
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  togglePlaceholder: { width: '20px', flexShrink: 0 },
  clamp: {
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    lineHeight: '18px',
    overflowWrap: 'anywhere',
  },
  line: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', lineHeight: '18px' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  missing: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
    display: 'inline-flex',
    alignItems: 'center',
    gap: '4px',
  },
  rollup: { display: 'flex', flexDirection: 'column', gap: '3px', paddingRight: tokens.spacingHorizontalM },
  inputs: {
    flexDirection: 'row',
    alignItems: 'center',
    justifyContent: 'flex-start',
    gap: '4px',
    color: tokens.colorNeutralForeground2,
  },
})

/**
 * Puts the keyboard back on the matrix, e.g. after a dialog: Fluent returns focus to the button
 * that opened it, and the keys 1–4 would then go nowhere.
 */
export function focusMatrix() {
  document.querySelector<HTMLElement>('[role="treegrid"]')?.focus()
}

export interface MatrixActions {
  onSelect: (row: MatrixRow) => void
  onToggle: (row: MatrixRow) => void
  /** Arrow right/left on a row: open or close it, without toggling. */
  onExpand: (row: MatrixRow, open: boolean) => void
  onExpandAll: (open: boolean) => void
  /** Enter: to the detail pane's first field. */
  onOpen: (row: MatrixRow) => void
  /** Keys 1–4 and 0 on a measure. */
  onStatus: (row: MatrixRow, status: MeasureStatus | null) => void
  onMove: (row: MatrixRow, direction: -1 | 1) => void
  onDelete: (row: MatrixRow) => void
}

interface Props extends MatrixActions {
  label: string
  rows: MatrixRow[]
  selectedId: number | null
  expandable: ReadonlySet<number>
  collapsed: ReadonlySet<number>
  rollups: Map<number, StatusCounts>
  /** "2024": the previous review's year, written beside each status; null when there is none. */
  previousLabel: string | null
}

/**
 * The status matrix as a tree grid. Only rows in view are in the document (fixed row height);
 * focus stays on the grid and the selected row is its active descendant, so arrows, 1–4/0,
 * Alt+↑/↓ and Delete work without a focus stop per row.
 */
export function MatrixTable(props: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const { rows, selectedId } = props
  const wrap = useRef<HTMLDivElement>(null)
  const [viewport, setViewport] = useState({ top: 0, height: 800, width: 1200 })
  const [focused, setFocused] = useState(false)
  const { keys, template } = columnsFor(viewport.width)

  useLayoutEffect(() => {
    const element = wrap.current
    if (!element) return
    const measure = () => setViewport((v) => ({ ...v, height: element.clientHeight, width: element.clientWidth }))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  // The selected row stays in view when the keyboard (or the address) moves it.
  const selectedIndex = rows.findIndex((r) => r.id === selectedId)
  useEffect(() => {
    const element = wrap.current
    if (!element || selectedIndex < 0) return
    const top = selectedIndex * rowHeight
    const headHeight = 32
    if (top < element.scrollTop) element.scrollTop = top
    else if (top + rowHeight > element.scrollTop + element.clientHeight - headHeight)
      element.scrollTop = top + rowHeight - element.clientHeight + headHeight
  }, [selectedIndex])

  const first = Math.max(0, Math.floor(viewport.top / rowHeight) - overscan)
  const last = Math.min(rows.length, Math.ceil((viewport.top + viewport.height) / rowHeight) + overscan)

  // The row the keyboard is on, ahead of the address: a key typed right after an arrow (↓ then 3)
  // acts on the new row even before the selection has come back through the router.
  const cursor = useRef(selectedId)
  useEffect(() => {
    cursor.current = selectedId
  }, [selectedId])

  const { onSelect } = props
  const pick = useCallback(
    (row: MatrixRow) => {
      cursor.current = row.id
      onSelect(row)
    },
    [onSelect],
  )

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget) return
    const at = rows.findIndex((r) => r.id === cursor.current)
    const row = rows[at]
    const select = (index: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, index))]
      if (!target) return
      cursor.current = target.id
      props.onSelect(target)
    }
    const page = Math.max(1, Math.floor(viewport.height / rowHeight) - 1)
    const key = event.key
    if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      if (row) props.onMove(row, key === 'ArrowUp' ? -1 : 1)
    } else if (event.ctrlKey || event.metaKey || event.altKey) return
    else if (key === 'ArrowDown') select(at < 0 ? 0 : at + 1)
    else if (key === 'ArrowUp') select(at - 1)
    else if (key === 'PageDown') select(at + page)
    else if (key === 'PageUp') select(at - page)
    else if (key === 'Home') select(0)
    else if (key === 'End') select(rows.length - 1)
    else if (key === 'ArrowRight' && row) {
      if (props.expandable.has(row.id) && props.collapsed.has(row.id)) props.onExpand(row, true)
      else select(at + 1)
    } else if (key === 'ArrowLeft' && row) {
      if (props.expandable.has(row.id) && !props.collapsed.has(row.id)) props.onExpand(row, false)
      else {
        const parent = rows.findIndex((r) => r.id === row.parentId)
        if (parent >= 0) select(parent)
      }
    } else if (key === '+' || key === '*') props.onExpandAll(true)
    else if (key === '-') props.onExpandAll(false)
    else if (key === 'Enter' && row) props.onOpen(row)
    else if (key === 'Delete' && row) props.onDelete(row)
    else if (key in statusKeys && row?.level === 'measure') props.onStatus(row, statusKeys[key])
    else return
    event.preventDefault()
  }

  const header: Record<ColumnKey, string> = {
    number: t('plan.columns.number'),
    title: t('plan.columns.title'),
    responsible: t('plan.columns.responsible'),
    timeFrame: t('plan.columns.timeFrame'),
    status: t('plan.columns.status'),
    comment: t('plan.columns.comment'),
    inputs: t('plan.columns.inputs'),
  }

  return (
    <div
      ref={wrap}
      className={styles.wrap}
      role="treegrid"
      aria-label={props.label}
      aria-rowcount={rows.length + 1}
      aria-multiselectable={false}
      aria-activedescendant={selectedIndex >= 0 ? `plan-row-${selectedId}` : undefined}
      aria-keyshortcuts="1 2 3 4 0 Alt+ArrowUp Alt+ArrowDown Delete"
      tabIndex={0}
      onKeyDown={onKeyDown}
      // The ring shows for the keyboard only: a click selects a row, and the blue shows that.
      onFocus={(event) => setFocused(event.currentTarget.matches(':focus-visible'))}
      onKeyUp={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onScroll={(event) => {
        const top = event.currentTarget.scrollTop
        setViewport((v) => (Math.abs(v.top - top) < rowHeight / 2 ? v : { ...v, top }))
      }}
    >
      <div className={styles.head} style={{ gridTemplateColumns: template }} role="row" aria-rowindex={1}>
        {keys.map((key) => (
          <div key={key} role="columnheader" className={styles.headCell}>
            {header[key]}
          </div>
        ))}
      </div>
      <div className={styles.body} style={{ height: rows.length * rowHeight }} role="rowgroup">
        {rows.slice(first, last).map((row, i) => (
          <Row
            key={row.id}
            row={row}
            index={first + i}
            keys={keys}
            template={template}
            selected={row.id === selectedId}
            active={focused && row.id === selectedId}
            expandable={props.expandable.has(row.id)}
            open={!props.collapsed.has(row.id)}
            counts={props.rollups.get(row.id)}
            previousLabel={props.previousLabel}
            onSelect={pick}
            onToggle={props.onToggle}
            onOpen={props.onOpen}
          />
        ))}
      </div>
    </div>
  )
}

interface RowProps {
  row: MatrixRow
  index: number
  keys: ColumnKey[]
  template: string
  selected: boolean
  active: boolean
  expandable: boolean
  open: boolean
  counts: StatusCounts | undefined
  previousLabel: string | null
  onSelect: (row: MatrixRow) => void
  onToggle: (row: MatrixRow) => void
  onOpen: (row: MatrixRow) => void
}

/** One line; memoised, so moving the selection redraws two rows, not the plan. */
const Row = memo(function Row({
  row,
  index,
  keys,
  template,
  selected,
  active,
  expandable,
  open,
  counts,
  previousLabel,
  onSelect,
  onToggle,
  onOpen,
}: RowProps) {
  const { t } = useTranslation()
  const styles = useStyles()
  const isMeasure = row.level === 'measure'
  const person = row.responsiblePersonName
  const unit =
    person && row.responsibleLabel.endsWith(person)
      ? row.responsibleLabel.slice(0, -person.length).replace(/\s*·\s*$/, '')
      : row.responsibleLabel

  const cells: Record<ColumnKey, ReactNode> = {
    number: <span className={styles.number}>{row.number}</span>,
    title: (
      <>
        <span className={styles.togglePlaceholder} style={{ width: 4 + row.depth * 16 }} />
        {expandable ? (
          <button
            type="button"
            tabIndex={-1}
            className={styles.toggle}
            aria-label={t(open ? 'plan.matrix.collapse' : 'plan.matrix.expand', { number: row.number })}
            onClick={(event) => {
              event.stopPropagation()
              onToggle(row)
            }}
          >
            {open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          </button>
        ) : (
          <span className={styles.togglePlaceholder} />
        )}
        <span className={styles.clamp} title={row.title}>
          {row.title}
        </span>
      </>
    ),
    responsible: lacksResponsible(row) ? (
      <span className={styles.missing}>
        <WarningRegular aria-hidden />
        {t('plan.matrix.noResponsible')}
      </span>
    ) : (
      <>
        {unit && (
          <span className={styles.line} title={row.responsibleLabel}>
            {unit}
          </span>
        )}
        {person && <span className={mergeClasses(styles.line, styles.muted)}>{person}</span>}
      </>
    ),
    timeFrame: (
      <span className={styles.clamp} title={row.timeFrame}>
        {row.timeFrame}
      </span>
    ),
    status: isMeasure ? (
      <>
        <span>
          <StatusPill status={row.status} />
        </span>
        {previousLabel && <PreviousStatus label={previousLabel} status={row.previousStatus} />}
      </>
    ) : counts && counts.total > 0 ? (
      <div className={styles.rollup}>
        <StatusBar counts={counts} height={7} />
        <span className={styles.muted}>{t('plan.matrix.measures', { count: counts.total })}</span>
      </div>
    ) : null,
    comment: (
      <span className={mergeClasses(styles.clamp, styles.muted)} title={row.comment}>
        {row.comment}
      </span>
    ),
    inputs:
      row.inputCount > 0 ? (
        <span className={styles.line} aria-label={t('plan.matrix.inputCount', { count: row.inputCount })}>
          <CommentRegular aria-hidden style={{ verticalAlign: 'middle', marginRight: 4 }} />
          {row.inputCount}
        </span>
      ) : null,
  }

  return (
    <div
      id={`plan-row-${row.id}`}
      role="row"
      // Named by number and text (and a measure's status), not by every cell: what a screen
      // reader says when the selection moves, and how tests find a row.
      aria-label={[
        `${row.number} ${row.title}`,
        isMeasure ? t(`plan.status.${row.status ?? 'none'}`) : null,
        lacksResponsible(row) ? t('plan.matrix.noResponsible') : null,
      ]
        .filter(Boolean)
        .join(' – ')}
      aria-rowindex={index + 2}
      aria-level={row.depth + 1}
      aria-expanded={expandable ? open : undefined}
      aria-selected={selected}
      className={mergeClasses(
        styles.row,
        row.level === 'focusArea' && styles.focusArea,
        row.level === 'mainGoal' && styles.mainGoal,
        selected && styles.selected,
        active && styles.active,
      )}
      style={{ top: index * rowHeight, height: rowHeight, gridTemplateColumns: template }}
      onMouseDown={() => onSelect(row)}
      onDoubleClick={() => onOpen(row)}
    >
      {keys.map((key) => (
        <div
          key={key}
          role="gridcell"
          className={mergeClasses(styles.cell, key === 'title' && styles.titleCell, key === 'inputs' && styles.inputs)}
        >
          {cells[key]}
        </div>
      ))}
    </div>
  )
})
