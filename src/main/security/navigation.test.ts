import { EventEmitter } from 'node:events'
import type { WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { decideNavigation, decideWindowOpen, externalLink } from './navigation'
import { appEntryUrl } from './origin'
import { guardWebContents } from './web-contents-guard'

const packaged = {}
const dev = { devServerUrl: 'http://localhost:5173' }

describe('navigation', () => {
  it('stays on our own page', () => {
    expect(decideNavigation(appEntryUrl, packaged)).toEqual({ action: 'allow' })
    expect(decideNavigation('app://sekretariat/index.html#/saker', packaged)).toEqual({ action: 'allow' })
    expect(decideNavigation('http://localhost:5173/#/moter', dev)).toEqual({ action: 'allow' })
  })

  it('refuses every other origin, including look-alikes of ours', () => {
    for (const url of [
      'https://example.com/',
      'http://example.com/',
      'file:///etc/passwd',
      'file:///C:/Users/kari/Dokumenter/sak.docx',
      'app://sekretariat.evil.example/index.html',
      'app://other/index.html',
      'app://user:pw@sekretariat/index.html',
      'http://localhost:5173/', // the dev server, when this is not a dev run
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
      '',
    ]) {
      expect(decideNavigation(url, packaged).action, url).toBe('deny')
    }
    expect(decideNavigation('http://localhost:51730/', dev).action).toBe('deny')
    expect(decideNavigation('http://127.0.0.1:5173/', dev).action).toBe('deny')
    expect(decideNavigation('https://localhost:5173/', dev).action).toBe('deny')
  })

  it('never opens a new app window; web and e-mail links go to the OS after a check', () => {
    expect(decideWindowOpen('https://www.helsedirektoratet.no/')).toEqual({
      action: 'deny',
      openExternally: 'https://www.helsedirektoratet.no/',
    })
    expect(decideWindowOpen('mailto:post@kommune.no')).toEqual({
      action: 'deny',
      openExternally: 'mailto:post@kommune.no',
    })
    for (const url of [
      appEntryUrl, // not even our own page: one window only
      'http://example.com/', // plain http is not handed on
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share/x.exe',
      'ms-msdt:/id PCWDiagnostic',
      'javascript:alert(1)',
      'https://user:secret@example.com/',
      `https://example.com/${'a'.repeat(3000)}`,
      'mailto:',
      'mailto:not-an-address',
      '',
    ]) {
      expect(decideWindowOpen(url), url).toEqual({ action: 'deny', openExternally: null })
    }
  })

  it('hands on the parsed URL, not the raw string', () => {
    expect(externalLink('HTTPS://Example.COM/a b')).toBe('https://example.com/a%20b')
  })
})

/** A stand-in for a webContents: records listeners and the window-open handler like Electron does. */
function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: ((details: { url: string }) => { action: string }) | null = null
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler
    },
  })
  /** Fires an event as Electron would; a main-frame navigation fires will-navigate and will-frame-navigate. */
  const attempt = (event: string, url: string, isMainFrame = true) => {
    let prevented = false
    const details = { url, isMainFrame, preventDefault: () => (prevented = true) }
    emitter.emit(event, details)
    if (event === 'will-navigate') emitter.emit('will-frame-navigate', details)
    return prevented ? 'refused' : 'allowed'
  }
  return {
    contents: contents as unknown as WebContents,
    attempt,
    open: (url: string) => openHandler?.({ url }),
    listeners: (event: string) => emitter.listenerCount(event),
  }
}

describe('guardWebContents (what index.ts installs on every webContents)', () => {
  it('refuses navigation, redirects and webviews elsewhere, and opens only checked links', () => {
    const opened: string[] = []
    const fake = fakeContents()
    guardWebContents(fake.contents, { own: packaged, openExternal: (url) => opened.push(url) })

    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(fake.listeners(event), event).toBe(1)
    }
    expect(fake.attempt('will-navigate', 'app://sekretariat/index.html#/saker')).toBe('allowed')
    expect(fake.attempt('will-navigate', 'https://evil.example/')).toBe('refused')
    expect(fake.attempt('will-frame-navigate', 'https://evil.example/frame', false)).toBe('refused')
    expect(fake.attempt('will-frame-navigate', 'app://sekretariat/index.html', false)).toBe('allowed')
    expect(fake.attempt('will-navigate', 'file:///etc/passwd')).toBe('refused')
    expect(fake.attempt('will-redirect', 'https://evil.example/redirected')).toBe('refused')
    expect(fake.attempt('will-attach-webview', appEntryUrl)).toBe('refused')
    expect(fake.open('https://www.regjeringen.no/')).toEqual({ action: 'deny' })
    expect(fake.open('file:///C:/x.exe')).toEqual({ action: 'deny' })
    expect(fake.open(appEntryUrl)).toEqual({ action: 'deny' })

    // A clicked web link goes to the browser, once; a subframe's navigation, a redirect or a file never does.
    expect(opened).toEqual(['https://evil.example/', 'https://www.regjeringen.no/'])
  })
})
