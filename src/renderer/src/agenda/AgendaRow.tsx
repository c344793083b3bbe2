import {
  Badge,
  Button,
  makeStyles,
  Menu,
  MenuDivider,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  mergeClasses,
  TableCell,
  TableRow,
  tokens,
  Tooltip,
} from '@fluentui/react-components'
import {
  ArrowDownRegular,
  ArrowUpRegular,
  CalendarArrowRightRegular,
  ClockRegular,
  DeleteRegular,
  DismissCircleRegular,
  EditRegular,
  MoreHorizontalRegular,
  OpenRegular,
  ReOrderDotsVerticalRegular,
} from '@fluentui/react-icons'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '../../../shared/cases'
import { formatDate } from '../../../shared/dates'
import { RouteLink } from '../kit/RouteLink'
import type { ItemAction } from './agenda-rules'

const useStyles = makeStyles({
  row: {
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
    // The row's own buttons stay out of the way until the row is pointed at or focused.
    '& .agenda-row-tools': { opacity: 0 },
    ':hover .agenda-row-tools, :focus-within .agenda-row-tools': { opacity: 1 },
  },
  dragging: {
    position: 'relative',
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
  },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'middle' },
  handle: { cursor: 'grab', minWidth: '24px', color: tokens.colorNeutralForeground3 },
  number: { fontVariantNumeric: 'tabular-nums' },
  provisional: { color: tokens.colorNeutralForeground3, fontStyle: 'italic', cursor: 'help' },
  time: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
  // Titles matter on an agenda: they wrap to a second line rather than being cut short.
  titleCell: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
    minWidth: 0,
    padding: '6px 0',
  },
  titleWrap: { whiteSpace: 'normal' },
  title: {
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
  },
  standard: { color: tokens.colorNeutralForeground3 },
  struck: { textDecoration: 'line-through', color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3 },
  badge: { flexShrink: 0 },
})

export interface RowColumns {
  /** A programme meeting's start times and durations. */
  timed: boolean
}

interface Props {
  item: AgendaItem
  columns: RowColumns
  index: number
  count: number
  movable: boolean
  actions: ItemAction[]
  onMove: (item: AgendaItem, by: -1 | 1) => void
  onAction: (action: ItemAction, item: AgendaItem) => void
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>, item: AgendaItem) => void
}

/** One agenda item as a table row: draggable by its handle, moved by Alt+arrows, acted on from its menu. */
export function AgendaRow({ item, columns, index, count, movable, actions, onMove, onAction, onKeyDown }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: !movable,
    attributes: { roleDescription: t('agenda.dnd.roleDescription') },
  })
  const style = { transform: CSS.Translate.toString(transform), transition }
  const moved = item.withdrawn || item.postponed

  const type =
    item.kind === 'case' && item.caseKind
      ? t(`cases.kind.${item.caseKind}`)
      : item.kind === 'programme' && item.programmeKind
        ? t(`agenda.programmeKind.${item.programmeKind}`)
        : t('agenda.list.standardType')

  const number = item.numberLabel ? (
    item.numberFixed ? (
      <span className={styles.number}>{item.numberLabel}</span>
    ) : (
      <Tooltip content={t('agenda.list.provisional')} relationship="description">
        <span className={mergeClasses(styles.number, styles.provisional)} tabIndex={-1}>
          {item.numberLabel}
        </span>
      </Tooltip>
    )
  ) : null

  const titleClass = moved ? styles.struck : item.kind === 'standard' ? styles.standard : undefined
  const title =
    item.caseId !== null && !moved ? (
      <RouteLink to={`/saker/${item.caseId}`} className={styles.title}>
        {item.title}
      </RouteLink>
    ) : (
      <span className={mergeClasses(styles.title, titleClass)}>{item.title}</span>
    )

  // The row's name carries what its marks show, for those who hear the row rather than see it.
  const postponedMark = item.postponedTo
    ? t('agenda.list.postponedTo', { date: formatDate(item.postponedTo.date) })
    : t('agenda.list.postponed')
  const label = [
    item.numberLabel && !item.numberFixed
      ? `${item.numberLabel} (${t('agenda.list.provisionalShort')})`
      : item.numberLabel,
    item.title,
    item.late && item.numbered && t('agenda.list.late'),
    item.withdrawn && t('agenda.list.withdrawn'),
    item.postponed && postponedMark,
  ]
    .filter(Boolean)
    .join(', ')

  const menuItem = (action: ItemAction) => {
    const icon = {
      open: <OpenRegular />,
      timing: <ClockRegular />,
      edit: <EditRegular />,
      postpone: <CalendarArrowRightRegular />,
      withdraw: <DismissCircleRegular />,
      remove: <DeleteRegular />,
    }[action]
    const label = {
      open: t('agenda.list.openCase'),
      timing: t('agenda.list.editTiming'),
      edit: t('agenda.list.editItem'),
      postpone: t('agenda.list.postpone'),
      withdraw: t('agenda.list.withdraw'),
      remove: t('agenda.list.remove'),
    }[action]
    return (
      <MenuItem key={action} icon={icon} onClick={() => onAction(action, item)}>
        {label}
      </MenuItem>
    )
  }

  return (
    <TableRow
      ref={setNodeRef}
      style={style}
      tabIndex={0}
      data-item-id={item.id}
      aria-label={label}
      className={mergeClasses(styles.row, isDragging && styles.dragging)}
      onKeyDown={(event) => onKeyDown(event, item)}
      onDoubleClick={() => actions[0] && actions[0] !== 'remove' && onAction(actions[0], item)}
    >
      <TableCell className={styles.cell}>
        {movable && (
          <Button
            ref={setActivatorNodeRef}
            appearance="transparent"
            size="small"
            className={styles.handle}
            icon={<ReOrderDotsVerticalRegular />}
            aria-label={t('agenda.list.dragHandle', { title: item.title })}
            {...attributes}
            {...listeners}
          />
        )}
      </TableCell>
      {columns.timed && (
        <TableCell className={mergeClasses(styles.cell, styles.time)}>{moved ? '' : (item.startTime ?? '')}</TableCell>
      )}
      <TableCell className={styles.cell}>{number}</TableCell>
      <TableCell className={mergeClasses(styles.cell, styles.titleWrap)}>
        <div className={styles.titleCell}>
          {title}
          {/* A programme item added after the notice is late too, but only a numbered one is a tilleggssak. */}
          {item.late && item.numbered && (
            <Badge className={styles.badge} appearance="tint" color="brand" size="small">
              {t('agenda.list.late')}
            </Badge>
          )}
          {item.withdrawn && (
            <Badge className={styles.badge} appearance="tint" color="danger" size="small">
              {t('agenda.list.withdrawn')}
            </Badge>
          )}
          {item.postponed && (
            <Badge className={styles.badge} appearance="tint" color="warning" size="small">
              {postponedMark}
            </Badge>
          )}
        </div>
      </TableCell>
      <TableCell className={mergeClasses(styles.cell, styles.muted)}>{type}</TableCell>
      {columns.timed ? (
        <>
          <TableCell className={styles.cell}>{item.speaker || item.officerName || ''}</TableCell>
          <TableCell className={mergeClasses(styles.cell, styles.time)}>
            {item.durationMinutes !== null ? t('agenda.list.minutes', { count: item.durationMinutes }) : ''}
          </TableCell>
        </>
      ) : (
        <TableCell className={styles.cell}>{item.officerName ?? ''}</TableCell>
      )}
      <TableCell className={styles.cell}>
        {(actions.length > 0 || movable) && (
          <Menu positioning="below-end">
            <MenuTrigger disableButtonEnhancement>
              <Button
                appearance="subtle"
                size="small"
                className="agenda-row-tools"
                icon={<MoreHorizontalRegular />}
                aria-label={t('agenda.list.actions', { title: item.title })}
              />
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {movable && (
                  <>
                    <MenuItem
                      icon={<ArrowUpRegular />}
                      secondaryContent="Alt+↑"
                      disabled={index === 0}
                      onClick={() => onMove(item, -1)}
                    >
                      {t('agenda.list.moveUp')}
                    </MenuItem>
                    <MenuItem
                      icon={<ArrowDownRegular />}
                      secondaryContent="Alt+↓"
                      disabled={index === count - 1}
                      onClick={() => onMove(item, 1)}
                    >
                      {t('agenda.list.moveDown')}
                    </MenuItem>
                    {actions.length > 0 && <MenuDivider />}
                  </>
                )}
                {actions.map(menuItem)}
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
      </TableCell>
    </TableRow>
  )
}
