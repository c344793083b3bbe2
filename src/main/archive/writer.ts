import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, open, rename, rmdir, unlink } from 'node:fs/promises'
import { dirname } from 'node:path'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { AppError } from '../errors'
import { joinInside } from '../files/paths'
import { firstFree, numberedName } from './file-names'

/** Lets a test take a name between the check and the rename, as another program could. */
export interface WriteHooks {
  beforeRename?: (path: string) => Promise<void> | void
}

/**
 * Writes one filing into the archive folder, all or nothing. Each file goes to a temporary name,
 * is flushed to disk, then renamed into place, so the archive's import never picks up half a
 * file; if anything fails, what this filing already wrote is removed again.
 */
export class ArchiveWriter {
  readonly paths: string[] = []
  private readonly folders: string[] = []
  private readonly temps = new Set<string>()
  // Names chosen in this filing, lower case: Windows shares compare names without case.
  private readonly chosen = new Set<string>()

  constructor(
    /** The archive folder as the user chose it: what messages name when it vanishes. */
    private readonly root: string,
    private readonly hooks: WriteHooks = {},
  ) {}

  private taken(folder: string, name: string): boolean {
    return this.chosen.has(joinInside(folder, name).toLowerCase()) || existsSync(joinInside(folder, name))
  }

  /** A new subfolder; never one that is already there, so nothing in it is someone else's. */
  async makeFolder(parent: string, wanted: string): Promise<string> {
    for (let n = 1; ; n++) {
      const name = numberedName(wanted, n, true)
      if (this.taken(parent, name)) continue
      const path = joinInside(parent, name)
      try {
        await mkdir(path)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
        throw this.failure(error, wanted)
      }
      this.folders.push(path)
      return path
    }
  }

  /** The first "stem (n)" free for every extension, so the manifest's CSV and JSON stay a pair. */
  freeStem(folder: string, stem: string, extensions: readonly string[]): string {
    const n = firstFree((k) => extensions.every((ext) => !this.taken(folder, numberedName(`${stem}${ext}`, k))))
    return numberedName(stem, n, true)
  }

  /** Writes the bytes under the wanted name, or "name (2)"… if taken; returns the name used. */
  async writeFile(folder: string, wanted: string, bytes: Buffer): Promise<string> {
    const name = numberedName(
      wanted,
      firstFree((n) => !this.taken(folder, numberedName(wanted, n))),
    )
    const target = joinInside(folder, name)
    this.chosen.add(target.toLowerCase())
    // Hidden on Unix and ending in .tmp: import jobs skip such files.
    const temp = joinInside(folder, `.~${randomUUID()}.tmp`)
    try {
      this.temps.add(temp)
      const handle = await open(temp, 'wx')
      try {
        await handle.writeFile(bytes)
        await handle.sync()
      } finally {
        await handle.close()
      }
      await this.hooks.beforeRename?.(target)
      await rename(temp, target)
      this.temps.delete(temp)
    } catch (error) {
      throw this.failure(error, name)
    }
    this.paths.push(target)
    return name
  }

  /** Flushes the folders' entries too, where the system allows it (Windows does not). */
  async syncFolders(): Promise<void> {
    for (const folder of new Set(this.paths.map((p) => dirname(p)))) {
      try {
        const handle = await open(folder, 'r')
        await handle.sync().finally(() => handle.close())
      } catch {
        // Best effort: the files themselves are already on disk.
      }
    }
  }

  /** Removes what this filing wrote, newest first; leaves anything it did not write. */
  async rollback(): Promise<void> {
    const quietly = (work: Promise<void>) => work.catch(() => undefined)
    for (const temp of this.temps) await quietly(unlink(temp))
    for (const path of [...this.paths].reverse()) await quietly(unlink(path))
    // rmdir, not rm -r: a folder that got someone else's file stays.
    for (const folder of [...this.folders].reverse()) await quietly(rmdir(folder))
    this.temps.clear()
    this.paths.length = 0
    this.folders.length = 0
  }

  private failure(error: unknown, name: string): AppError {
    if (error instanceof AppError) return error
    const code = (error as NodeJS.ErrnoException).code ?? 'EUKJENT'
    const t = nb.documents.archive
    const message =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? format(t.folderGone, { folder: this.root })
        : ['EBUSY', 'EPERM', 'EACCES', 'ETXTBSY'].includes(code)
          ? format(t.fileLocked, { name })
          : ['EISDIR', 'EEXIST', 'ENOTEMPTY'].includes(code)
            ? format(t.nameTaken, { name })
            : ['ENOSPC', 'EDQUOT'].includes(code)
              ? format(t.diskFull, { name })
              : format(t.writeFailed, { name, code })
    return new AppError({ code: 'conflict', message, field: 'folder' })
  }
}
