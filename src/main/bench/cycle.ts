import type { InputOf } from '../../shared/contract'
import { bodyLevels } from '../../shared/vocabulary'
import { once, time, type Call, type Figure } from './kit'

/**
 * The yearly cycle on the workspace the issue names: 15 bodies with 1–2 rhythms each (about 120
 * meetings a year), 10 years of meetings (2020–2029), and 20 people who sit in 2–3 bodies each,
 * so that some bodies meet on the same day at the same time and clash detection finds people.
 */

const bodyCount = 15
const peopleCount = 20
const firstYear = 2020
const years = 10
const year = 2027
const runs = 30

type RhythmPlan = Omit<InputOf<'rhythms.save'>, 'bodyId'>

/** Months without July, picked spread over the year from a per-body offset; 11 is prime, so no repeats. */
const seasonMonths = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]
const spread = (count: number, offset: number) =>
  Array.from({ length: count }, (_, k) => seasonMonths[(offset + 3 * k) % seasonMonths.length])
const ordinals = [1, 2, 3, -1] as const

/**
 * Body i meets on weekday 2–4 (Tue–Thu) in 4–10 months; every third body also on a Monday in 4
 * months. Weekday and ordinal repeat every 12 bodies, so bodies i and i + 12 share meeting days.
 */
function rhythmsOf(i: number): RhythmPlan[] {
  const [startTime, endTime] = i % 2 === 0 ? ['09:00', '12:00'] : ['12:00', '15:00']
  const main: RhythmPlan = {
    weekday: 2 + (i % 3),
    ordinal: ordinals[i % 4],
    months: spread(4 + (i % 7), i),
    startTime,
    endTime,
  }
  if (i % 3 !== 0) return [main]
  return [
    main,
    { weekday: 1, ordinal: ordinals[(i + 2) % 4], months: spread(4, i + 5), startTime: '10:00', endTime: '14:00' },
  ]
}

/** Person p sits in bodies p, p + 5 and (every other person) p + 12, counted round the 15. */
const seatsOf = (p: number) => [p, p + 5, ...(p % 2 === 0 ? [p + 12] : [])].map((b) => b % bodyCount)

/** Builds the workspace through the API; returns the average number of meetings a year. */
async function build(call: Call): Promise<number> {
  await call('workspace.create', { template: 'empty' })
  const bodyIds: number[] = []
  for (let i = 0; i < bodyCount; i++) {
    const level = bodyLevels[i % bodyLevels.length]
    const body = await call('bodies.save', { name: `Utvalg ${i + 1}`, shortCode: `U${i + 1}`, level })
    for (const rhythm of rhythmsOf(i)) await call('rhythms.save', { bodyId: body.id, ...rhythm })
    bodyIds.push(body.id)
  }
  for (let p = 0; p < peopleCount; p++) {
    const person = await call('people.save', { name: `Møtedeltaker ${p + 1}` })
    for (const b of seatsOf(p)) {
      const member = { personId: person.id, roleId: null }
      await call('memberships.save', { bodyId: bodyIds[b], member, fromDate: `${firstYear - 1}-01-01` })
    }
  }
  let created = 0
  for (let y = firstYear; y < firstYear + years; y++) created += (await call('cycle.generateYear', { year: y })).created
  return Math.round(created / years)
}

interface Measured {
  what: string
  work: () => Promise<unknown>
  /** Milliseconds, from the issue. */
  target?: number
  runs?: number
}

export async function cycleFigures(call: Call): Promise<Figure[]> {
  const [built, perYear] = await once(
    `oppbygging via API: ${bodyCount} utvalg, ${peopleCount} personer, ${years} år møter (én gang)`,
    () => build(call),
  )
  const meetings = await call('meetings.list', { year })
  const clashing = meetings.filter((m) => m.warnings.some((w) => w.kind === 'clash')).length
  let newYear = firstYear + years
  const measured: Measured[] = [
    {
      what: `meetings.list ${year} (${meetings.length} møter, ${clashing} med kollisjon)`,
      work: () => call('meetings.list', { year }),
    },
    {
      what: `cycle.wheel ${year} (ringer per utvalg)`,
      work: () => call('cycle.wheel', { year, ringBy: 'body' }),
      target: 20,
    },
    {
      what: `cycle.due (14 dager fra 1. mars ${year})`,
      work: () => call('cycle.due', { from: `${year}-03-01`, days: 14 }),
      target: 20,
    },
    { what: `cycle.exportWheel png ${year}`, work: () => call('cycle.exportWheel', { year, format: 'png' }), runs: 5 },
    {
      what: 'cycle.generateYear (eksisterende år, ingenting nytt)',
      work: () => call('cycle.generateYear', { year }),
      target: 50,
    },
    // Last, so the reads above see exactly ten years; each run plans a year not planned before.
    {
      what: `cycle.generateYear (nytt år, ~${perYear} møter)`,
      work: async () => {
        const { created } = await call('cycle.generateYear', { year: newYear++ })
        if (created === 0) throw new Error(`cycle.generateYear ${newYear - 1}: ingen nye møter`)
      },
      target: 50,
    },
  ]
  const figures = [built]
  for (const m of measured) figures.push(await time(m.what, m.runs ?? runs, m.work, m.target))
  return figures
}
