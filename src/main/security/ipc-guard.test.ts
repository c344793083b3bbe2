import { describe, expect, it } from 'vitest'
import { isTrustedSender, type FrameLike } from './ipc-guard'
import { appEntryUrl } from './origin'

const frame = (url: string, parent: FrameLike | null = null): FrameLike => ({ url, parent })

describe('IPC sender check', () => {
  const top = frame('app://sekretariat/index.html#/saker')

  it('accepts our own top-level page', () => {
    expect(isTrustedSender(top, top, {})).toBe(true)
    const devTop = frame('http://localhost:5173/#/moter')
    expect(isTrustedSender(devTop, devTop, { devServerUrl: 'http://localhost:5173' })).toBe(true)
  })

  it('refuses a subframe, even one showing our own page', () => {
    const sub = frame(appEntryUrl, top)
    expect(isTrustedSender(sub, top, {})).toBe(false)
    expect(isTrustedSender(frame('https://evil.example/', top), top, {})).toBe(false)
  })

  it('refuses another origin in the top frame', () => {
    for (const url of [
      'https://evil.example/',
      'file:///C:/Users/kari/x.html',
      'app://sekretariat.evil.example/index.html',
      'http://localhost:5173/',
      'about:blank',
      '',
    ]) {
      const elsewhere = frame(url)
      expect(isTrustedSender(elsewhere, elsewhere, {}), url).toBe(false)
    }
  })

  it('refuses another window’s frame, and a frame that is gone', () => {
    const otherWindow = frame(appEntryUrl)
    expect(isTrustedSender(otherWindow, top, {})).toBe(false)
    expect(isTrustedSender(null, top, {})).toBe(false)
    expect(isTrustedSender(undefined, top, {})).toBe(false)
    expect(isTrustedSender(top, null, {})).toBe(false)
  })
})
