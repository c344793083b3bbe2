import { arc } from 'd3-shape'
import type { WheelData, WheelMark } from '../cycle'

/**
 * The geometry of the yearly wheel (årshjul), computed once and drawn by two renderers: the
 * interactive React component and the SVG string that becomes a PNG for Word. Everything here is
 * plain data in one coordinate space, so both draw the same picture.
 *
 * Coordinates live in the view box `{ x: -size/2, y: -size/2, width: size, height: size + legend }`:
 * the wheel's centre is the origin, which lets d3's arc paths (always centred on 0,0) be used as
 * they are. Angles are degrees clockwise from 12 o'clock, the way d3 and a clock face count.
 */

export type MarkKind = WheelMark['kind']

export const WHEEL_FONT = 'Segoe UI, DejaVu Sans, Liberation Sans, Arial, sans-serif'

export const wheelColors = {
  background: '#ffffff',
  text: '#242424',
  textMuted: '#616161',
  /** Light strokes drawn between shapes so neighbours stay apart and labels stay readable. */
  halo: '#ffffff',
  bandFills: ['#edf3fb', '#f8f9fb'] as const,
  bandStroke: '#d4dbe6',
  separator: '#c4c9d1',
  today: '#c50f1f',
  cancelled: '#8a8a8a',
  kinds: { meeting: '#0f6cbd', deadline: '#bc4b09', item: '#107c10' } satisfies Record<MarkKind, string>,
}

export interface WheelLayoutOptions {
  /** Width of the picture in px; the wheel is a circle of this diameter, the legend sits below it. */
  size: number
  /** Twelve month names, January first, from the caller's string catalog. */
  monthNames: string[]
}

export interface RingLayout {
  key: string
  label: string
  index: number
  innerRadius: number
  outerRadius: number
  /** The annulus, from d3's arc(). */
  path: string
  fill: string
  /** An invisible arc the ring's label runs along (textPath, anchored in the middle). */
  labelPath: string
  labelFontSize: number
}

export interface MonthLayout {
  index: number
  name: string
  /** Separator at the month's first day, from the hub out past the outer ring. */
  separator: Line
  /** Label outside the outer ring, turned along the circle and never upside down. */
  label: TextLayout
}

export interface Line {
  x1: number
  y1: number
  x2: number
  y2: number
}

/**
 * Text centred on a point. `y` is already dropped to the baseline (a third of the font below the
 * point) because `dominant-baseline` is not drawn alike everywhere; `transform` turns the text
 * around the point itself, so the drop turns with it.
 */
export interface TextLayout {
  x: number
  y: number
  transform: string
  fontSize: number
}

export interface PlacedMark extends WheelMark {
  /** Degrees clockwise from 12 o'clock; the date's place, or a hair beside it when crowded. */
  angle: number
  x: number
  y: number
  /** Radius of the shape's footprint: what collision checks, focus rings and hit areas use. */
  size: number
  /** The shape itself: a dot (meeting), a radial tick (deadline) or a diamond (item). */
  path: string
  fill: string
  stroke: string
  strokeWidth: number
}

export interface LegendEntry {
  kind: MarkKind
  path: string
  fill: string
  text: { x: number; y: number; fontSize: number }
}

export interface WheelLayout {
  width: number
  height: number
  viewBox: { x: number; y: number; width: number; height: number }
  fontFamily: string
  colors: typeof wheelColors
  outerRadius: number
  hubRadius: number
  rings: RingLayout[]
  months: MonthLayout[]
  /** Sorted by date (then ring, then kind), the order a reader and the arrow keys go through them. */
  marks: PlacedMark[]
  /** Marks left out because their date is outside the year or their ring is unknown. */
  omittedMarkIds: string[]
  today: (Line & { tipRadius: number }) | null
  year: { text: string; x: number; y: number; fontSize: number }
  legend: LegendEntry[]
}

const DAY_MS = 86_400_000
const TAU = Math.PI * 2
/** Order of placement on a crowded ring: meetings claim the middle of the band first. */
const kindPriority: Record<MarkKind, number> = { meeting: 0, item: 1, deadline: 2 }

export function layoutWheel(data: WheelData, options: WheelLayoutOptions): WheelLayout {
  const { size } = options
  const fontSize = clamp(size * 0.018, 9, 14)
  const outerRadius = size / 2 - fontSize * 2.2
  const bands = bandGeometry(data.rings.length, outerRadius, size)
  const legendHeight = fontSize * 2.6
  const { placed, omitted } = placeMarks(data, bands, outerRadius)
  const ringLayouts = data.rings.map((ring, index) => layoutRing(ring, index, bands, placed, fontSize))

  return {
    width: size,
    height: size + legendHeight,
    viewBox: { x: -size / 2, y: -size / 2, width: size, height: size + legendHeight },
    fontFamily: WHEEL_FONT,
    colors: wheelColors,
    outerRadius,
    hubRadius: bands.hubRadius,
    rings: ringLayouts,
    months: layoutMonths(data.year, options.monthNames, bands.hubRadius, outerRadius, fontSize),
    marks: placed.sort(chronological(data.rings.map((r) => r.key))),
    omittedMarkIds: omitted,
    today: layoutToday(data, bands.hubRadius, outerRadius),
    year: yearText(data.year, bands.hubRadius),
    legend: layoutLegend(size, legendHeight, fontSize),
  }
}

// ---- dates and angles ----------------------------------------------------------------------

function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS
}

/**
 * Degrees clockwise from 12 o'clock for an ISO date, or null when it is not in `year`. Read in UTC
 * so the user's time zone and summer time cannot move a date by a day.
 */
export function dateAngle(iso: string, year: number): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match || Number(match[1]) !== year) return null
  const day = (Date.UTC(year, Number(match[2]) - 1, Number(match[3])) - Date.UTC(year, 0, 1)) / DAY_MS
  return (day / daysInYear(year)) * 360
}

/** A point at `angle` degrees clockwise from 12 o'clock, `radius` from the centre. */
function polar(angle: number, radius: number): { x: number; y: number } {
  const rad = (angle * Math.PI) / 180
  return { x: round(radius * Math.sin(rad)), y: round(-radius * Math.cos(rad)) }
}

// ---- rings ---------------------------------------------------------------------------------

interface Bands {
  width: number
  hubRadius: number
  /** Outer radius of ring `index`. The first ring is the outermost. */
  outer: (index: number) => number
}

/**
 * The first ring is the outermost: it reads first, next to the month names, and it gets the
 * longest circumference, so the body the caller lists first (usually the busiest, most senior one)
 * gets the most room. Bands shrink as rings are added, but never eat the hub, which keeps the year
 * readable and stops the inner rings from becoming too short to hold their marks; with few rings
 * a cap on band width keeps them from turning into fat doughnuts.
 */
function bandGeometry(count: number, outerRadius: number, size: number): Bands {
  const minHub = Math.max(size * 0.13, 36)
  const width = count === 0 ? 0 : Math.min(size * 0.08, (outerRadius - minHub) / count)
  return { width, hubRadius: outerRadius - count * width, outer: (index) => outerRadius - index * width }
}

const ringArc = arc<{ innerRadius: number; outerRadius: number }>().startAngle(0).endAngle(TAU).digits(2)

function layoutRing(
  ring: WheelData['rings'][number],
  index: number,
  bands: Bands,
  marks: PlacedMark[],
  fontSize: number,
): RingLayout {
  const outerRadius = bands.outer(index)
  const innerRadius = outerRadius - bands.width
  const labelFontSize = round(Math.max(6, Math.min(fontSize * 0.85, bands.width * 0.6)))
  // Text sits on its baseline; at the top of the wheel "down" is towards the centre.
  const baseline = innerRadius + bands.width / 2 - baselineDrop(labelFontSize)
  const centre = labelAngle(
    ring.label,
    labelFontSize,
    baseline,
    marks.filter((m) => m.ring === ring.key),
  )
  return {
    key: ring.key,
    label: ring.label,
    index,
    innerRadius: round(innerRadius),
    outerRadius: round(outerRadius),
    path: ringArc({ innerRadius, outerRadius }) ?? '',
    fill: wheelColors.bandFills[index % 2],
    labelPath: arcPath(centre - 90, centre + 90, baseline),
    labelFontSize,
  }
}

/**
 * Where to centre a ring's label: at 12 o'clock, where the Christmas holidays leave the wheel
 * quiet, or the nearest spot within 40° of it where no mark sits under the text. The width is an
 * estimate (no font metrics in shared code), so it errs on the wide side.
 */
function labelAngle(label: string, fontSize: number, radius: number, marks: PlacedMark[]): number {
  const halfSpan = ((label.length * fontSize * 0.62) / 2 / radius) * (180 / Math.PI)
  const isFree = (centre: number) =>
    marks.every((m) => angleGap(m.angle, centre) > halfSpan + (m.size / radius) * (180 / Math.PI) + 1)
  for (let step = 0; step <= 40; step += 2) {
    if (isFree(-step)) return -step
    if (isFree(step)) return step
  }
  return 0
}

function angleGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 360
  return d > 180 ? 360 - d : d
}

/** A clockwise arc between two angles, for text to run along (left to right at the top). */
function arcPath(from: number, to: number, radius: number): string {
  const start = polar(from, radius)
  const end = polar(to, radius)
  const large = to - from > 180 ? 1 : 0
  return `M${start.x},${start.y}A${round(radius)},${round(radius)} 0 ${large} 1 ${end.x},${end.y}`
}

// ---- months --------------------------------------------------------------------------------

function layoutMonths(
  year: number,
  names: string[],
  hubRadius: number,
  outerRadius: number,
  fontSize: number,
): MonthLayout[] {
  const monthAngle = (month: number) => (month === 12 ? 360 : (dateAngle(isoDate(year, month, 1), year) ?? 0))
  return Array.from({ length: 12 }, (_, index) => {
    const start = monthAngle(index)
    const middle = (start + monthAngle(index + 1)) / 2
    const from = polar(start, hubRadius)
    const to = polar(start, outerRadius + fontSize * 0.6)
    return {
      index,
      name: names[index] ?? '',
      separator: { x1: from.x, y1: from.y, x2: to.x, y2: to.y },
      label: tangentialText(middle, outerRadius + fontSize * 1.1, fontSize),
    }
  })
}

/** Text along the circle at `angle`, turned a half-turn on the lower half so it never reads upside down. */
function tangentialText(angle: number, radius: number, fontSize: number): TextLayout {
  const anchor = polar(angle, radius)
  const upright = angle > 270 ? angle - 360 : angle > 90 ? angle - 180 : angle
  return {
    x: anchor.x,
    y: round(anchor.y + baselineDrop(fontSize)),
    transform: `rotate(${round(upright)} ${anchor.x} ${anchor.y})`,
    fontSize: round(fontSize),
  }
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

// ---- marks ---------------------------------------------------------------------------------

interface Candidate {
  angle: number
  radius: number
  size: number
}

/**
 * Places every mark at its date, in the middle of its ring's band. Where marks on one ring would
 * touch, the later one (meetings go first, then items, then deadlines) takes the cheapest change
 * that frees it: a few px sideways (never more than a few days), out to the inner or outer edge of
 * the band at a smaller size, or a smaller shape. If nothing is free it takes the spot with the
 * most room, which is not on top of another mark unless dozens share one day on one ring. Only marks on the same ring are
 * compared: every shape stays inside its own band, so rings cannot collide with each other.
 */
function placeMarks(data: WheelData, bands: Bands, outerRadius: number) {
  const ringIndex = new Map(data.rings.map((ring, index) => [ring.key, index]))
  const byRing = new Map<string, PlacedMark[]>()
  const omitted: string[] = []
  const ordered = [...data.marks].sort(
    (a, b) => kindPriority[a.kind] - kindPriority[b.kind] || compareText(a.date, b.date) || compareText(a.id, b.id),
  )
  for (const mark of ordered) {
    const index = ringIndex.get(mark.ring)
    const angle = dateAngle(mark.date, data.year)
    if (index === undefined || angle === null) {
      omitted.push(mark.id)
      continue
    }
    const neighbours = byRing.get(mark.ring) ?? []
    const mid = outerRadius - (index + 0.5) * bands.width
    const size = markSize(mark.kind, bands.width)
    const exact = { angle, radius: mid, size }
    // Most marks fit where their date is; only crowded ones pay for the search.
    const spot =
      clearance(exact, neighbours) >= 0 ? exact : bestSpot(candidates(angle, mid, bands.width, size), neighbours)
    neighbours.push(drawMark(mark, spot, bands.width))
    byRing.set(mark.ring, neighbours)
  }
  return { placed: [...byRing.values()].flat(), omitted }
}

/**
 * Footprint radius of a mark kind: about a third of the band, so a mark fits beside the band's
 * edges, within limits that keep it visible on a crowded wheel and modest on a sparse one.
 */
function markSize(kind: MarkKind, band: number): number {
  if (kind === 'meeting') return clamp(band * 0.3, 2.5, 7)
  if (kind === 'item') return clamp(band * 0.28, 2.5, 6.5)
  return clamp(band * 0.24, 2, 5)
}

/** How far a crowded mark may slide from its date: a few px, and never more than a few days. */
const MAX_SHIFT_PX = 24
const MAX_SHIFT_DAYS = 4
/** A move to the band's edge costs as much as sliding 3 px: it also shrinks the mark. */
const LANE_COST = 3
/** Each step down in size costs as much as sliding 6 px; a smaller mark beats a misplaced one. */
const SHRINK = [
  { factor: 1, cost: 0 },
  { factor: 0.75, cost: 6 },
  { factor: 0.55, cost: 12 },
]

/** Every spot a mark may take, cheapest move first. */
function candidates(angle: number, mid: number, band: number, size: number): Candidate[] {
  const degreesPerPx = 180 / Math.PI / mid
  const maxShift = Math.min(MAX_SHIFT_PX, (MAX_SHIFT_DAYS * 360) / 365 / degreesPerPx)
  const options: { cost: number; spot: Candidate }[] = []
  for (const shrink of SHRINK) {
    const full = size * shrink.factor
    const laneSize = Math.max(1.5, Math.min(full, band * 0.2))
    const lane = band / 2 - laneSize - 0.5
    for (let px = 0; px <= maxShift; px += 2) {
      for (const sign of px === 0 ? [1] : [1, -1]) {
        const shifted = angle + sign * px * degreesPerPx
        const cost = px + shrink.cost
        options.push({ cost, spot: { angle: shifted, radius: mid, size: full } })
        if (lane <= 0.5) continue
        for (const edge of [-lane, lane]) {
          options.push({ cost: cost + LANE_COST, spot: { angle: shifted, radius: mid + edge, size: laneSize } })
        }
      }
    }
  }
  return options.sort((a, b) => a.cost - b.cost).map((option) => option.spot)
}

/** The first candidate that touches nothing, else the one with the most room. */
function bestSpot(options: Candidate[], neighbours: PlacedMark[]): Candidate {
  let best = options[0]
  let bestRoom = -Infinity
  for (const option of options) {
    const room = clearance(option, neighbours)
    if (room >= 0) return option
    if (room > bestRoom) [best, bestRoom] = [option, room]
  }
  return best
}

/** Marks further apart than this on either axis cannot touch (sizes stay under 7 px). */
const NEAR = 16

/**
 * Distance between edges to the nearest neighbour, with a 1px gap; negative when they overlap.
 * Only near neighbours are measured: when every one is far the answer is just "plenty".
 */
function clearance(option: Candidate, neighbours: PlacedMark[]): number {
  const { x, y } = polar(option.angle, option.radius)
  let room = NEAR
  for (const n of neighbours) {
    const dx = n.x - x
    const dy = n.y - y
    if (Math.abs(dx) < NEAR && Math.abs(dy) < NEAR) room = Math.min(room, Math.hypot(dx, dy) - n.size - option.size - 1)
  }
  return room
}

function drawMark(mark: WheelMark, spot: Candidate, band: number): PlacedMark {
  const { x, y } = polar(spot.angle, spot.radius)
  const color = wheelColors.kinds[mark.kind]
  const cancelled = mark.cancelled === true
  return {
    ...mark,
    angle: round((spot.angle + 360) % 360),
    x,
    y,
    size: round(spot.size),
    path: shapePath(mark.kind, x, y, spot.size, spot.angle, band),
    // Cancelled marks keep their shape, so the kind still reads, but go hollow and grey.
    fill: cancelled ? wheelColors.background : color,
    stroke: cancelled ? wheelColors.cancelled : wheelColors.halo,
    strokeWidth: cancelled ? 1.25 : 0.75,
  }
}

function shapePath(kind: MarkKind, x: number, y: number, size: number, angle: number, band: number): string {
  if (kind === 'meeting') return circlePath(x, y, size)
  if (kind === 'item') return diamondPath(x, y, size)
  return tickPath(x, y, size, angle, Math.max(1.5, Math.min(3, band * 0.12)))
}

function circlePath(x: number, y: number, r: number): string {
  const d = round(r)
  return `M${round(x - r)},${y}a${d},${d} 0 1,0 ${round(2 * r)},0a${d},${d} 0 1,0 ${round(-2 * r)},0Z`
}

function diamondPath(x: number, y: number, h: number): string {
  return `M${x},${round(y - h)}L${round(x + h)},${y}L${x},${round(y + h)}L${round(x - h)},${y}Z`
}

/** A short bar along the radius: deadlines read as ticks on the clock face. */
function tickPath(x: number, y: number, halfLength: number, angle: number, width: number): string {
  const rad = (angle * Math.PI) / 180
  const along = { x: Math.sin(rad) * halfLength, y: -Math.cos(rad) * halfLength }
  const across = { x: Math.cos(rad) * (width / 2), y: Math.sin(rad) * (width / 2) }
  const corners = [
    [x + along.x + across.x, y + along.y + across.y],
    [x + along.x - across.x, y + along.y - across.y],
    [x - along.x - across.x, y - along.y - across.y],
    [x - along.x + across.x, y - along.y + across.y],
  ]
  return `M${corners.map(([cx, cy]) => `${round(cx)},${round(cy)}`).join('L')}Z`
}

function chronological(ringOrder: string[]) {
  const rank = new Map(ringOrder.map((key, index) => [key, index]))
  return (a: PlacedMark, b: PlacedMark) =>
    compareText(a.date, b.date) ||
    (rank.get(a.ring) ?? 0) - (rank.get(b.ring) ?? 0) ||
    kindPriority[a.kind] - kindPriority[b.kind] ||
    compareText(a.id, b.id)
}

// ---- today and legend ----------------------------------------------------------------------

/**
 * The hand starts at the hub's edge rather than the very centre, so it never crosses the year
 * written there, and ends just past the outer ring, where a small dot marks the date.
 */
function layoutToday(data: WheelData, hubRadius: number, outerRadius: number): WheelLayout['today'] {
  const angle = dateAngle(data.today, data.year)
  if (angle === null) return null
  const from = polar(angle, hubRadius)
  const to = polar(angle, outerRadius + 3)
  return { x1: from.x, y1: from.y, x2: to.x, y2: to.y, tipRadius: 2.5 }
}

/** One column per kind in a strip under the wheel; the caller supplies the words. */
function layoutLegend(size: number, height: number, fontSize: number): LegendEntry[] {
  const kinds: MarkKind[] = ['meeting', 'deadline', 'item']
  const y = size / 2 + height / 2
  const swatch = fontSize * 0.4
  const column = size / kinds.length
  return kinds.map((kind, index) => {
    const x = -size / 2 + column * index + column / 2 - fontSize * 3
    return {
      kind,
      path: shapePath(kind, round(x), round(y), swatch, 0, swatch * 2.5),
      fill: wheelColors.kinds[kind],
      text: { x: round(x + swatch + fontSize * 0.5), y: round(y + baselineDrop(fontSize)), fontSize: round(fontSize) },
    }
  })
}

function yearText(year: number, hubRadius: number): WheelLayout['year'] {
  const fontSize = round(clamp(hubRadius * 0.42, 12, 32))
  return { text: String(year), x: 0, y: round(baselineDrop(fontSize)), fontSize }
}

// ---- numbers -------------------------------------------------------------------------------

/** Code-unit order: right for ISO dates and stable for ids, and much cheaper than localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** How far below a point the baseline goes for the text's x-height to sit centred on it. */
function baselineDrop(fontSize: number): number {
  return fontSize * 0.35
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** Two decimals keep the SVG short and make both renderers print the same numbers. */
function round(value: number): number {
  return Math.round(value * 100) / 100
}
