import type { FocusAreaSummary, PlanMatrix, StatusCounts } from '../../shared/action-plan'
import { formatDate } from '../../shared/dates'
import { percentages, statusOrder, summarise, totalCounts, type StatusKey } from '../../shared/plan-summary'
import { nb } from '../../shared/strings/nb'
import { format, plural } from '../../shared/text'
import { wheelPng } from '../cycle/wheel-png'
import { barFill, statusWord } from './status-look'

/**
 * The overview for slides (16:9, 1600×900): per focus area a bar split into done, ongoing, not
 * started, dropped and not assessed, with the counts and shares written beside the colours, so
 * it reads on a projector and in grey print alike. Drawn as SVG, rendered by resvg with the
 * fonts the wheel's PNG uses.
 */

const o = nb.planText.overview

export const overviewSize = { width: 1600, height: 900 }
const margin = 64
const fontFamily = "'Segoe UI', 'DejaVu Sans', sans-serif"

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** About how wide a text is drawn: DejaVu Sans and Segoe UI average near 0.6 em (bold a little more). */
const widthOf = (text: string, size: number, bold = false) => text.length * size * (bold ? 0.6 : 0.55)

/** The text cut to fit a width, with an ellipsis. */
function fit(text: string, size: number, width: number, bold = false): string {
  if (widthOf(text, size, bold) <= width) return text
  const chars = Math.max(1, Math.floor(width / (size * (bold ? 0.6 : 0.55))) - 1)
  return `${text.slice(0, chars).trimEnd()}…`
}

function text(
  x: number,
  y: number,
  content: string,
  size: number,
  options: { bold?: boolean; colour?: string; anchor?: 'start' | 'middle' | 'end' } = {},
): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${fontFamily}" font-size="${size}"${
    options.bold ? ' font-weight="bold"' : ''
  } fill="#${options.colour ?? '201F1E'}"${options.anchor ? ` text-anchor="${options.anchor}"` : ''}>${escape(content)}</text>`
}

/** Statuses drawn, in order: "not assessed" only when some measure has no status. */
const keysOf = (total: StatusCounts): StatusKey[] => statusOrder.filter((k) => k !== 'none' || total.none > 0)

function legend(keys: readonly StatusKey[], y: number): string {
  const parts: string[] = []
  let x = margin
  for (const key of keys) {
    const word = statusWord(key === 'none' ? null : key)
    parts.push(
      `<rect x="${x}" y="${y - 20}" width="24" height="24" rx="4" fill="#${barFill[key].fill}" stroke="#8A8886" stroke-width="${key === 'none' ? 1 : 0}"/>`,
      text(x + 34, y, word, 22, { colour: '323130' }),
    )
    x += 34 + widthOf(word, 22) + 44
  }
  return parts.join('')
}

interface Layout {
  top: number
  rowHeight: number
  /** 1 for up to five rows; smaller as more focus areas share the height. */
  scale: number
}

function bar(
  label: string,
  counts: StatusCounts,
  keys: readonly StatusKey[],
  y: number,
  layout: Layout,
  bold: boolean,
): string {
  const s = layout.scale
  const labelSize = Math.round(26 * s)
  const detailSize = Math.max(14, Math.round(20 * s))
  const barHeight = Math.round(52 * s)
  const barTop = y + labelSize * 0.6
  const left = margin
  const right = overviewSize.width - margin - 250
  const width = right - left
  const shares = percentages(counts)
  const parts: string[] = [text(left, y, fit(label, labelSize, width + 240, true), labelSize, { bold: true })]

  if (counts.total === 0) {
    parts.push(
      `<rect x="${left}" y="${barTop}" width="${width}" height="${barHeight}" rx="6" fill="#FAF9F8" stroke="#C8C6C4"/>`,
      text(left + 16, barTop + barHeight / 2 + detailSize * 0.35, o.noMeasures, detailSize, { colour: '605E5C' }),
    )
    return parts.join('')
  }
  let x = left
  for (const key of keys) {
    const count = counts[key]
    if (count === 0) continue
    const w = (count / counts.total) * width
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${barTop}" width="${w.toFixed(1)}" height="${barHeight}" fill="#${barFill[key].fill}"/>`,
    )
    const inside = format(o.segment, { count, percent: shares[key] })
    const size = Math.round(22 * s)
    if (widthOf(inside, size, true) + 16 <= w) {
      parts.push(
        text(x + w / 2, barTop + barHeight / 2 + size * 0.36, inside, size, {
          bold: true,
          colour: barFill[key].text,
          anchor: 'middle',
        }),
      )
    } else if (widthOf(String(count), size, true) + 8 <= w) {
      parts.push(
        text(x + w / 2, barTop + barHeight / 2 + size * 0.36, String(count), size, {
          bold: true,
          colour: barFill[key].text,
          anchor: 'middle',
        }),
      )
    }
    x += w
  }
  parts.push(
    `<rect x="${left}" y="${barTop}" width="${width}" height="${barHeight}" fill="none" stroke="#8A8886" stroke-width="1"/>`,
  )
  // Beside the bar: how many measures, and the share done.
  const sideX = right + 24
  parts.push(
    text(sideX, barTop + barHeight * 0.45, plural(o, 'count', counts.total), Math.round(24 * s), {
      bold,
      colour: '201F1E',
    }),
    text(sideX, barTop + barHeight * 0.45 + Math.round(26 * s), format(o.done, { percent: shares.green }), detailSize, {
      colour: '605E5C',
    }),
  )
  // Under the bar, every count in words: the bar's labels drop out where a segment is narrow.
  if (s >= 0.7) {
    const words = keys
      .filter((k) => counts[k] > 0)
      .map(
        (k) => `${statusWord(k === 'none' ? null : k)} ${format(o.segment, { count: counts[k], percent: shares[k] })}`,
      )
      .join('  ·  ')
    parts.push(
      text(left, barTop + barHeight + detailSize * 1.3, fit(words, detailSize, width + 240), detailSize, {
        colour: '484644',
      }),
    )
  }
  return parts.join('')
}

/** The overview as SVG: pure, from the matrix. */
export function overviewSvg(matrix: PlanMatrix): string {
  const { width, height } = overviewSize
  const review = matrix.reviews.find((r) => r.id === matrix.reviewId) ?? null
  const areas: FocusAreaSummary[] = summarise(matrix.rows)
  const total = totalCounts(areas)
  const keys = keysOf(total)
  const title = format(o.title, { plan: matrix.plan.title })
  const titleSize = Math.max(28, Math.min(44, Math.floor((width - 2 * margin) / (title.length * 0.63))))
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escape(title)}</title>`,
    `<desc>${escape(format(o.alt, { plan: matrix.plan.title, review: review?.title ?? o.noReview }))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    text(margin, 86, fit(title, titleSize, width - 2 * margin, true), titleSize, { bold: true }),
    text(
      margin,
      130,
      review ? format(o.review, { review: review.title, date: formatDate(review.date) }) : o.noReview,
      26,
      { colour: '605E5C' },
    ),
    legend(keys, 186),
    `<line x1="${margin}" y1="214" x2="${width - margin}" y2="214" stroke="#C8C6C4" stroke-width="2"/>`,
  ]
  if (areas.length === 0) {
    parts.push(text(width / 2, height / 2, o.empty, 32, { colour: '605E5C', anchor: 'middle' }))
  } else {
    const top = 270
    const rows = areas.length + 1
    const rowHeight = Math.min(150, (height - top - 20) / rows)
    const layout: Layout = { top, rowHeight, scale: Math.min(1, rowHeight / 140) }
    areas.forEach((area, i) => {
      parts.push(bar(`${area.number}  ${area.title}`, area.counts, keys, top + i * rowHeight, layout, false))
    })
    const y = top + areas.length * rowHeight
    parts.push(
      `<line x1="${margin}" y1="${y - layout.rowHeight * 0.3}" x2="${width - margin}" y2="${y - layout.rowHeight * 0.3}" stroke="#E1DFDD" stroke-width="2"/>`,
      bar(o.total, total, keys, y, layout, true),
    )
  }
  parts.push('</svg>')
  return parts.join('')
}

/** The SVG rendered at 1600×900, with the wheel PNG's fonts (Segoe UI where it exists, else DejaVu Sans). */
export const overviewPng = (svg: string): Buffer => wheelPng(svg, overviewSize.width)
