import type { MatrixRow, MeasureStatus, PlanLevel, PlanMatrix, Review } from '../../shared/action-plan'

/**
 * Test support: a status matrix made by hand, shaped like seed 001's plan (three focus areas,
 * their main goals, sub-goals and measures, a review with red, yellow and green), for the
 * exporters' tests without a database. Not used by the app.
 */

const review = (id: number, title: string, date: string, measureCount: number): Review => ({
  id,
  planId: 7,
  title,
  date,
  notes: '',
  statusCount: measureCount,
  measureCount,
})

interface NodeSpec {
  title: string
  status?: MeasureStatus | null
  comment?: string
  responsible?: string
  timeFrame?: string
  children?: NodeSpec[]
}

const levels: PlanLevel[] = ['focusArea', 'mainGoal', 'subGoal', 'measure']

const seedTree: NodeSpec[] = [
  {
    title:
      'Tjenesteinnovasjon som bidrar til økt bærekraft i den samlede helsetjenesten, med koordinerte helsetjenester av god kvalitet',
    children: [
      {
        title: 'Pasienter opplever en sammenhengende og koordinert akuttmedisinsk kjede',
        children: [
          {
            title: 'Felles forståelse av den akuttmedisinske kjeden',
            children: [
              {
                title: 'Prosjekt Akuttmedisinsk kjede videreføres med midler fra samhandlingstilskuddet',
                status: 'yellow',
                comment: 'Prosjektet pågår.\nNye midler fra Rekrutterings- og samhandlingstilskuddet.',
                responsible: 'Sørlandet sykehus HF · Kari Haugland',
                timeFrame: '2024–2026',
              },
              {
                title: 'Felles prosedyre for overføring av pasienter mellom legevakt og akuttmottak',
                status: 'green',
                comment: 'Vedtatt i OSS.',
                responsible: 'Kristiansand kommune',
                timeFrame: '2024',
              },
            ],
          },
        ],
      },
      {
        title: 'Forebygge og utsette skrøpelighet i gruppen eldre 65+',
        children: [
          {
            title: 'Oppfølging av SSU-rapporten «Skrøpelige eldre»',
            children: [
              {
                title:
                  'Utarbeide gode pasientforløp for de vanligste og mest krevende forløpene innen psykisk helsevern og rusbehandling for eldre (65+)',
                status: 'red',
                comment: 'Ikke startet.',
                responsible: 'RS Lister',
                timeFrame: '2025',
              },
              { title: 'Agder-modellen for eldre med sammensatte behov', status: 'green', responsible: '' },
            ],
          },
        ],
      },
    ],
  },
  {
    title: 'Rett kompetanse på rett sted til rett tid',
    children: [
      {
        title: 'I Helsefellesskapet utøves tillitsbasert samhandlingsledelse (ledelse av mellomrommet)',
        children: [
          {
            title: 'Felles lederutvikling',
            children: [
              { title: 'Felles lederutvikling for SSU-representanter', status: 'red', responsible: 'SSU' },
              {
                title: 'System for hospitering for stedlige ledere i ytterste ledd',
                status: 'dropped',
                comment: 'Utgår: systemet er på plass hos partene.',
                responsible: 'Sørlandet sykehus HF',
              },
            ],
          },
        ],
      },
    ],
  },
  {
    title: 'Pådriver i utviklingen av Agder',
    children: [
      {
        title: 'Åpen og proaktiv kommunikasjon til alle interessenter om vår felles helsetjeneste på Agder',
        children: [
          {
            title: 'Kommunikasjon',
            children: [
              { title: 'Kommunikasjonsgruppen er fulltallig og etablert', status: 'green', responsible: 'AU' },
              {
                title: 'Felles nettside med relevant innhold for Helsefellesskapets aktører',
                status: null,
                responsible: 'Sekretariatet',
              },
            ],
          },
        ],
      },
    ],
  },
]

/** The seed-shaped matrix: plan 7 owned by OSS (body 1), review 31 "Årlig gjennomgang 2025" after review 30. */
export function fixtureMatrix(tree: NodeSpec[] = seedTree): PlanMatrix {
  const rows: MatrixRow[] = []
  let nextId = 100
  const walk = (specs: NodeSpec[], depth: number, parentId: number | null, prefix: string) => {
    specs.forEach((spec, index) => {
      const id = nextId++
      const number = prefix === '' ? String(index + 1) : `${prefix}.${index + 1}`
      const level = levels[depth]
      rows.push({
        id,
        parentId,
        level,
        number,
        depth,
        position: index + 1,
        title: spec.title,
        responsibleOrganisationId: null,
        responsibleBodyId: null,
        responsiblePersonId: null,
        responsibleLabel: spec.responsible ?? '',
        responsiblePersonName: '',
        regionIds: [],
        timeFrame: spec.timeFrame ?? '',
        resources: '',
        indicator: '',
        notes: '',
        status: level === 'measure' ? (spec.status ?? null) : null,
        comment: spec.comment ?? '',
        previousStatus: null,
        history: [],
        inputCount: 0,
        linkCount: 0,
        suggestedStatus: null,
      })
      walk(spec.children ?? [], depth + 1, id, number)
    })
  }
  walk(tree, 0, null, '')
  const measures = rows.filter((r) => r.level === 'measure').length
  return {
    plan: {
      id: 7,
      title: 'Handlingsplan SSU 2023–2026',
      periodFrom: 2023,
      periodTo: 2026,
      ownerBodyId: 1,
      ownerBodyShortCode: 'SSU',
      strategy: '',
      notes: '',
      measureCount: measures,
      reviewCount: 2,
      latestReviewId: 31,
    },
    reviews: [
      review(30, 'Årlig gjennomgang 2024', '2024-11-20', measures),
      review(31, 'Årlig gjennomgang 2025', '2025-11-19', measures),
    ],
    reviewId: 31,
    previousReviewId: 30,
    rows,
    inputs: [],
    links: [],
  }
}
