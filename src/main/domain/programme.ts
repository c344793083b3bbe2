/**
 * A programme meeting (the partnership meeting) runs on the clock: each item starts when the
 * one before it ends. Items without a duration take no time, so the times after them still hold.
 */
export function programmeTimes(start: string, durations: readonly (number | null)[]): string[] {
  let minutes = Number(start.slice(0, 2)) * 60 + Number(start.slice(3, 5))
  return durations.map((duration) => {
    const at = minutes
    minutes += duration ?? 0
    const hh = String(Math.floor(at / 60) % 24).padStart(2, '0')
    return `${hh}:${String(at % 60).padStart(2, '0')}`
  })
}
