/**
 * The app's clock. `--today 2027-03-01` pins it to noon on that day, for demonstrations and for
 * tests that must give the same answers next year; without it the real time is used.
 */
export function fixedClock(today: string | undefined): (() => Date) | undefined {
  if (today === undefined) return undefined
  const [y, m, d] = today.split('-').map(Number)
  const noon = new Date(y, m - 1, d, 12)
  return () => new Date(noon)
}
