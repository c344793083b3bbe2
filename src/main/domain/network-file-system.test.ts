import { describe, expect, it } from 'vitest'
import {
  isNetworkFileSystem,
  isUncPath,
  mountFor,
  networkFileSystemOf,
  parseMacMount,
  parseNetUse,
  parseProcMounts,
} from './network-file-system'

const procMounts = `sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0
filserver:/export/home /home nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /home/kari/lokal ext4 rw,relatime 0 0
//filserver/felles /mnt/felles\\040område cifs rw,relatime,vers=3.1.1 0 0
kari@server:/data /mnt/ssh fuse.sshfs rw,nosuid,nodev 0 0
C:\\134 /mnt/c 9p rw,noatime 0 0
tmpfs /tmp tmpfs rw 0 0
`

const macMount = `/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse, protect)
//kari@filserver/felles on /Volumes/felles (smbfs, nodev, nosuid, mounted by kari)
filserver:/export on /Volumes/export (nfs, nodev, nosuid, mounted by kari)
afp_2k on /Volumes/gammel (afpfs, nodev, nosuid)
https://dav.example.no/ on /Volumes/dav (webdav, nodev, noexec, nosuid)
/dev/disk4s1 on /Volumes/Minnepinne (msdos, local, nodev, nosuid, noowners)
`

const netUse = `Nye tilkoblinger vil bli husket.

Status       Lokal     Ekstern                   Nettverk

-------------------------------------------------------------------------------
OK           Z:        \\\\filserver\\felles       Microsoft Windows Network
Ikke tilgjengelig Y:   \\\\server2\\arkiv         Microsoft Windows Network
OK                     \\\\server3\\IPC$          Microsoft Windows Network
Kommandoen er fullført.
`

describe('network file systems', () => {
  it('recognise UNC paths, not device paths', () => {
    expect(isUncPath('\\\\filserver\\felles\\sekretariat')).toBe(true)
    expect(isUncPath('//filserver/felles')).toBe(true)
    expect(isUncPath('\\\\?\\UNC\\filserver\\felles')).toBe(true)
    expect(isUncPath('\\\\?\\C:\\Users\\kari')).toBe(false)
    expect(isUncPath('\\\\.\\PhysicalDrive0')).toBe(false)
    expect(isUncPath('C:\\Users\\kari')).toBe(false)
    expect(isUncPath('\\\\filserver')).toBe(false)
  })

  it('on Windows: UNC paths, mapped drives and drives that resolve to a share', () => {
    const drives = parseNetUse(netUse)
    expect(drives).toEqual(['Z:', 'Y:'])
    const win = (path: string, realPath?: string) =>
      networkFileSystemOf({ platform: 'win32', path, realPath, networkDrives: drives })
    expect(win('\\\\filserver\\felles\\Sekretariat')).toBe('UNC')
    expect(win('Z:\\Sekretariat')).toBe('Z:')
    expect(win('y:\\arkiv')).toBe('Y:')
    expect(win('C:\\Users\\kari\\AppData\\Roaming\\Sekretariat')).toBeNull()
    expect(win('X:\\data', '\\\\?\\UNC\\filserver\\felles\\data')).toBe('UNC')
    expect(win('D:\\data', 'D:\\data')).toBeNull()
  })

  it('on Linux: the type of the mount the folder lives on, in /proc/mounts', () => {
    const mounts = parseProcMounts(procMounts)
    expect(mountFor('/mnt/felles område/x', mounts)).toEqual({ mountPoint: '/mnt/felles område', type: 'cifs' })
    const linux = (path: string, statfsType?: number) =>
      networkFileSystemOf({ platform: 'linux', path, mounts, statfsType })
    expect(linux('/home/kari/.config/Sekretariat')).toBe('nfs4')
    expect(linux('/home/kari/lokal/Sekretariat')).toBeNull()
    expect(linux('/homework/x')).toBeNull()
    expect(linux('/mnt/felles område/sekretariat')).toBe('cifs')
    expect(linux('/mnt/ssh/data')).toBe('fuse.sshfs')
    expect(linux('/mnt/c/Users/kari')).toBe('9p')
    expect(linux('/tmp/sekretariat')).toBeNull()
    expect(linux('/var/lib/sekretariat')).toBeNull()
  })

  it('on Linux without mounts: the statfs magic number', () => {
    const linux = (statfsType: number) => networkFileSystemOf({ platform: 'linux', path: '/data', statfsType })
    expect(linux(0x6969)).toBe('nfs')
    expect(linux(0xff534d42)).toBe('cifs')
    expect(linux(0xfe534d42)).toBe('smb3')
    expect(linux(0x01021997)).toBe('9p')
    expect(linux(0xef53)).toBeNull() // ext4
    expect(linux(0x65735546)).toBeNull() // FUSE: could be local
  })

  it('on macOS: the type names `mount` prints', () => {
    const mounts = parseMacMount(macMount)
    const mac = (path: string) => isNetworkFileSystem({ platform: 'darwin', path, mounts })
    expect(mac('/Volumes/felles/Sekretariat')).toBe(true)
    expect(mac('/Volumes/export/x')).toBe(true)
    expect(mac('/Volumes/gammel')).toBe(true)
    expect(mac('/Volumes/dav/x')).toBe(true)
    expect(mac('/Volumes/Minnepinne/x')).toBe(false)
    expect(mac('/Users/kari/Library/Application Support/Sekretariat')).toBe(false)
  })

  it('a UNC-looking name outside Windows is only a folder name', () => {
    expect(networkFileSystemOf({ platform: 'linux', path: '//tmp/x', mounts: parseProcMounts(procMounts) })).toBeNull()
  })
})
