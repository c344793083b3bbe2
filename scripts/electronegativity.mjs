// Electronegativity (Doyensec's Electron security scanner) over the app's own code, as part of
// `npm test`. Electronegativity exits 0 whatever it finds, so this script reads its findings and
// fails the run on any HIGH or MEDIUM finding that security/electronegativity-allow.json does not
// justify. Offline: the scanner's two network calls (fresh translations, Electron's release list)
// are answered "no network" here; keeping Electron patched is Dependabot's and `npm audit`'s job.
//
//   node scripts/electronegativity.mjs            scan, write the report, exit 1 on failures
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const stage = join(root, '.tmp/electronegativity/scan')
const reportFile = join(root, '.tmp/reports/electronegativity.csv')
const allowFile = join(root, 'security/electronegativity-allow.json')

/**
 * What is scanned: the code that ships. Main and preload hold every Electron setting; the renderer's
 * sources and its index.html are where a dangerous sink (window.open, innerHTML, http:// resources)
 * would show. Tests and test helpers never ship and are left out. The built bundle is not scanned:
 * it is mostly React and Fluent UI, whose internals would bury our findings, and `npm test` runs
 * this step before anything is built.
 */
const scanned = ['src/main', 'src/preload', 'src/renderer', 'src/shared']
const isShipped = (path) => !/\.test\.tsx?$/.test(path) && !path.split(sep).includes('test-support')

/**
 * Checks left out, with the reason. AVAILABLE_SECURITY_FIXES needs Electron's release list from
 * GitHub (network, and a stale cached copy in the temp folder would give stale answers).
 */
const excludedChecks = ['AvailableSecurityFixesGlobalCheck']

const severities = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']
const failingSeverities = new Set(['HIGH', 'MEDIUM'])

function projectElectronVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const version = pkg.devDependencies?.electron ?? pkg.dependencies?.electron
  if (!/^\d+\.\d+\.\d+$/.test(version ?? ''))
    throw new Error(`electron must be pinned exactly in package.json, not "${version}"`)
  return version
}

/** Copies the shipped sources into one folder, so the global checks see main, preload and page together. */
function stageSources() {
  rmSync(stage, { recursive: true, force: true })
  for (const folder of scanned) {
    cpSync(join(root, folder), join(stage, folder), {
      recursive: true,
      filter: (source) => isShipped(relative(root, source)),
    })
  }
  // The manifest, so ELECTRON_VERSION and package.json-based checks see what ships.
  cpSync(join(root, 'package.json'), join(stage, 'package.json'))
}

/** The scanner's modules, required from its own folder, with `got` answering "offline" before anything loads it. */
function loadScanner() {
  const require = createRequire(import.meta.url)
  const base = dirname(require.resolve('@doyensec/electronegativity/package.json'))
  const offline = () => Promise.reject(new Error('offline: electronegativity runs without network in npm test'))
  const got = Object.assign(offline, { head: offline, get: offline, stream: offline })
  got.default = got
  for (const from of ['dist/locales/i18n.js', 'dist/finder/checks/GlobalChecks/AvailableSecurityFixesGlobalCheck.js']) {
    const scannerRequire = createRequire(join(base, from))
    const path = scannerRequire.resolve('got')
    scannerRequire.cache[path] = { id: path, filename: path, loaded: true, exports: got, children: [], paths: [] }
  }
  const scannerRequire = createRequire(join(base, 'dist/index.js'))
  return { run: scannerRequire('./runner.js'), version: scannerRequire('../package.json').version }
}

function readAllowList() {
  const entries = JSON.parse(readFileSync(allowFile, 'utf8')).allow
  for (const [i, entry] of entries.entries()) {
    for (const key of ['check', 'file', 'reason', 'reviewedBy', 'reviewedOn']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '') {
        throw new Error(`${relative(root, allowFile)}: entry ${i + 1} has no "${key}"`)
      }
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.reviewedOn))
      throw new Error(`${relative(root, allowFile)}: entry ${i + 1}: reviewedOn is YYYY-MM-DD`)
  }
  return entries
}

const csvCell = (value) => `"${String(value ?? '').replace(/"/g, '""')}"`

/**
 * The report in Electronegativity's own CSV columns, plus our verdict. Written here rather than by
 * the scanner: its CSV writer writes the header and the rows in two unawaited writes that can land
 * in either order, and its SARIF drops the severity.
 */
function writeReport(rows) {
  mkdirSync(dirname(reportFile), { recursive: true })
  const header = [
    'issue',
    'severity',
    'confidence',
    'filename',
    'location',
    'sample',
    'description',
    'url',
    'verdict',
    'reason',
  ]
  const lines = rows.map(({ issue, verdict, reason }) =>
    [
      issue.id,
      issue.severity.name,
      issue.confidence.name,
      issue.file,
      `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
      issue.sample ?? '',
      issue.description ?? '',
      `https://github.com/doyensec/electronegativity/wiki/${issue.id}`,
      verdict,
      reason ?? '',
    ]
      .map(csvCell)
      .join(','),
  )
  writeFileSync(reportFile, [header.join(','), ...lines].join('\n') + '\n')
}

async function main() {
  const electronVersion = projectElectronVersion()
  const allow = readAllowList()
  stageSources()
  const scanner = loadScanner()

  // The scanner prints a notice when its translation download fails; that is expected offline.
  const log = console.log
  console.log = (...args) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args)
  }
  let result
  try {
    result = await scanner.run(
      {
        input: stage,
        output: undefined,
        isSarif: false,
        customScan: [],
        excludeFromScan: excludedChecks,
        isRelative: true,
        isVerbose: false,
        electronUpgrade: undefined,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    )
  } finally {
    console.log = log
  }

  // A file the scanner cannot parse is a file it did not check: that fails the run too.
  const unparsed = result.errors.filter((error) => !error.tolerable)
  const used = new Set()
  const rows = result.issues.map((issue) => {
    const file = issue.file.split(sep).join('/')
    if (!failingSeverities.has(issue.severity.name)) return { issue, verdict: 'reported' }
    const match = allow.findIndex(
      (entry) =>
        entry.check === issue.id &&
        entry.file === file &&
        (entry.sample === undefined || entry.sample.trim() === (issue.sample ?? '').trim()),
    )
    if (match < 0) return { issue, verdict: 'FAILING' }
    used.add(match)
    return { issue, verdict: 'allowed', reason: allow[match].reason }
  })
  writeReport(rows)

  const failing = rows.filter((row) => row.verdict === 'FAILING')
  for (const { issue } of failing) {
    console.error(
      `  ${issue.severity.name} ${issue.id} ${issue.file}:${issue.location?.line ?? 0} ${issue.sample ?? ''}`.trimEnd(),
    )
  }
  for (const error of unparsed) console.error(`  Kunne ikke lese ${relative(stage, error.file)}: ${error.message}`)
  const stale = allow.filter((_entry, i) => !used.has(i))
  for (const entry of stale) console.error(`  Unødvendig unntak (ingen slik funn lenger): ${entry.check} ${entry.file}`)

  const bySeverity = severities.map((s) => `${s} ${rows.filter((row) => row.issue.severity.name === s).length}`)
  console.log(
    `Electronegativity ${scanner.version} (Electron ${electronVersion}, ${result.globalChecks + result.atomicChecks} checks): ` +
      `${bySeverity.join(', ')}; allowed ${used.size}, failing ${failing.length}` +
      (unparsed.length ? `, unreadable files ${unparsed.length}` : '') +
      (stale.length ? `, stale allow-list entries ${stale.length}` : '') +
      ` -> ${relative(root, reportFile)}`,
  )
  rmSync(join(root, '.tmp/electronegativity'), { recursive: true, force: true })
  process.exit(failing.length > 0 || unparsed.length > 0 || stale.length > 0 ? 1 : 0)
}

if (!existsSync(allowFile)) {
  console.error(`Mangler ${relative(root, allowFile)}`)
  process.exit(1)
}
await main()
