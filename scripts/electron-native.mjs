// Builds better-sqlite3 once more, for Electron, into .electron-native/ — beside the Node build in
// node_modules that the tests and web mode use. Electron's main process loads this copy in
// development (see nativeBinding() in src/main/index.ts); a packaged app gets its own build from
// electron-builder. Needs the internet once, for Electron's headers.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
const sqlitePackage = dirname(require.resolve('better-sqlite3/package.json'))
const sqliteVersion = JSON.parse(readFileSync(join(sqlitePackage, 'package.json'), 'utf8')).version
const outDir = join(root, '.electron-native')
const target = join(outDir, 'better_sqlite3.node')
const stampFile = join(outDir, 'built-for.txt')
const stamp = `electron ${electronVersion}, better-sqlite3 ${sqliteVersion}`

if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) process.exit(0)

console.log(`Bygger better-sqlite3 for Electron ${electronVersion} (én gang, tar omtrent et minutt) …`)
const work = join(outDir, 'work')
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
cpSync(sqlitePackage, work, { recursive: true, filter: (src) => !src.includes(`${sqlitePackage}/build`) })
try {
  execFileSync(
    process.execPath,
    [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit', env: { ...process.env, npm_config_nodedir: '' } },
  )
} catch {
  console.error(
    'Kunne ikke bygge better-sqlite3 for Electron. Trenger internett (Electrons headers) og en C++-kompilator.',
  )
  process.exit(1)
}
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target)
writeFileSync(stampFile, stamp)
rmSync(work, { recursive: true, force: true })
console.log(`Ferdig: ${target}`)
