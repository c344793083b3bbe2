import { z } from 'zod'
import type { DamagedWorkspace } from './backups'
import { requiredText } from './schema-kit'

export const workspaceTemplates = ['empty', 'demo'] as const

export const createWorkspaceInput = z
  .object({ template: z.enum(workspaceTemplates), name: requiredText(200).optional() })
  .strict()

export const renameWorkspaceInput = z.object({ name: requiredText(200) }).strict()

/** The parsed content of an export file; checked in main, never trusted. */
export const importInput = z.object({ document: z.unknown() }).strict()

export interface WorkspaceStatus {
  initialised: boolean
  name: string
  dataFolder: string
  databaseFile: string
  /** Name of the newest migration applied. */
  schemaVersion: string
  appVersion: string
  /** Set when the database file failed its check at start: the app offers a backup instead. */
  damaged?: DamagedWorkspace
}

export interface WorkspaceCounts {
  regions: number
  organisations: number
  people: number
  roles: number
  holdings: number
  bodies: number
  memberships: number
}

/** What `workspace.export` hands back: the file content and a suggested file name. */
export interface WorkspaceExport {
  fileName: string
  document: unknown
  counts: WorkspaceCounts
}
