import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IBorderOptions,
} from 'docx'
import type { OrganisationProfile } from '../../../shared/documents'
import { nb } from '../../../shared/strings/nb'
import { columnWidths, norwegian, run, tableTextStyle } from './blocks'
import { logoOf, pngSize } from './logo'
import { lookOf, type Look } from './look'
import { a4, footerDistance, headerDistance, margin, textWidth, type Orientation } from './page'
import { logoAltTextOf } from './profile-defaults'
import { xmlSafe } from './text'

const s = nb.documents.kit

/** What the file says about itself: core properties, custom properties for the archive import, header and footer. */
export interface DocumentMeta {
  /** The document's title: the case title, "Innkalling til møte i OSS 02.12.2026". */
  title: string
  subject: string
  keywords: string[]
  /** In the footer, e.g. "OSS-sak 09/2026". */
  reference: string
  /** "Saksfremlegg", "Møteinnkalling", ... */
  documentType: string
  /** The body's name (custom property Utvalg). */
  body: string
  /** ISO date, or null (custom property Møtedato). */
  meetingDate: string | null
  /** "OSS-sak 09/2026", or null (custom property Saksnummer). */
  caseNumber: string | null
  created: Date
  /** Core property description; "<documentType> – <reference>" when left out. */
  description?: string
}

export interface DocumentSection {
  children: FileChild[]
  /** Portrait unless given; a wide table (the status matrix, the year plan) can have a landscape section. */
  orientation?: Orientation
}

export interface BuildDocumentInput {
  profile: OrganisationProfile
  meta: DocumentMeta
  sections: DocumentSection[]
}

// ---- styles ----------------------------------------------------------------------------------

const pt = (points: number) => points * 2
// Without lineRule LibreOffice reads a line height as exact, and big type overlaps itself.
const single = { line: 240, lineRule: LineRuleType.AUTO }
const twip = (points: number) => points * 20

function styles(look: Look) {
  const heading = (size: number, before: number, after: number, extra: { italic?: boolean; colour?: string } = {}) => ({
    run: {
      font: look.font,
      size: pt(size),
      bold: true,
      italics: extra.italic ?? false,
      color: extra.colour ?? look.accent,
    },
    paragraph: { spacing: { before: twip(before), after: twip(after), ...single }, keepNext: true, keepLines: true },
  })
  return {
    default: {
      document: {
        run: { font: look.font, size: pt(11), language: norwegian },
        paragraph: { spacing: { after: twip(6), line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: look.font, size: pt(20), color: look.accent },
        paragraph: { spacing: { before: 0, after: twip(12), ...single }, keepNext: true },
      },
      heading1: heading(14, 18, 6),
      heading2: heading(12, 14, 4),
      heading3: heading(11, 12, 3),
      heading4: heading(11, 10, 2, { italic: true, colour: '404040' }),
      // Items of a list sit close; the list as a whole has the normal space after it.
      listParagraph: {
        paragraph: { spacing: { after: twip(6), line: 264, lineRule: LineRuleType.AUTO }, contextualSpacing: true },
      },
      hyperlink: { run: { color: look.accent, underline: { type: 'single' as const } } },
    },
    paragraphStyles: [
      {
        id: tableTextStyle,
        name: 'Tabelltekst',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: pt(10) },
        paragraph: { spacing: { before: 0, after: 0, line: 252, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '404040' },
        paragraph: {
          indent: { left: 567, right: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: look.tint, space: 8 } },
        },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { size: pt(9), color: look.muted },
        paragraph: { spacing: { before: 0, after: 0, ...single } },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: pt(8.5), color: look.muted },
        paragraph: { spacing: { before: 0, after: 0, ...single } },
      },
    ],
  }
}

// ---- header and footer -----------------------------------------------------------------------

const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' }

/** Fits the logo in a box 4.5 cm wide and 1.25 cm high, keeping its shape (docx takes pixels at 96 dpi). */
function logoRun(png: Buffer, alt: string): ImageRun {
  const { width, height } = pngSize(png)
  const box = { width: 170, height: 47 }
  const scale = Math.min(box.width / Math.max(1, width), box.height / Math.max(1, height))
  return new ImageRun({
    type: 'png',
    data: png,
    transformation: { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) },
    altText: { name: alt, title: alt, description: alt },
  })
}

/**
 * Logo left; the organisation's name, address line and (after the first page, whose title says it)
 * the document's title right; an accent rule under both.
 */
function header(
  profile: OrganisationProfile,
  meta: DocumentMeta,
  look: Look,
  orientation: Orientation,
  first: boolean,
): Header {
  const widths = columnWidths([0.4, 0.6], textWidth(orientation))
  const logo = logoOf(profile)
  const lines = [
    new Paragraph({
      style: 'Header',
      alignment: AlignmentType.RIGHT,
      children: [run(profile.name, { bold: true, colour: look.accent, size: pt(10) })],
    }),
    ...(profile.addressLine.trim()
      ? [
          new Paragraph({
            style: 'Header',
            alignment: AlignmentType.RIGHT,
            children: [run(profile.addressLine, { size: pt(8) })],
          }),
        ]
      : []),
    ...(first
      ? []
      : [
          new Paragraph({
            style: 'Header',
            alignment: AlignmentType.RIGHT,
            children: [run(meta.title, { colour: '404040' })],
          }),
        ]),
  ]
  const cell = (
    width: number,
    children: Paragraph[],
    align: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable],
  ) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: align,
      margins: { left: 0, right: 0, bottom: 90 },
      children,
    })
  return new Header({
    children: [
      new Table({
        width: { size: widths[0] + widths[1], type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: {
          top: none,
          left: none,
          right: none,
          insideHorizontal: none,
          insideVertical: none,
          bottom: { style: BorderStyle.SINGLE, size: 6, color: look.accent },
        },
        rows: [
          new TableRow({
            children: [
              cell(
                widths[0],
                [new Paragraph({ style: 'Header', children: logo ? [logoRun(logo, logoAltTextOf(profile))] : [] })],
                VerticalAlignTable.CENTER,
              ),
              cell(widths[1], lines, VerticalAlignTable.CENTER),
            ],
          }),
        ],
      }),
      // Word needs a paragraph after a table; this one is the space between the rule and the text.
      new Paragraph({ style: 'Header', spacing: { after: 0 }, children: [] }),
    ],
  })
}

/** "Side {{page}} av {{pages}}" with Word's PAGE and NUMPAGES fields in place of the placeholders. */
function pageOf(): TextRun {
  const parts = s.pageOf.split(/(\{\{page\}\}|\{\{pages\}\})/).filter((p) => p !== '')
  return new TextRun({
    language: norwegian,
    children: parts.map((p) =>
      p === '{{page}}' ? PageNumber.CURRENT : p === '{{pages}}' ? PageNumber.TOTAL_PAGES : p,
    ),
  })
}

function footer(meta: DocumentMeta, look: Look, orientation: Orientation): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: look.line, space: 4 } },
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth(orientation) }],
        children: [run(meta.reference), new TextRun({ text: '\t', language: norwegian }), pageOf()],
      }),
    ],
  })
}

// ---- the document ----------------------------------------------------------------------------

const core = new WeakMap<Document, { meta: DocumentMeta; author: string }>()

/** A Word document with the organisation's look: styles, header, footer, properties. */
export function buildDocument({ profile, meta, sections }: BuildDocumentInput): Document {
  const look = lookOf(profile)
  const cache = new Map<string, Header | Footer>()
  const once = <T extends Header | Footer>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, make())
    return cache.get(key) as T
  }
  const p = s.property
  const document = new Document({
    title: xmlSafe(meta.title),
    subject: xmlSafe(meta.subject),
    creator: xmlSafe(profile.author),
    lastModifiedBy: xmlSafe(profile.author),
    keywords: xmlSafe(meta.keywords.join(', ')),
    description: xmlSafe(descriptionOf(meta)),
    customProperties: [
      { name: p.body, value: xmlSafe(meta.body) },
      { name: p.meetingDate, value: meta.meetingDate ?? '' },
      { name: p.caseNumber, value: xmlSafe(meta.caseNumber ?? '') },
      { name: p.documentType, value: xmlSafe(meta.documentType) },
    ],
    styles: styles(look),
    sections: sections.map((section, index) => {
      const orientation = section.orientation ?? 'portrait'
      return {
        properties: {
          // The first page has its own header (without the title, which the page shows big).
          titlePage: index === 0,
          page: {
            // docx swaps width and height itself for landscape.
            size: {
              width: a4.width,
              height: a4.height,
              orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: margin,
              bottom: margin,
              left: margin,
              right: margin,
              header: headerDistance,
              footer: footerDistance,
            },
          },
        },
        headers: {
          default: once(`header ${orientation}`, () => header(profile, meta, look, orientation, false)),
          ...(index === 0
            ? { first: once(`first ${orientation}`, () => header(profile, meta, look, orientation, true)) }
            : {}),
        },
        footers: {
          default: once(`footer ${orientation}`, () => footer(meta, look, orientation)),
          ...(index === 0 ? { first: once(`footer ${orientation}`, () => footer(meta, look, orientation)) } : {}),
        },
        children: section.children,
      }
    }),
  })
  core.set(document, { meta, author: profile.author })
  return document
}

const descriptionOf = (meta: DocumentMeta) =>
  meta.description ?? [meta.documentType, meta.reference].filter((v) => v.trim() !== '').join(' – ')

const escape = (text: string) =>
  xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * docx writes the core properties with the packing time and no language; we write them whole,
 * with the document's own date and nb-NO, so the archive sees when the document was made.
 */
export function coreOverrides(document: Document): { path: string; data: string }[] {
  const found = core.get(document)
  if (!found) return []
  const { meta, author } = found
  const when = meta.created.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const element = (name: string, value: string) => (value.trim() === '' ? '' : `<${name}>${escape(value)}</${name}>`)
  const data =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject) +
    element('dc:creator', author) +
    element('cp:keywords', meta.keywords.join(', ')) +
    element('dc:description', descriptionOf(meta)) +
    element('cp:lastModifiedBy', author) +
    element('dc:language', norwegian.value) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  return [{ path: 'docProps/core.xml', data }]
}
