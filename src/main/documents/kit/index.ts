/**
 * The document kit: one way of doing each thing, used by every Word document Sekretariat makes
 * (case document, notice, minutes, package, yearly plan, follow-up list).
 *
 *   const lists = listAllocator()
 *   const document = buildDocument({ profile, meta, sections: [{ children: [title('…'), ...richTextToDocx(doc, lists)] }] })
 *   const bytes = await packDocx(document)
 */
export { buildDocument, type BuildDocumentInput, type DocumentMeta, type DocumentSection } from './document'
export { packDocx } from './pack'
export { listAllocator, type ListAllocator, type ListRef } from './numbering'
export { richTextToDocx, type RichTextOptions } from './rich-text'
export { decisionBlocks } from './decision'
export {
  bulletList,
  cellMargins,
  columnWidths,
  dataTable,
  heading,
  headerCellShading,
  keyValueTable,
  note,
  numberedList,
  pageBreak,
  paragraph,
  run,
  tableBorders,
  tableGap,
  title,
  norwegian,
  tableTextStyle,
  type DataColumn,
  type DataTableOptions,
  type KeyValueOptions,
  type ParagraphOptions,
  type RunFormat,
} from './blocks'
export { cellShading, gridTable, type GridCell, type GridOptions, type GridRow } from './blocks-grid'
export { fileNameFrom, maxFileNameLength, type FileNameField, type FileNameValues } from './file-name'
export { lookOf, neutralLook, type Look } from './look'
export { textWidth, type Orientation } from './page'
export {
  defaultProfile,
  profileFromSetting,
  checkLogo,
  logoAltTextOf,
  defaultFileNamePattern,
} from './profile-defaults'
export { logoOf, defaultLogoPng } from './logo'
export { xmlSafe } from './text'
export { sha256Json } from './fingerprint'
