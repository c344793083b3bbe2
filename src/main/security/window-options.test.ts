import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mainWindowOptions, secureWebPreferences } from './window-options'

const mainDir = join(import.meta.dirname, '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

describe('the main window', () => {
  const options = mainWindowOptions({ preload: '/app/out/preload/index.cjs', title: 'Sekretariat' })
  const prefs = options.webPreferences ?? {}

  it('isolates the page from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
  })

  it('keeps the web platform’s own protections on', () => {
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.experimentalFeatures).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.navigateOnDragDrop).toBe(false)
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs).not.toHaveProperty('additionalArguments')
  })

  it('sets nothing else that could weaken the page', () => {
    // A new preference must be added here on purpose, after asking what it does to security.
    expect(Object.keys(secureWebPreferences('x')).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    )
  })

  it('is the only window main creates, and index.ts builds it from these options', () => {
    const windows = sourceFiles(mainDir).flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return [...text.matchAll(/new BrowserWindow\(\s*([\w.]*)/g)].map((m) => `${relative(mainDir, file)}: ${m[1]}`)
    })
    expect(windows).toEqual(['index.ts: mainWindowOptions'])
    const preferencesOutsideThisModule = sourceFiles(mainDir).filter(
      (file) => !file.endsWith('window-options.ts') && /webPreferences\s*:/.test(readFileSync(file, 'utf8')),
    )
    expect(preferencesOutsideThisModule).toEqual([])
  })
})
