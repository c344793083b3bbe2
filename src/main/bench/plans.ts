import type { MatrixFilter, MeasureStatus } from '../../shared/action-plan'
import { filterMatrix } from '../../shared/plan-filter'
import { measure, once, time, timeEach, type Call, type Figure } from './kit'

/**
 * The action plan at the size issue 7 names: 3 focus areas, 15 main goals, 60 sub-goals, 300
 * measures, 5 reviews with a status for every measure, responsible spread over 4 regions'
 * organisations and bodies and 20 people. Built through the handlers, as a user would.
 */

export interface BenchPlan {
  planId: number
  /** Oldest first. */
  reviewIds: number[]
  measureIds: number[]
  regionIds: number[]
  bodyIds: number[]
  personIds: number[]
  organisationIds: number[]
}

const statuses: MeasureStatus[] = ['red', 'yellow', 'green', 'dropped']

/** Builds the plan in a fresh workspace; the Word and Excel figures reuse it. */
export async function buildBenchPlan(call: Call): Promise<BenchPlan> {
  await call('workspace.create', { template: 'empty', name: 'Benchmark handlingsplan' })
  const owner = await call('bodies.save', {
    name: 'Strategisk samarbeidsutvalg',
    shortCode: 'SSU',
    level: 'strategisk',
    caseLabelFormat: 'SSU-sak {nr}/{år}',
  })
  const regionIds: number[] = []
  const bodyIds: number[] = []
  const organisationIds: number[] = []
  const personIds: number[] = []
  for (const [i, name] of ['Kristiansand og Lindesnes', 'Østre Agder', 'Lister', 'Setesdal'].entries()) {
    const region = await call('regions.save', { name: `Region ${name}` })
    regionIds.push(region.id)
    const body = await call('bodies.save', {
      name: `Regionalt samarbeidsutvalg ${name}`,
      shortCode: `RS-${i + 1}`,
      level: 'regionalt',
      regionId: region.id,
    })
    bodyIds.push(body.id)
    const org = await call('organisations.save', { name: `${name} kommune`, kind: 'kommune', regionId: region.id })
    organisationIds.push(org.id)
    for (let p = 0; p < 5; p++) {
      const person = await call('people.save', { name: `Leder ${i + 1}-${p + 1}`, organisationId: org.id })
      personIds.push(person.id)
    }
  }
  const plan = await call('plans.save', {
    title: 'Handlingsplan for Helsefellesskapet 2023–2026',
    periodFrom: 2023,
    periodTo: 2026,
    ownerBodyId: owner.id,
  })
  const planId = plan.id
  const save = (level: 'focusArea' | 'mainGoal' | 'subGoal' | 'measure', parentId: number | null, title: string) =>
    call('planNodes.save', { planId, parentId, level, title })

  const measureIds: number[] = []
  let m = 0
  for (let f = 1; f <= 3; f++) {
    const focus = await save('focusArea', null, `Fokusområde ${f} om samhandling og kvalitet`)
    for (let g = 1; g <= 5; g++) {
      const goal = await save('mainGoal', focus.id, `Hovedmål ${f}.${g}: pasienter opplever sammenhengende tjenester`)
      for (let s = 1; s <= 4; s++) {
        const sub = await save('subGoal', goal.id, `Delmål ${f}.${g}.${s}: felles rutiner mellom kommune og sykehus`)
        for (let k = 1; k <= 5; k++, m++) {
          const r = m % 4
          const measure = await call('planNodes.save', {
            planId,
            parentId: sub.id,
            level: 'measure',
            title: `Tiltak ${m + 1}: utarbeide felles forløp for ${['eldre', 'barn og unge', 'psykisk helse', 'rehabilitering'][r]}`,
            // Every seventh measure has no responsible: the UI flags those.
            responsibleOrganisationId: m % 7 === 0 ? null : organisationIds[r],
            responsibleBodyId: m % 7 === 0 ? null : bodyIds[(m >> 2) % 4],
            responsiblePersonId: m % 7 === 0 ? null : personIds[m % personIds.length],
            timeFrame: '2024–2026',
            indicator: 'Forløpet er tatt i bruk i alle regioner',
          })
          measureIds.push(measure.id)
        }
      }
    }
  }
  const reviewIds: number[] = []
  for (let y = 0; y < 5; y++) {
    const review = await call('reviews.save', {
      planId,
      title: `Gjennomgang ${y + 1}`,
      date: `${2022 + y}-11-15`,
    })
    reviewIds.push(review.id)
    for (const [i, nodeId] of measureIds.entries()) {
      // Later reviews move measures along: red, then yellow, then green.
      const status = statuses[Math.min(3, Math.floor(((i * 7) % 13) / 5) + (y >> 1)) % 4]
      await call('reviews.setStatus', {
        reviewId: review.id,
        nodeId,
        status,
        comment: `Status ${y + 1} for tiltak ${i + 1}`,
      })
    }
  }
  return { planId, reviewIds, measureIds, regionIds, bodyIds, personIds, organisationIds }
}

export async function planFigures(call: Call): Promise<Figure[]> {
  const [build, plan] = await once(
    'handlingsplan: bygg 378 punkter + 5 × 300 statuser (per kall, snitt)',
    () => buildBenchPlan(call),
    378 + 1500,
  )
  const { planId, reviewIds } = plan
  const matrix = await call('plans.matrix', { planId, reviewId: null })
  const filters: [string, Partial<MatrixFilter>][] = [
    ['søk «forløp eldre»', { search: 'forløp eldre' }],
    ['ansvarlig person', { responsible: `person:${plan.personIds[3]}` }],
    ['status rød + ingen', { statuses: ['red', 'none'] }],
    ['region + fokusområde', { regionId: plan.regionIds[1], focusAreaId: matrix.rows[0].id }],
    ['alle kriterier', { search: 'tiltak', responsible: `body:${plan.bodyIds[2]}`, statuses: ['yellow', 'green'] }],
  ]
  const base: MatrixFilter = { search: '', responsible: null, statuses: [], focusAreaId: null, regionId: null }
  const filterFigures: Figure[] = []
  for (const [what, filter] of filters) {
    filterFigures.push(
      await time(`filterMatrix: ${what}`, 200, async () => filterMatrix(matrix.rows, { ...base, ...filter }), 10),
    )
  }
  // Search folds each row's text once and keeps it with the row; a freshly loaded matrix pays that once.
  filterFigures.push(
    await timeEach(
      'filterMatrix: søk i nylastet matrise (folding)',
      50,
      async () => {
        const fresh = matrix.rows.map((r) => ({ ...r }))
        return measure(async () => filterMatrix(fresh, { ...base, search: 'forløp eldre' }))
      },
      10,
    ),
  )
  return [
    build,
    await time(
      `plans.matrix (${matrix.rows.length} rader, 5 gjennomganger)`,
      50,
      () => call('plans.matrix', { planId, reviewId: null }),
      30,
    ),
    await time(
      'plans.matrix (eldre gjennomgang)',
      50,
      () => call('plans.matrix', { planId, reviewId: reviewIds[1] }),
      30,
    ),
    ...filterFigures,
    await time('plans.compare (gjennomgang 4 mot 5)', 50, () =>
      call('plans.compare', { planId, fromReviewId: reviewIds[3], toReviewId: reviewIds[4] }),
    ),
    await time('reviews.setStatus (ett tiltak)', 50, () =>
      call('reviews.setStatus', { reviewId: reviewIds[4], nodeId: plan.measureIds[10], status: 'green' }),
    ),
  ]
}
