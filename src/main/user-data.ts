import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * Where the desktop app keeps its data, computed the way Electron's `userData` is, so web mode
 * started without `--data` opens the same workspace as the app.
 */
export function defaultDataFolder(appName = 'Sekretariat'): string {
  const home = homedir()
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), appName)
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', appName)
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), appName)
}
