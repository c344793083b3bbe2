import type { MeasureStatus, PlanLevel } from '../../shared/action-plan'
import type { ParsedWorkspaceFile } from '../workspace-file/format'

/**
 * The demo's action plan, after seed 001: OSS's plan for 2023–2026 with its three focus areas and
 * their main goals as the case document lists them, sub-goals and measures a secretariat would
 * write under them, and the annual reviews of 2024 and 2025 coloured as the document describes
 * (focus area 1 mostly yellow and green, 2 mostly red, 3 mostly green and yellow, the shared
 * web site red). The regions' input is left out: the user (and the e2e test) adds it.
 * Responsible leaders are the demo's fictional people, found by title and organisation.
 */

type File = ParsedWorkspaceFile
type Lists = Pick<File, 'plans' | 'planNodes' | 'planReviews' | 'measureStatuses' | 'planInputs' | 'planLinks'>

export interface PlanRegister {
  organisations: readonly File['organisations'][number][]
  people: readonly File['people'][number][]
  bodies: readonly File['bodies'][number][]
}

/** Who answers for a measure: an organisation (its name), a body (its code), a leader (title at organisation). */
interface Responsible {
  org?: string
  body?: string
  leader?: [title: string, organisation: string]
}

/** A measure: text, responsible, time frame, indicator, status in 2024 and 2025, and the 2025 comment. */
type Measure = [
  title: string,
  responsible: Responsible,
  timeFrame: string,
  indicator: string,
  in2024: MeasureStatus | null,
  in2025: MeasureStatus,
  comment: string,
]

interface Goal {
  title: string
  /** Sub-goals with their measures; `measures` sit directly under the main goal. */
  subGoals?: { title: string; measures: Measure[] }[]
  measures?: Measure[]
}

const SSHF = 'Sørlandet sykehus HF'
const KRS = 'Kristiansand kommune'
const AFK = 'Agder fylkeskommune'
const sec: Responsible = { body: 'OSS', leader: ['Rådgiver, sekretariatet', KRS] }

const FOCUS_AREAS: { title: string; goals: Goal[] }[] = [
  {
    title:
      'Tjenesteinnovasjon som bidrar til økt bærekraft i den samlede helsetjenesten, med koordinerte helsetjenester av god kvalitet',
    goals: [
      {
        title: 'Pasienter opplever en sammenhengende og koordinert akuttmedisinsk kjede',
        subGoals: [
          {
            title: 'Felles planverk og samhandling i den akuttmedisinske kjeden',
            measures: [
              [
                'Gjennomføre prosjekt Akuttmedisinsk kjede med felles forløp for legevakt, AMK og akuttmottak',
                { org: SSHF, leader: ['Klinikkdirektør, Medisinsk klinikk', SSHF] },
                '2023–2026',
                'Felles forløp tatt i bruk i alle fire regioner',
                'yellow',
                'yellow',
                'Prosjektet pågår og har fått midler fra Rekrutterings- og samhandlingstilskuddet.',
              ],
              [
                'Etablere felles øvelser for legevakt og ambulansetjeneste',
                { org: SSHF, body: 'RS-L', leader: ['Avdelingssjef, Medisinsk klinikk', SSHF] },
                '2024–2025',
                'Minst én felles øvelse i hver region per år',
                'red',
                'green',
                'Øvelser gjennomført i alle regioner i 2025.',
              ],
            ],
          },
        ],
        measures: [
          [
            'Kartlegge responstid og bemanning i legevaktene på Agder',
            { body: 'AU', leader: ['Fagdirektør', SSHF] },
            '2024',
            'Kartlegging lagt fram for OSS',
            'yellow',
            'green',
            'Kartleggingen er lagt fram og fulgt opp i prosjektet.',
          ],
        ],
      },
      {
        title:
          'Barn og unge opplever sømløse og sammenhengende helsetjenester med et sterkere fokus på tidlig innsats/forebygging',
        subGoals: [
          {
            title: 'Tidlig innsats gjennom Agder-modellen',
            measures: [
              [
                'Videreføre prosjekt Agder-modellen for tidlig innsats for barn og unge',
                { org: KRS, body: 'RS-KL', leader: ['Kommunalsjef helse og omsorg', KRS] },
                '2023–2026',
                'Modellen er tatt i bruk i minst 15 kommuner',
                'yellow',
                'yellow',
                'Prosjektet pågår og har nylig fått nye midler.',
              ],
              [
                'Etablere felles samhandlingsforløp for barn med sammensatte behov',
                { org: SSHF, body: 'RS-ØA' },
                '2024–2026',
                'Forløpet er vedtatt i OSS',
                'red',
                'yellow',
                'Arbeidsgruppe nedsatt; utkast til forløp foreligger.',
              ],
            ],
          },
        ],
      },
      {
        title: 'Pasienter med psykiske lidelser og rusproblemer opplever sammenhengende og koordinerte tjenester',
        subGoals: [
          {
            title: 'Gode pasientforløp innen psykisk helse og rus',
            measures: [
              [
                'Utarbeide gode pasientforløp for de vanligste og mest krevende forløpene innen psykisk helsevern og rusbehandling for eldre (65+)',
                { body: 'SR-PHR', leader: ['Kommunalsjef psykisk helse og rus', KRS] },
                '2024–2025',
                'Forløpene er beskrevet og tatt i bruk',
                'red',
                'red',
                'Ikke påbegynt. Bør vurderes i samhandlingsrådet.',
              ],
              [
                'Felles rutine for utskrivning fra psykisk helsevern til kommunal oppfølging',
                { org: SSHF, body: 'SR-PHR', leader: ['Klinikkdirektør, Klinikk for psykisk helse', SSHF] },
                '2023–2024',
                'Rutinen er i bruk i alle DPS-områder',
                'yellow',
                'green',
                'Rutinen er innført.',
              ],
            ],
          },
        ],
      },
      {
        title: 'Forebygge og utsette skrøpelighet i gruppen eldre 65+',
        subGoals: [
          {
            title: 'Oppfølging av SSU-rapporten «Skrøpelige eldre»',
            measures: [
              [
                'Innføre felles verktøy for kartlegging av skrøpelighet i hjemmetjenesten og på fastlegekontor',
                { body: 'SR-EK', leader: ['Kommunalsjef helse og omsorg', 'Lyngdal kommune'] },
                '2024–2025',
                'Verktøyet er i bruk i alle kommuner',
                'yellow',
                'green',
                'Tatt i bruk i alle regioner.',
              ],
              [
                'Etablere geriatrisk team med ambulant funksjon i hver region',
                { org: SSHF, leader: ['Overlege, geriatri', SSHF] },
                '2024–2026',
                'Team etablert i fire regioner',
                'red',
                'yellow',
                'Team etablert i to regioner.',
              ],
              [
                'Felles kompetansepakke om ernæring og fallforebygging for eldre',
                { body: 'SR-EK' },
                '2025',
                'Kompetansepakken er publisert',
                null,
                'yellow',
                'Under utarbeiding.',
              ],
            ],
          },
        ],
      },
      {
        title: 'Digital transformasjon',
        subGoals: [
          {
            title: 'Digital samhandling mellom kommuner og sykehus',
            measures: [
              [
                'Innføre pasientens legemiddelliste i samarbeid med de nasjonale aktørene',
                { org: SSHF, body: 'AU', leader: ['Fagdirektør', SSHF] },
                '2024–2026',
                'Pasientens legemiddelliste i bruk i alle kommuner',
                'red',
                'yellow',
                'Utprøving i Østre Agder.',
              ],
              [
                'Skalere digital hjemmeoppfølging for personer med kronisk sykdom',
                { org: 'Arendal kommune', body: 'RS-ØA', leader: ['Kommunalsjef helse og omsorg', 'Arendal kommune'] },
                '2023–2025',
                'Tilbudet finnes i alle regioner',
                'yellow',
                'yellow',
                'Tilbudet finnes i tre av fire regioner.',
              ],
              [
                'Sikre at den digitale avvikssløyfa kan brukes på en praktisk og enkel måte',
                { body: 'AU' },
                '2024',
                'Avvik meldes digitalt mellom partene',
                'yellow',
                'green',
                'Løsningen er i drift.',
              ],
            ],
          },
        ],
      },
      {
        title: 'Koordinerte rehabiliteringsforløp med god kvalitet på tjenestene',
        subGoals: [
          {
            title: 'Sammenhengende rehabilitering',
            measures: [
              [
                'Oppfølging av råd fra Agder-rapporten om somatisk rehabilitering',
                { body: 'SR-EK', leader: ['Kommunalsjef helse og omsorg', 'Vennesla kommune'] },
                '2024–2025',
                'Rådene er vurdert og fulgt opp med tiltak',
                'red',
                'red',
                'Ikke påbegynt.',
              ],
              [
                'Felles henvisningsrutine til rehabilitering i spesialisthelsetjenesten',
                { org: SSHF },
                '2024',
                'Rutinen er publisert i samhandlingsavtalen',
                'yellow',
                'green',
                'Rutinen er vedtatt.',
              ],
            ],
          },
        ],
      },
    ],
  },
  {
    title: 'Rett kompetanse på rett sted til rett tid',
    goals: [
      {
        title: 'I Helsefellesskapet utøves tillitsbasert samhandlingsledelse (ledelse av mellomrommet)',
        subGoals: [
          {
            title: 'Felles forståelse av samhandlingsledelse',
            measures: [
              [
                'Felles lederutvikling for SSU-representanter',
                sec,
                '2024–2025',
                'Program gjennomført for representantene i OSS',
                'red',
                'red',
                'Ikke diskutert eller fulgt opp.',
              ],
              [
                'System for hospitering for stedlige ledere i ytterste ledd',
                { org: SSHF, leader: ['Klinikkdirektør, Kirurgisk klinikk', SSHF] },
                '2024',
                'Ledere kan hospitere hos den andre parten',
                'yellow',
                'green',
                'Systemet er på plass og ledere er velkomne til å hospitere. Omfanget er ikke kartlagt.',
              ],
            ],
          },
        ],
      },
      {
        title: 'Arbeidsstyrken optimaliseres gjennom god samhandlingsledelse',
        subGoals: [
          {
            title: 'Ansvar og oppgavedeling',
            measures: [
              [
                'Aktivt jobbe med ansvar og oppgavedeling mellom yrkesgrupper og forvaltningsnivå',
                { body: 'AU' },
                '2024–2026',
                'Sak om oppgavedeling behandlet i OSS',
                'red',
                'red',
                'Ikke drøftet. Arbeid pågår hos partene, men ikke samhandling via OSS.',
              ],
            ],
          },
          {
            title: 'Beholde og rekruttere',
            measures: [
              [
                'Samhandle om å beholde og rekruttere: etablere arbeidsgruppe på strategisk nivå som identifiserer viktige områder å samhandle på og lager plan for dette',
                { body: 'OSS', leader: ['Kommunedirektør', KRS] },
                '2024',
                'Arbeidsgruppen er etablert og har levert plan',
                'red',
                'red',
                'Gruppen er ikke etablert.',
              ],
              [
                'Felles rekrutteringskampanje for sykepleiere i distriktskommunene',
                { body: 'RS-S' },
                '2025–2026',
                'Kampanje gjennomført',
                null,
                'red',
                'Ikke startet.',
              ],
            ],
          },
        ],
      },
      {
        title: 'Godt og nyttig samarbeid med frivillige og ideelle organisasjoner',
        measures: [
          [
            'Modeller for bruk av erfaringskompetanse og samarbeid med frivillige/ideelle organisasjoner testes ut',
            { org: 'FFO Agder' },
            '2024–2026',
            'Minst to modeller prøvd ut',
            'red',
            'red',
            'Arbeidet har ikke startet.',
          ],
        ],
      },
    ],
  },
  {
    title: 'Pådriver i utviklingen av Agder',
    goals: [
      {
        title: 'Åpen og proaktiv kommunikasjon til alle interessenter om vår felles helsetjeneste på Agder',
        subGoals: [
          {
            title: 'En fulltallig kommunikasjonsgruppe',
            measures: [
              [
                'Etablere kommunikasjonsgruppe med representanter fra alle parter',
                { body: 'KOM', leader: ['Kommunikasjonssjef', SSHF] },
                '2023–2024',
                'Gruppen er fulltallig',
                'yellow',
                'green',
                'Gruppen er fulltallig og etablert.',
              ],
              [
                'Nyhetsbrev fra samhandlingsarbeidet fire ganger i året',
                { body: 'KOM' },
                '2024–2026',
                'Fire nyhetsbrev sendt per år',
                'red',
                'yellow',
                'To nyhetsbrev sendt i 2025.',
              ],
            ],
          },
          {
            title:
              'Felles nettside med relevant innhold for Helsefellesskapets aktører og øvrige ansatte i kommunene og sykehuset',
            measures: [
              [
                'Etablere felles nettside for Helsefellesskapet som samhandlingsløsning',
                { body: 'KOM', leader: ['Kommunikasjonssjef', SSHF] },
                '2024',
                'Nettsiden er i drift og brukes av partene',
                'red',
                'red',
                'Dagens side er en statisk publiseringsside på sykehusets domene. Ny sak til OSS anbefales.',
              ],
            ],
          },
        ],
      },
      {
        title:
          'Vi har et forpliktende bilateralt samarbeid mellom helsevesenet og lokale og nasjonale politiske myndigheter',
        measures: [
          [
            'Utvikle partnerskapsmøtene etter innspill fra administrativt og politisk nivå',
            { body: 'PM', leader: ['Rådgiver, sekretariatet', KRS] },
            '2023–2024',
            'Partnerskapsmøtet holdes to ganger i året og står i årshjulet',
            'yellow',
            'green',
            'Holdes to ganger i året og er innarbeidet i årshjulet.',
          ],
          [
            'Årlig møte med Agderbenken om helsetjenestene på Agder',
            { body: 'OSS' },
            '2024–2026',
            'Møtet er holdt',
            'green',
            'green',
            'Holdt i 2025.',
          ],
        ],
      },
      {
        title: 'Fremme befolkningens helse og forebygge sykdom ved å sikre synergier og samarbeid med sentrale aktører',
        subGoals: [
          {
            title: 'Samhandling med fylkeskommunen og #Vårt Agder',
            measures: [
              [
                'Fylkeskommunen representeres i OSS',
                { org: AFK, leader: ['Fylkeskommunedirektør', AFK] },
                '2024',
                'Fylkeskommunedirektøren er medlem av OSS',
                'green',
                'green',
                'Fylkeskommunedirektøren er medlem.',
              ],
              [
                'Avklare samarbeid med fylkeskommunen og #Vårt Agder om kunnskapsgrunnlag og analysearbeid',
                { org: AFK, body: 'AU' },
                '2025–2026',
                'Avtale om felles analysearbeid',
                'red',
                'yellow',
                'Nærmere vurdering gjenstår. Anbefales vurdert av analysegruppen.',
              ],
              [
                'Felles folkehelseoversikt for Agder brukt i planarbeidet i kommunene',
                { org: AFK },
                '2025–2026',
                'Oversikten er brukt i minst 20 kommuneplaner',
                null,
                'yellow',
                'Oversikten er publisert.',
              ],
            ],
          },
        ],
      },
    ],
  },
]

const REVIEWS = [
  { title: 'Årlig gjennomgang 2024', date: '2024-11-14', notes: 'Sekretariatet i samarbeid med AU-RS.' },
  {
    title: 'Årlig gjennomgang 2025',
    date: '2025-11-13',
    notes: 'Status innhentet av sekretariatet i samarbeid med AU-RS; alle RS har behandlet planen.',
  },
]

const CREATED = '2023-03-02T09:00:00.000Z'

/** The plan's lists for the demo workspace file, with ids from 1. */
export function agderPlan(register: PlanRegister): Lists {
  const organisation = (name: string) => {
    const found = register.organisations.find((o) => o.name === name)
    if (!found) throw new Error(`Demo data: no organisation ${name}`)
    return found.id
  }
  const body = (code: string) => {
    const found = register.bodies.find((b) => b.shortCode === code)
    if (!found) throw new Error(`Demo data: no body ${code}`)
    return found.id
  }
  const leader = ([title, org]: [string, string]) => {
    const orgId = organisation(org)
    const found = register.people.find((p) => p.title === title && p.organisationId === orgId)
    if (!found) throw new Error(`Demo data: no ${title} at ${org}`)
    return found.id
  }

  const planId = 1
  const lists: Lists = {
    plans: [
      {
        id: planId,
        title: 'Handlingsplan for Helsefellesskapet i Agder 2023–2026',
        periodFrom: 2023,
        periodTo: 2026,
        ownerBodyId: body('OSS'),
        strategy: 'Strategi for Helsefellesskapet i Agder 2023–2026',
        notes: 'Gjennomgås årlig for revidering og omprioritering, jf. sak 09/2024.',
        createdAt: CREATED,
        updatedAt: CREATED,
      },
    ],
    planNodes: [],
    planReviews: REVIEWS.map((r, i) => ({
      id: i + 1,
      planId,
      title: r.title,
      date: r.date,
      notes: r.notes,
      createdAt: `${r.date}T08:00:00.000Z`,
    })),
    measureStatuses: [],
    planInputs: [],
    planLinks: [],
  }

  const add = (level: PlanLevel, parentId: number | null, position: number, title: string, r: Responsible = {}) => {
    const id = lists.planNodes.length + 1
    lists.planNodes.push({
      id,
      planId,
      parentId,
      level,
      position,
      title,
      responsibleOrganisationId: r.org ? organisation(r.org) : null,
      responsibleBodyId: r.body ? body(r.body) : null,
      responsiblePersonId: r.leader ? leader(r.leader) : null,
      timeFrame: '',
      resources: '',
      indicator: '',
      notes: '',
      createdAt: CREATED,
      updatedAt: CREATED,
    })
    return id
  }
  const addMeasure = (parentId: number, position: number, m: Measure) => {
    const [title, responsible, timeFrame, indicator, in2024, in2025, comment] = m
    const id = add('measure', parentId, position, title, responsible)
    const node = lists.planNodes[id - 1]
    node.timeFrame = timeFrame
    node.indicator = indicator
    if (in2024 !== null) {
      lists.measureStatuses.push({
        reviewId: 1,
        nodeId: id,
        status: in2024,
        comment: '',
        setAt: `${REVIEWS[0].date}T12:00:00.000Z`,
      })
    }
    lists.measureStatuses.push({
      reviewId: 2,
      nodeId: id,
      status: in2025,
      comment,
      setAt: `${REVIEWS[1].date}T12:00:00.000Z`,
    })
  }

  FOCUS_AREAS.forEach((area, a) => {
    const focusId = add('focusArea', null, a + 1, area.title)
    area.goals.forEach((goal, g) => {
      const goalId = add('mainGoal', focusId, g + 1, goal.title)
      let position = 0
      for (const sub of goal.subGoals ?? []) {
        const subId = add('subGoal', goalId, ++position, sub.title)
        sub.measures.forEach((m, i) => addMeasure(subId, i + 1, m))
      }
      for (const m of goal.measures ?? []) addMeasure(goalId, ++position, m)
    })
  })
  lists.measureStatuses.sort((x, y) => x.reviewId - y.reviewId || x.nodeId - y.nodeId)
  return lists
}
