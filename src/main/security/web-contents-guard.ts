import type { WebContents } from 'electron'
import { decideNavigation, decideWindowOpen } from './navigation'
import type { OwnOrigins } from './origin'

export interface GuardOptions {
  own: OwnOrigins
  /** Hands a checked link to the OS (shell.openExternal); never called with anything unchecked. */
  openExternal: (url: string) => void
}

type Guardable = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * Puts the navigation decisions on a webContents. index.ts calls it for every webContents the app
 * creates (app 'web-contents-created'), so no window or frame is left without it.
 */
export function guardWebContents(contents: Guardable, { own, openExternal }: GuardOptions): void {
  const refuseElsewhere = (event: { url: string; preventDefault: () => void }) => {
    const decision = decideNavigation(event.url, own)
    if (decision.action === 'allow') return
    event.preventDefault()
    if (decision.openExternally) openExternal(decision.openExternally)
  }
  contents.on('will-navigate', refuseElsewhere)
  // Subframes, which will-navigate does not see. It fires for the main frame too; will-navigate has
  // already answered that one, and answering twice would open a clicked link twice.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return
    if (decideNavigation(event.url, own).action !== 'allow') event.preventDefault()
  })
  // A redirect to elsewhere is refused without opening it: the user never asked for that URL.
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url, own).action !== 'allow') event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url)
    if (decision.openExternally) openExternal(decision.openExternally)
    return { action: decision.action }
  })
}
