import { execFileSync } from 'node:child_process'
import { electronBinary } from './app'

/** Where the Electron specs will run, better-sqlite3 must first be built for Electron. */
export default function globalSetup() {
  if (electronBinary() === null) return
  execFileSync(process.execPath, ['scripts/electron-native.mjs'], { stdio: 'inherit' })
}
