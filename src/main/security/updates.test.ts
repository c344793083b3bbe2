import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isSecureFeedUrl, readAppUpdateKey, updateRefusal } from './updates'

const root = join(import.meta.dirname, '../../..')

const require = createRequire(import.meta.url)
/** js-yaml is installed with electron-builder (which reads this very file with it); it has no types of its own. */
const yaml = require('js-yaml') as { load: (text: string) => unknown }
/** electron-builder's own schema check, the one `npm run package` runs first. */
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

interface BuilderConfig {
  publish?: { provider?: string; url?: string } | { provider?: string; url?: string }[]
  win?: {
    publisherName?: unknown
    verifyUpdateCodeSignature?: boolean
    signtoolOptions?: { publisherName?: string | string[] }
  }
}

describe('electron-builder.yml', () => {
  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig
  const publish = [config.publish ?? []].flat()

  it('passes electron-builder’s schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('publishes updates only over HTTPS', () => {
    expect(publish.length).toBeGreaterThan(0)
    for (const target of publish) {
      expect(target.provider).toBe('generic')
      expect(target.url?.startsWith('https://'), target.url).toBe(true)
    }
  })

  it('names the Windows publisher the updater verifies signatures against', () => {
    // electron-builder 26 reads it from win.signtoolOptions; the old win.publisherName fails its schema.
    expect(config.win).not.toHaveProperty('publisherName')
    const names = [config.win?.signtoolOptions?.publisherName ?? []].flat()
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(name.trim()).not.toBe('')
    expect(config.win?.verifyUpdateCodeSignature).toBe(true)
  })
})

describe('update feed', () => {
  it('accepts only HTTPS on a real host', () => {
    expect(isSecureFeedUrl('https://oppdateringer.example.no/sekretariat/')).toBe(true)
    for (const url of [
      'http://oppdateringer.example.no/',
      'file:///C:/updates/',
      'ftp://example.no/',
      '//example.no/',
      'https://oppdateringer.sekretariat.invalid/',
      'https://invalid/',
      'https://user:pw@example.no/',
      'not a url',
      '',
    ]) {
      expect(isSecureFeedUrl(url), url).toBe(false)
    }
  })

  it('reads app-update.yml as electron-builder writes it', () => {
    const text = [
      'provider: generic',
      "url: 'https://oppdateringer.example.no/'",
      'updaterCacheDirName: sekretariat-updater',
      'publisherName:',
      '  - Sekretariat',
      '  - "CN=Sekretariat, O=Sekretariat"',
      '',
    ].join('\r\n')
    expect(readAppUpdateKey(text, 'url')).toEqual(['https://oppdateringer.example.no/'])
    expect(readAppUpdateKey(text, 'publisherName')).toEqual(['Sekretariat', 'CN=Sekretariat, O=Sekretariat'])
    expect(readAppUpdateKey(text, 'channel')).toEqual([])
  })

  it('refuses to update without a config, over a non-HTTPS feed, or on Windows without a publisher', () => {
    const good = 'provider: generic\nurl: https://oppdateringer.example.no/\npublisherName:\n  - Sekretariat\n'
    expect(updateRefusal(good, 'win32')).toBeNull()
    expect(updateRefusal(good, 'linux')).toBeNull()
    expect(updateRefusal(null, 'win32')).toBe('no-config')
    expect(updateRefusal(good.replace('https:', 'http:'), 'win32')).toBe('insecure-feed')
    expect(updateRefusal(good.replace('example.no', 'sekretariat.invalid'), 'linux')).toBe('insecure-feed')
    expect(updateRefusal('provider: github\nowner: x\n', 'linux')).toBe('insecure-feed')
    const unsigned = 'provider: generic\nurl: https://oppdateringer.example.no/\n'
    expect(updateRefusal(unsigned, 'win32')).toBe('no-publisher')
    expect(updateRefusal(unsigned, 'darwin')).toBeNull()
  })
})
