/**
 * Is a folder on a network file system? SQLite's WAL needs shared memory and byte-range locks
 * that network file systems do not give reliably, so the live database must not live there
 * (backups may). Pure: the I/O wrapper (`backup/network.ts`) gathers the facts, this decides.
 */

export interface Mount {
  mountPoint: string
  type: string
}

export interface FileSystemFacts {
  /** `process.platform`. */
  platform: string
  /** The folder, absolute, as the user gave it. */
  path: string
  /** The same folder with links resolved; on Windows a mapped drive resolves to its UNC path. */
  realPath?: string
  /** Linux: /proc/mounts; macOS: the output of `mount`. */
  mounts?: Mount[]
  /** `f_type` from statfs (Linux magic numbers; meaningless on macOS and Windows). */
  statfsType?: number
  /** Windows: drive letters mapped to network shares (`net use`), e.g. `Z:`. */
  networkDrives?: string[]
}

/** Linux and macOS type names of file systems that live on another machine. */
const networkTypes = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'smb',
  'ncpfs',
  'afs',
  'ceph',
  '9p',
  'glusterfs',
  'lustre',
  'davfs',
  'coda',
  'sshfs',
  'afpfs',
  'webdav',
  'fuse.sshfs',
  'fuse.glusterfs',
  'fuse.rclone',
  'fuse.s3fs',
  'fuse.davfs',
])

/** Linux statfs magic numbers of network file systems (FUSE is left out: it may be local). */
const networkMagic = new Map<number, string>([
  [0x6969, 'nfs'],
  [0x517b, 'smb'],
  [0xff534d42, 'cifs'],
  [0xfe534d42, 'smb3'],
  [0x01021997, '9p'],
  [0x5346414f, 'afs'],
  [0x73757245, 'coda'],
  [0x564c, 'ncpfs'],
  [0x00c36400, 'ceph'],
])

/** `\\server\share`, `//server/share` and `\\?\UNC\server\share`; not `\\?\C:\` or `\\.\` device paths. */
export function isUncPath(path: string): boolean {
  if (/^[\\/]{2}\?[\\/]UNC[\\/]/i.test(path)) return true
  return /^[\\/]{2}[^\\/?.][^\\/]*[\\/]+[^\\/]+/.test(path)
}

/** The mount a path lives on: the longest mount point that contains it. */
export function mountFor(path: string, mounts: readonly Mount[]): Mount | null {
  let best: Mount | null = null
  for (const mount of mounts) {
    const point = mount.mountPoint.endsWith('/') ? mount.mountPoint : `${mount.mountPoint}/`
    const inside = path === mount.mountPoint || path.startsWith(point) || mount.mountPoint === '/'
    if (inside && (!best || mount.mountPoint.length > best.mountPoint.length)) best = mount
  }
  return best
}

/** Linux /proc/mounts: `device mountpoint type options 0 0`, spaces in names written as `\040`. */
export function parseProcMounts(text: string): Mount[] {
  const unescape = (s: string) =>
    s.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)))
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length >= 3)
    .map((fields) => ({ mountPoint: unescape(fields[1]), type: fields[2] }))
}

/** macOS `mount`: `//user@server/share on /Volumes/share (smbfs, nodev, nosuid, mounted by kari)`. */
export function parseMacMount(text: string): Mount[] {
  return text
    .split('\n')
    .map((line) => /^.+? on (.+) \(([^,)]+)/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ mountPoint: m[1], type: m[2].trim() }))
}

/** Windows `net use`: the drive letters mapped to shares, whatever the language of the headings. */
export function parseNetUse(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => /(?:^|\s)([A-Za-z]:)\s+\\\\/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m[1].toUpperCase())
}

/**
 * What makes the folder a network folder, for the message: `UNC`, a mapped drive (`Z:`) or the
 * file system's type (`nfs4`, `cifs`, `smbfs`); null when it is local.
 */
export function networkFileSystemOf(facts: FileSystemFacts): string | null {
  const paths = [facts.path, facts.realPath].filter((p): p is string => Boolean(p))
  if (facts.platform === 'win32') {
    if (paths.some(isUncPath)) return 'UNC'
    const drive = /^([A-Za-z]:)/.exec(facts.path)?.[1]?.toUpperCase()
    if (drive && facts.networkDrives?.includes(drive)) return drive
    return null
  }
  for (const path of paths) {
    // A UNC-like path outside Windows is a plain folder name; only the mounts tell.
    const mount = facts.mounts ? mountFor(path, facts.mounts) : null
    if (mount && networkTypes.has(mount.type.toLowerCase())) return mount.type
  }
  if (facts.platform === 'linux' && facts.statfsType !== undefined) {
    return networkMagic.get(facts.statfsType) ?? null
  }
  return null
}

export function isNetworkFileSystem(facts: FileSystemFacts): boolean {
  return networkFileSystemOf(facts) !== null
}
