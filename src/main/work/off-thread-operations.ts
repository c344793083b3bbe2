import type { OperationName } from '../../shared/contract'

/**
 * Operations that only read and can take long enough to stall the main process (making Word
 * files, Excel, images, the whole workspace as JSON, reading an imported file): they run on a worker thread with its own
 * read-only connection, so the window keeps answering while they work. Anything that writes stays
 * on the main thread, where the one writing connection lives.
 */
export const offThreadOperations: ReadonlySet<OperationName> = new Set<OperationName>([
  'documents.make',
  'workspace.export',
  'cycle.exportWheel',
  'plans.exportXlsx',
  'plans.previewXlsx',
  'plans.exportOverviewPng',
  'invitations.exportMail',
  'people.accessReport',
  // Reading a file the user brings: parsing and checking only, nothing is written.
  'cases.importDocx',
  'workspace.inspectImport',
])
