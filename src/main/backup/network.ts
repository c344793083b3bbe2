import { execFile } from 'node:child_process'
import { readFile, realpath, statfs } from 'node:fs/promises'
import { promisify } from 'node:util'
import {
  networkFileSystemOf,
  parseMacMount,
  parseNetUse,
  parseProcMounts,
  type FileSystemFacts,
} from '../domain/network-file-system'

const run = promisify(execFile)

/** A command's output, or '' when it is missing or slow: a check that cannot run must not block the start. */
async function output(command: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(command, args, { timeout: 3000, windowsHide: true })
    return stdout
  } catch {
    return ''
  }
}

/**
 * Gathers what the platform tells about the folder's file system (Linux: /proc/mounts and statfs;
 * macOS: `mount`; Windows: the real path, which turns a mapped drive into `\\server\share`, and
 * `net use`) and asks the pure rule. Returns what makes it a network folder, or null.
 */
export async function networkFileSystemAt(folder: string, platform = process.platform): Promise<string | null> {
  const facts: FileSystemFacts = { platform, path: folder }
  facts.realPath = await realpath(folder).catch(() => undefined)
  if (platform === 'linux') {
    facts.mounts = parseProcMounts(await readFile('/proc/mounts', 'utf8').catch(() => ''))
    facts.statfsType = await statfs(folder).then(
      (s) => s.type,
      () => undefined,
    )
  } else if (platform === 'darwin') {
    facts.mounts = parseMacMount(await output('/sbin/mount', []))
  } else if (platform === 'win32') {
    const { realpath: native } = await import('node:fs')
    facts.realPath = await new Promise<string | undefined>((resolve) =>
      native.native(folder, (error, path) => resolve(error ? undefined : path)),
    )
    if (/^[A-Za-z]:/.test(folder)) facts.networkDrives = parseNetUse(await output('net', ['use']))
  }
  return networkFileSystemOf(facts)
}
