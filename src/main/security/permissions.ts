import type { Session } from 'electron'

/**
 * Permissions the page may use. None: the app needs no camera, microphone, location,
 * notifications, clipboard-read, MIDI, HID, serial or USB. (Copy and paste work through the
 * editor's own events and the Rediger menu, which need no permission.) Listed as a set so
 * that adding one later is a visible, reviewed change.
 */
export const allowedPermissions: ReadonlySet<string> = new Set<string>()

export function isPermissionAllowed(permission: string): boolean {
  return allowedPermissions.has(permission)
}

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>
type DeviceHandler = NonNullable<Parameters<Session['setDevicePermissionHandler']>[0]>

/** Asked when the page requests a permission (getUserMedia, Notification.requestPermission, ...). */
export const permissionRequestHandler: RequestHandler = (_contents, permission, callback) => {
  callback(isPermissionAllowed(permission))
}

/** Asked when the page checks a permission (navigator.permissions.query, ...). */
export const permissionCheckHandler: CheckHandler = (_contents, permission) => isPermissionAllowed(permission)

/** Asked for HID, serial and USB devices. */
export const devicePermissionHandler: DeviceHandler = () => false

/** Installs the three handlers on a session. */
export function denyPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
) {
  session.setPermissionRequestHandler(permissionRequestHandler)
  session.setPermissionCheckHandler(permissionCheckHandler)
  session.setDevicePermissionHandler(devicePermissionHandler)
}
