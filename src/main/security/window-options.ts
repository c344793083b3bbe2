import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

/**
 * The main window's settings, in one place so a unit test can read exactly what index.ts passes
 * to `new BrowserWindow`. Every security-relevant preference is spelled out, even where it is
 * Electron's default, so a change of default (or of this file) shows up in the test.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    // The page talks to main only through the preload's `window.api`; it has no Node.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    // A page that opens dialogs in a loop can be stopped by the user.
    safeDialogs: true,
    spellcheck: true,
  }
}

export function mainWindowOptions({
  preload,
  title,
}: {
  preload: string
  title: string
}): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title,
    backgroundColor: '#f5f5f5',
    show: false,
    webPreferences: secureWebPreferences(preload),
  }
}
