// Prints one closing line for the whole `npm test`: unit and end-to-end counts added up.
import { existsSync, readFileSync } from 'node:fs'

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
const unit = read('.tmp/reports/vitest.json')
const e2e = read('.tmp/reports/playwright.json')

const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0)
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0)
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0)

if (!unit || !e2e) console.log('Merk: mangler rapport fra', !unit ? 'vitest' : 'playwright')
console.log(`Tester: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || !unit || !e2e ? 1 : 0)
