import type { Session, WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import {
  allowedPermissions,
  denyPermissions,
  devicePermissionHandler,
  permissionCheckHandler,
  permissionRequestHandler,
} from './permissions'

const contents = {} as WebContents
// Every permission Electron 40 names for requests and checks.
const permissions = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
  'hid',
  'serial',
  'usb',
] as const

describe('permissions', () => {
  it('allows none', () => {
    expect([...allowedPermissions]).toEqual([])
  })

  it('denies every permission request', () => {
    for (const permission of permissions) {
      let answer: boolean | undefined
      permissionRequestHandler(
        contents,
        permission as Parameters<typeof permissionRequestHandler>[1],
        (granted) => (answer = granted),
        { requestingUrl: 'app://sekretariat/index.html', isMainFrame: true } as Parameters<
          typeof permissionRequestHandler
        >[3],
      )
      expect(answer, permission).toBe(false)
    }
  })

  it('answers every permission check with no', () => {
    for (const permission of permissions) {
      expect(
        permissionCheckHandler(
          contents,
          permission as Parameters<typeof permissionCheckHandler>[1],
          'app://sekretariat',
          {} as Parameters<typeof permissionCheckHandler>[3],
        ),
        permission,
      ).toBe(false)
    }
    expect(devicePermissionHandler({} as Parameters<typeof devicePermissionHandler>[0])).toBe(false)
  })

  it('installs all three handlers on the session', () => {
    const installed: string[] = []
    const session = {
      setPermissionRequestHandler: (handler: unknown) =>
        handler === permissionRequestHandler && installed.push('request'),
      setPermissionCheckHandler: (handler: unknown) => handler === permissionCheckHandler && installed.push('check'),
      setDevicePermissionHandler: (handler: unknown) => handler === devicePermissionHandler && installed.push('device'),
    } as unknown as Session
    denyPermissions(session)
    expect(installed).toEqual(['request', 'check', 'device'])
  })
})
