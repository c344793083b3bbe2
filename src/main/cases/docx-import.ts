import mammoth from 'mammoth'
import { caseSectionKeys, type CaseSectionKey, type DocxImport } from '../../shared/cases'
import { nb } from '../../shared/strings/nb'
import { format, plural } from '../../shared/text'
import { AppError } from '../errors'
import { guardOfficeFile } from '../files/office-guard'

const t = nb.docxImport

export const maxDocxBytes = 20 * 1024 * 1024

/**
 * Added to mammoth's defaults (which already map Heading 1-6 to h1-h6, lists by numbering level,
 * bold, italic, links and tables). The editor knows h1-h3 only. Word's "List Bullet 2" style is
 * indented by its own list definition at level 0, so mammoth would flatten it without these rules.
 */
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  ...[4, 5, 6].map((n) => `p[style-name='Heading ${n}'] => h3:fresh`),
  "p[style-name='List Bullet 2'] => ul|ol > li > ul > li:fresh",
  "p[style-name='List Bullet 3'] => ul|ol > li > ul|ol > li > ul > li:fresh",
  "p[style-name='List Number 2'] => ul|ol > li > ol > li:fresh",
  "p[style-name='List Number 3'] => ul|ol > li > ul|ol > li > ol > li:fresh",
]

type Target = CaseSectionKey | 'attachments'

/** Section headings as written in real saksfremlegg, after numbering, colon and case are removed. */
const headingPatterns: [RegExp, Target][] = [
  [/^(bakgrunn( for saken)?|sakens bakgrunn)$/, 'background'],
  [/^(saksopplysninger|fakta)$/, 'facts'],
  // "Vurdering", "Sekretariatets vurderinger", "Sekretariatets vurderinger og forslag til oppfølging i 2026".
  [/^((.+\s)?vurdering(er)?|vurdering(er)? og .+|\S+s vurdering(er)?\s.+)$/, 'assessment'],
  [/^(\S+s )?(forslag til (vedtak|innstilling)|innstilling)$/, 'proposal'],
  [/^vedlegg$/, 'attachments'],
]

interface Block {
  html: string
  tag: string
  text: string
}

// Mammoth escapes only these four.
const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' }
const decode = (s: string) => s.replace(/&(lt|gt|quot|amp);/g, (_, name: string) => entities[name])

/** Plain text of an HTML fragment; table cells and line breaks become spaces. */
const textOf = (html: string) =>
  decode(html.replace(/<\/t[dh]>|<br\s*\/?>/g, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()

/** Header fields of a saksfremlegg; they become the case's own fields, so their text is not imported. */
const headerLabels =
  'saks?(nummer|nr\\.?|behandler|type|gang)?|arkiv(sak|kode|nr\\.?|ref\\.?)?|møte(dato|sted)?|dato|utvalg(ssak)?|behandles i|vår ref\\.?|deres ref\\.?|til|fra|kopi'
/** "Saksnummer: 09/2024" as a line, or "Saksnummer" alone in a table cell next to its value; "Saksfremlegg" is no title. */
const headerLine = new RegExp(`^(${headerLabels})\\s*:`, 'i')
const headerCell = new RegExp(`^(${headerLabels})\\s*(:.*)?$`, 'i')
const isHeader = (b: Block) =>
  b.tag === 'table'
    ? b.html.split(/<t[dh][^>]*>/).some((cell) => headerCell.test(textOf(cell)))
    : headerLine.test(b.text) || /^saksfr[ae]mlegg$/i.test(b.text)

/**
 * Mammoth's output is well-formed and flat: a run of top-level p, h1-h6, ul, ol and table elements.
 * Counting open and close tags is enough to cut it into those elements without a DOM.
 */
function topLevel(html: string): Block[] {
  const blocks: Block[] = []
  let depth = 0
  let start = 0
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi)) {
    if (m[3] || /^(br|img|hr|input)$/i.test(m[2])) continue
    if (!m[1] && depth++ === 0) start = m.index
    if (m[1] && --depth === 0) {
      const block = html.slice(start, m.index + m[0].length)
      blocks.push({ html: block, tag: m[2].toLowerCase(), text: textOf(block) })
    }
  }
  return blocks
}

/** Entirely bold content: real documents often use a bold paragraph instead of a heading style. */
const allBold = (inner: string) =>
  inner.includes('<strong>') && !textOf(inner.replace(/<strong>[\s\S]*?<\/strong>/g, ''))

const isHeading = (b: Block) => /^h[1-6]$/.test(b.tag) || (b.tag === 'p' && allBold(b.html))

/**
 * Which section a heading starts, if any. A bold one-item list also counts: "1. Bakgrunn" typed as a
 * numbered list. Headings are short and end without a full stop, which keeps list items and sentences
 * like "Saken sendes til vurdering." out.
 */
function sectionOf(b: Block): Target | undefined {
  const item = /^<[ou]l><li>([\s\S]*)<\/li><\/[ou]l>$/.exec(b.html)?.[1]
  const oneItem = item !== undefined && !/<\/?(li|ul|ol)\b/.test(item) && allBold(item)
  if ((!isHeading(b) && !oneItem) || b.text.length > 80 || b.text.endsWith('.')) return undefined
  const text = b.text
    .toLocaleLowerCase('nb')
    .replace(/^(\d+(\.\d+)*\.?|[a-z]\))\s+/, '')
    .replace(/\s*:$/, '')
  return headingPatterns.find(([pattern]) => pattern.test(text))?.[1]
}

/** The items under "Vedlegg": list items, table rows or lines, without "1." or "Vedlegg 1:" in front. */
const attachmentItems = (b: Block) =>
  b.html
    .split(/<\/?(?:li|tr|p|ul|ol)\b[^>]*>|<br\s*\/?>/)
    .map((part) => textOf(part).replace(/^(vedlegg\s*\d+\s*[.):–-]?|\d+\s*[.)])\s*/i, ''))
    .filter(Boolean)

const invalid = (message: string, file: string, values: Record<string, string | number> = {}) =>
  new AppError({ code: 'import_invalid', message: format(message, { file, ...values }) })

/** Turns mammoth's English warnings into a few Norwegian notes. */
function summarise(messages: { message: string }[]): string[] {
  const styles = new Set<string>()
  let skipped = false
  let merged = false
  let other = 0
  for (const { message } of messages) {
    // Image warnings are left out: images are dropped and counted on their own.
    const style = /^Unrecognised (?:paragraph|run) style: '([^']*)'/.exec(message)
    if (style) styles.add(style[1])
    else if (/image|blip/i.test(message)) continue
    else if (message.startsWith('An unrecognised element')) skipped = true
    else if (message.includes('cell merging')) merged = true
    else other++
  }
  return [
    ...(styles.size ? [format(t.styles, { styles: [...styles].map((s) => `«${s}»`).join(', ') })] : []),
    ...(skipped ? [t.skipped] : []),
    ...(merged ? [t.mergedCells] : []),
    ...(other ? [plural(t, 'other', other)] : []),
  ]
}

export async function importCaseDocx(bytes: Uint8Array, fileName: string): Promise<DocxImport> {
  const file = fileName.replace(/^.*[\\/]/, '')
  // Checked before parsing: mammoth holds the whole unzipped document in memory.
  if (bytes.byteLength > maxDocxBytes) {
    const size = new Intl.NumberFormat('nb', { maximumFractionDigits: 1 }).format(bytes.byteLength / 2 ** 20)
    throw invalid(t.tooLarge, file, { size, max: maxDocxBytes / 2 ** 20 })
  }
  if (bytes.byteLength === 0) throw invalid(t.empty, file)
  // Before mammoth, which unpacks everything: not a .docx, cut off, a zip bomb or a DTD is refused here.
  await guardOfficeFile(bytes, file, 'docx')

  let images = 0
  const convertImage = mammoth.images.imgElement(async () => (images++, { src: '' }))
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const result = await mammoth.convertToHtml({ buffer }, { styleMap, convertImage }).catch(() => {
    throw invalid(t.notDocx, file) // not a zip, or a zip without word/document.xml
  })
  const html = result.value.replace(/<img\b[^>]*>/g, '').replace(/<p><\/p>/g, '')
  if (!textOf(html)) throw invalid(t.empty, file)

  const parts: Record<CaseSectionKey, string[]> = { background: [], facts: [], assessment: [], proposal: [] }
  const leading: string[] = []
  const footnotes: string[] = []
  const attachmentTitles: string[] = []
  const found = new Set<Target>()
  let title = ''
  let header = false
  let current: Target | undefined
  for (const block of topLevel(html)) {
    const target = sectionOf(block)
    if (target) {
      found.add((current = target))
    } else if (/^<ol><li id="(foot|end)note-/.test(block.html)) {
      footnotes.push(block.html) // mammoth appends them after the last section, which may be Vedlegg
    } else if (current === 'attachments') {
      attachmentTitles.push(...attachmentItems(block))
    } else if (current) {
      parts[current].push(block.html)
    } else if (isHeader(block)) {
      header = true
    } else if (!title && isHeading(block)) {
      title = block.text
    } else {
      leading.push(block.html)
    }
  }

  const name = (key: CaseSectionKey) => t.sections[key]
  const notes: string[] = header ? [t.headerDropped] : []
  parts.background.unshift(...leading)
  if (!caseSectionKeys.some((key) => found.has(key))) {
    notes.push(format(t.noHeadings, { section: name('background') }))
  } else {
    if (leading.length) notes.push(format(t.leadingText, { section: name('background') }))
    caseSectionKeys.forEach((key, i) => {
      if (found.has(key) || parts[key].length) return
      // Without its heading, the section's text has ended up in the one before it.
      const before = caseSectionKeys.slice(0, i).findLast((k) => parts[k].length)
      const values = { section: name(key), in: before ? name(before) : '' }
      notes.push(format(before ? t.missingIn : t.missing, values))
    })
  }
  if (footnotes.length) {
    const last = caseSectionKeys.findLast((k) => parts[k].length) ?? 'background'
    parts[last].push(...footnotes)
    notes.push(format(t.footnotes, { section: name(last) }))
  }
  if (images) notes.push(plural(t, 'images', images))
  notes.push(...summarise(result.messages))

  return {
    title: title || file.replace(/\.[^.]*$/, ''),
    sections: Object.fromEntries(caseSectionKeys.map((k) => [k, parts[k].join('')])) as DocxImport['sections'],
    attachmentTitles,
    notes,
  }
}
