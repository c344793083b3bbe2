import type { MarkKind, WheelLayout } from './layout'

/**
 * The wheel as a standalone SVG document: what becomes the PNG in Word documents and what a user
 * can save. It draws exactly what `Wheel.tsx` draws, from the same layout, minus the interaction.
 */

export interface WheelSvgOptions {
  /** The document's title (and every reader's name for the picture). */
  title: string
  /** The legend's words for each kind of mark, from the caller's string catalog. */
  legend: Record<MarkKind, string>
}

export function wheelSvg(layout: WheelLayout, options: WheelSvgOptions): string {
  const { viewBox: vb, colors } = layout
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" ` +
      `viewBox="${vb.x} ${vb.y} ${vb.width} ${vb.height}" font-family="${escapeXml(layout.fontFamily)}">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect x="${vb.x}" y="${vb.y}" width="${vb.width}" height="${vb.height}" fill="${colors.background}"/>`,
    ...rings(layout),
    ...months(layout),
    ...today(layout),
    yearText(layout),
    ...marks(layout),
    ...legend(layout, options.legend),
    '</svg>',
  ]
  // No XML declaration: UTF-8 is XML's default, and the string can be inlined in HTML as it is.
  return `${parts.join('\n')}\n`
}

/**
 * Escapes the five XML specials and drops control characters that XML 1.0 forbids outright, so a
 * stray character pasted into a meeting title cannot make the whole document unreadable.
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  )
}

function rings(layout: WheelLayout): string[] {
  const { colors } = layout
  const bands = layout.rings.map(
    (ring) => `<path d="${ring.path}" fill="${ring.fill}" stroke="${colors.bandStroke}" stroke-width="0.75"/>`,
  )
  const labels = layout.rings.map(
    (ring) =>
      `<path id="ring-label-${ring.index}" d="${ring.labelPath}" fill="none"/>` +
      `<text font-size="${ring.labelFontSize}" fill="${colors.textMuted}" ${halo(layout)}>` +
      `<textPath href="#ring-label-${ring.index}" startOffset="50%" text-anchor="middle">${escapeXml(ring.label)}</textPath></text>`,
  )
  return [...bands, ...labels]
}

/** An outline under the glyphs, in the background colour, keeps text readable where it crosses lines. */
function halo(layout: WheelLayout): string {
  return `stroke="${layout.colors.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`
}

function months(layout: WheelLayout): string[] {
  const { colors } = layout
  return layout.months.flatMap((month) => {
    const { separator: s, label: l } = month
    return [
      `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${colors.separator}" stroke-width="1"/>`,
      `<text x="${l.x}" y="${l.y}" transform="${l.transform}" font-size="${l.fontSize}" text-anchor="middle" ` +
        `fill="${colors.text}">${escapeXml(month.name)}</text>`,
    ]
  })
}

function today(layout: WheelLayout): string[] {
  const hand = layout.today
  if (!hand) return []
  const color = layout.colors.today
  return [
    `<line x1="${hand.x1}" y1="${hand.y1}" x2="${hand.x2}" y2="${hand.y2}" stroke="${color}" stroke-width="1.5" stroke-linecap="round"/>`,
    `<circle cx="${hand.x2}" cy="${hand.y2}" r="${hand.tipRadius}" fill="${color}"/>`,
  ]
}

function yearText(layout: WheelLayout): string {
  const { year } = layout
  return (
    `<text x="${year.x}" y="${year.y}" font-size="${year.fontSize}" font-weight="600" text-anchor="middle" ` +
    `fill="${layout.colors.text}">${escapeXml(year.text)}</text>`
  )
}

function marks(layout: WheelLayout): string[] {
  return layout.marks.map(
    (mark) =>
      `<path d="${mark.path}" fill="${mark.fill}" stroke="${mark.stroke}" stroke-width="${mark.strokeWidth}">` +
      `<title>${escapeXml(mark.label)}</title></path>`,
  )
}

function legend(layout: WheelLayout, words: Record<MarkKind, string>): string[] {
  return layout.legend.map(
    (entry) =>
      `<path d="${entry.path}" fill="${entry.fill}"/>` +
      `<text x="${entry.text.x}" y="${entry.text.y}" font-size="${entry.text.fontSize}" fill="${layout.colors.text}">` +
      `${escapeXml(words[entry.kind])}</text>`,
  )
}
