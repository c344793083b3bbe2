import type { Context } from '../api/context'
import { backupQuietly, hasChangesSinceBackup } from './backups'

export interface ScheduleOptions {
  /** How often to look; a backup is written only if something was written since the last one. */
  intervalMs?: number
}

/**
 * Hourly backups while the app runs, only when something changed (`total_changes()` on the live
 * connection has moved since the last backup): an idle app writes nothing. Called by both the
 * Electron shell and web mode once the workspace is open; returns a stop function. The timer does
 * not keep the process alive.
 */
export function startBackupSchedule(ctx: Context, options: ScheduleOptions = {}): () => void {
  let running = false
  const tick = async () => {
    if (running || ctx.damage) return
    running = true
    try {
      if (hasChangesSinceBackup(ctx)) await backupQuietly(ctx, 'time')
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), options.intervalMs ?? 3_600_000)
  timer.unref()
  return () => clearInterval(timer)
}
