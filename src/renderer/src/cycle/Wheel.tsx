import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useId, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { WheelData, WheelMark } from '../../../shared/cycle'
import { layoutWheel } from '../../../shared/wheel/layout'
import type { MarkKind, PlacedMark, WheelLayout } from '../../../shared/wheel/layout'

export interface WheelProps {
  data: WheelData
  /** Width in px; the legend adds a strip below the circle. */
  size: number
  /** Twelve month names, January first. Pass a stable array: a new one redoes the layout. */
  monthNames: string[]
  legend: Record<MarkKind, string>
  /** Click, Enter or Space on a mark: open its meeting or yearly item. */
  onOpen: (target: WheelMark['target']) => void
  /** The tooltip's (and the hidden list's) text for a mark, e.g. a meeting with its deadlines. */
  describe?: (mark: WheelMark) => string
  /** The accessible name of the wheel and of the list of its marks. */
  title?: string
}

const useStyles = makeStyles({
  root: { position: 'relative', width: 'fit-content' },
  svg: { display: 'block' },
  mark: { cursor: 'pointer', outlineStyle: 'none' },
  tooltip: {
    position: 'absolute',
    zIndex: 1,
    pointerEvents: 'none',
    maxWidth: '280px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow8,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    // describe() may return several lines: the meeting, then its deadlines.
    whiteSpace: 'pre-line',
    width: 'max-content',
  },
  above: { transform: 'translate(-50%, calc(-100% - 10px))' },
  below: { transform: 'translate(-50%, 10px)' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
})

/**
 * The yearly wheel, drawn from the same layout as the SVG/PNG export, with marks that open their
 * meeting or item. The marks are one tab stop (a roving tabindex): with hundreds of marks, a tab
 * stop each would trap keyboard users, so Tab enters at the next upcoming mark, Left/Right walk
 * the marks in date order and Home/End jump to the year's first and last.
 */
export function Wheel({ data, size, monthNames, legend, onOpen, describe, title }: WheelProps) {
  const styles = useStyles()
  const layout = useMemo(() => layoutWheel(data, { size, monthNames }), [data, size, monthNames])
  // React's ids carry characters that are awkward in a url(#…) fragment; textPath needs a plain one.
  const prefix = `wheel${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const tooltipId = `${prefix}-tip`
  const nodes = useRef(new Map<string, SVGGElement>())
  const [activeId, setActiveId] = useState<string | null>(null)
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const [hoveredId, setHoveredId] = useState<string | null>(null)
  // Escape hides the tooltip until the pointer or focus moves on (WCAG 1.4.13).
  const [tipDismissed, setTipDismissed] = useState(false)

  const { marks } = layout
  const activeIndex = rovingIndex(marks, activeId, data.today)
  const shown = tipDismissed ? null : (marks.find((m) => m.id === (hoveredId ?? focusedId)) ?? null)
  const text = (mark: WheelMark) => describe?.(mark) ?? mark.label

  const moveTo = (index: number) => {
    const target = marks[Math.max(0, Math.min(marks.length - 1, index))]
    if (!target) return
    setActiveId(target.id)
    nodes.current.get(target.id)?.focus()
  }

  const onKeyDown = (event: KeyboardEvent, mark: PlacedMark, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: marks.length - 1,
    }
    if (event.key === 'Enter' || event.key === ' ') onOpen(mark.target)
    else if (event.key in moves) moveTo(moves[event.key])
    else if (event.key === 'Escape' && shown) setTipDismissed(true)
    else return
    event.preventDefault()
  }

  return (
    <div className={styles.root}>
      <svg
        className={styles.svg}
        xmlns="http://www.w3.org/2000/svg"
        width={layout.width}
        height={layout.height}
        viewBox={`${layout.viewBox.x} ${layout.viewBox.y} ${layout.viewBox.width} ${layout.viewBox.height}`}
        fontFamily={layout.fontFamily}
        role="group"
        aria-label={title}
      >
        <Backdrop layout={layout} prefix={prefix} />
        {marks.map((mark, index) => (
          <g
            key={mark.id}
            ref={(node) => {
              if (node) nodes.current.set(mark.id, node)
              else nodes.current.delete(mark.id)
            }}
            className={styles.mark}
            role="button"
            tabIndex={index === activeIndex ? 0 : -1}
            aria-label={mark.label}
            aria-describedby={shown?.id === mark.id ? tooltipId : undefined}
            onClick={() => onOpen(mark.target)}
            onKeyDown={(event) => onKeyDown(event, mark, index)}
            onFocus={() => {
              setActiveId(mark.id)
              setFocusedId(mark.id)
              setTipDismissed(false)
            }}
            onBlur={() => setFocusedId(null)}
            onMouseEnter={() => {
              setHoveredId(mark.id)
              setTipDismissed(false)
            }}
            onMouseLeave={() => setHoveredId(null)}
          >
            {/* A finger-sized target: deadline ticks alone are only a few px wide. */}
            <circle cx={mark.x} cy={mark.y} r={Math.max(mark.size + 1.5, 5)} fill="transparent" />
            <path d={mark.path} fill={mark.fill} stroke={mark.stroke} strokeWidth={mark.strokeWidth} />
            {focusedId === mark.id && (
              <circle
                cx={mark.x}
                cy={mark.y}
                r={mark.size + 3}
                fill="none"
                stroke={tokens.colorStrokeFocus2}
                strokeWidth={2}
              />
            )}
          </g>
        ))}
        <Legend layout={layout} legend={legend} />
      </svg>
      {shown && (
        <div
          id={tooltipId}
          role="tooltip"
          className={mergeClasses(styles.tooltip, tooltipAbove(layout, shown) ? styles.above : styles.below)}
          style={tooltipPosition(layout, shown)}
        >
          {text(shown)}
        </div>
      )}
      <ol className={styles.visuallyHidden} aria-label={title}>
        {marks.map((mark) => (
          <li key={mark.id}>{text(mark)}</li>
        ))}
      </ol>
    </div>
  )
}

/** The tab stop: the mark last visited, else the first one from today on, else the first. */
function rovingIndex(marks: PlacedMark[], activeId: string | null, today: string): number {
  const active = marks.findIndex((m) => m.id === activeId)
  if (active >= 0) return active
  const upcoming = marks.findIndex((m) => m.date >= today)
  return upcoming >= 0 ? upcoming : 0
}

/** Above the mark, unless that would run off the top of the picture. */
function tooltipAbove(layout: WheelLayout, mark: PlacedMark): boolean {
  return mark.y - layout.viewBox.y > layout.height * 0.2
}

function tooltipPosition(layout: WheelLayout, mark: PlacedMark) {
  const above = tooltipAbove(layout, mark)
  return {
    left: `${mark.x - layout.viewBox.x}px`,
    top: `${mark.y - layout.viewBox.y + (above ? -mark.size : mark.size)}px`,
  }
}

/** Everything under the marks, in `wheelSvg`'s order: bands, ring and month labels, today, year. */
function Backdrop({ layout, prefix }: { layout: WheelLayout; prefix: string }) {
  const { colors, viewBox: vb } = layout
  const halo = {
    stroke: colors.halo,
    strokeWidth: 3,
    strokeLinejoin: 'round' as const,
    paintOrder: 'stroke',
  }
  return (
    <g aria-hidden="true">
      <rect x={vb.x} y={vb.y} width={vb.width} height={vb.height} fill={colors.background} />
      {layout.rings.map((ring) => (
        <path key={ring.key} d={ring.path} fill={ring.fill} stroke={colors.bandStroke} strokeWidth={0.75} />
      ))}
      {layout.rings.map((ring) => (
        <g key={ring.key}>
          <path id={`${prefix}-ring-${ring.index}`} d={ring.labelPath} fill="none" />
          <text fontSize={ring.labelFontSize} fill={colors.textMuted} {...halo}>
            <textPath href={`#${prefix}-ring-${ring.index}`} startOffset="50%" textAnchor="middle">
              {ring.label}
            </textPath>
          </text>
        </g>
      ))}
      {layout.months.map(({ index, name, separator: s, label: l }) => (
        <g key={index}>
          <line x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} stroke={colors.separator} strokeWidth={1} />
          <text x={l.x} y={l.y} transform={l.transform} fontSize={l.fontSize} textAnchor="middle" fill={colors.text}>
            {name}
          </text>
        </g>
      ))}
      {layout.today && (
        <>
          <line
            x1={layout.today.x1}
            y1={layout.today.y1}
            x2={layout.today.x2}
            y2={layout.today.y2}
            stroke={colors.today}
            strokeWidth={1.5}
            strokeLinecap="round"
          />
          <circle cx={layout.today.x2} cy={layout.today.y2} r={layout.today.tipRadius} fill={colors.today} />
        </>
      )}
      <text
        x={layout.year.x}
        y={layout.year.y}
        fontSize={layout.year.fontSize}
        fontWeight={600}
        textAnchor="middle"
        fill={colors.text}
      >
        {layout.year.text}
      </text>
    </g>
  )
}

function Legend({ layout, legend }: { layout: WheelLayout; legend: Record<MarkKind, string> }) {
  return (
    <g aria-hidden="true">
      {layout.legend.map((entry) => (
        <g key={entry.kind}>
          <path d={entry.path} fill={entry.fill} />
          <text x={entry.text.x} y={entry.text.y} fontSize={entry.text.fontSize} fill={layout.colors.text}>
            {legend[entry.kind]}
          </text>
        </g>
      ))}
    </g>
  )
}
