import type { CaseKind } from '../../shared/cases'
import type { RichDoc } from '../../shared/rich-text'
import { bullets, bulletsOf, doc, nested, numbered, p, paragraphs, proposal, table } from './demo-doc'

/**
 * The demo's cases, written the way the Agder secretariat writes them (seeds 000 and 001): the
 * action plan's yearly review with input from every RS, the partnership meetings, emergency
 * care (legevakt), a shared competence plan, reporting. People named are fictional; the
 * organisations are the real parties of the health community.
 */

export interface FollowUpSpec {
  what: string
  responsible: string
  /** Days after the meeting. */
  dueDays: number
  done?: boolean
}

export interface CaseSpec {
  /** For references and links between the demo's cases. */
  key: string
  title: string
  kind: CaseKind
  background: RichDoc
  facts: RichDoc
  assessment: RichDoc
  proposal: RichDoc
  archiveRef?: string
  /** What the minutes say once the meeting is held; the decision is the proposal unless given. */
  minutes?: { summary: string; decision?: RichDoc }
  followUps?: FollowUpSpec[]
  /** Withdrawn after the notice went out: it keeps its number, marked "utgår". */
  withdraw?: boolean
  /** Postponed after the notice to the body's next meeting, where it keeps its number. */
  postpone?: boolean
  /** Added after the notice went out (tilleggssak). */
  late?: boolean
}

export interface TextContext {
  year: number
  /** The number a demo case already has ("OSS-sak 05/2026"), for references in the text. */
  ref: (key: string) => string
  /** "12. mars 2026": the date of a body's n-th meeting of the year. */
  meetingDate: (bodyCode: string, occurrence: number) => string
}

export interface RegionContext extends TextContext {
  code: string
  /** "Lister" */
  region: string
  municipalities: string[]
}

type Spec = (c: TextContext) => CaseSpec
type RegionSpec = (c: RegionContext) => CaseSpec

const decided = (text: string) => ({ summary: text })

// ---- OSS ---------------------------------------------------------------------------------------

/** OSS's meetings of the year, in order; each list is one agenda. */
export const ossAgendas: Spec[][] = [
  [
    (c) => ({
      key: 'annualReport',
      title: `Årsrapport ${c.year - 1} for Helsefellesskapet i Agder`,
      kind: 'decision',
      archiveRef: `${c.year}/112`,
      background: paragraphs(
        `Samarbeidsavtalen mellom kommunene i Agder og Sørlandet sykehus HF forutsetter at helsefellesskapet rapporterer årlig til partene. Årsrapporten for ${c.year - 1} legges her fram for OSS før den sendes kommunene, fylkeskommunen og sykehusets styre.`,
      ),
      facts: doc(
        p(
          `Rapporten beskriver arbeidet i OSS, de fire regionale samarbeidsutvalgene, samhandlingsrådene og arbeidsgruppene i ${c.year - 1}. Hovedpunktene er:`,
        ),
        bullets(
          'To partnerskapsmøter med til sammen 168 deltakere, der 21 av 25 kommuner var representert begge gangene',
          'Prosjekt Akuttmedisinsk kjede og Agder-modellen har fått midler fra rekrutterings- og samhandlingstilskuddet',
          'Kommunikasjonsgruppen er fulltallig og har laget en felles nyhetsmal',
          'Alle RS har behandlet status for handlingsplanen og gitt skriftlige innspill',
        ),
        p(
          'Rapporten er skrevet kort, slik partene ba om i fjor, og har statusmatrisen for handlingsplanen som vedlegg.',
        ),
      ),
      assessment: paragraphs(
        'Sekretariatet mener rapporten gir et dekkende bilde av året. Den viser at fokusområde 1 har hatt fremdrift, mens fokusområde 2 «Rett kompetanse på rett sted til rett tid» i stor grad står på rødt.',
      ),
      proposal: proposal(
        `OSS godkjenner årsrapporten for ${c.year - 1}.`,
        'Årsrapporten sendes kommunene, Agder fylkeskommune og Sørlandet sykehus HF.',
      ),
      minutes: decided('Rapporten ble godt mottatt. Det ble bedt om at tallene for deltakelse i RS tas med neste år.'),
      followUps: [{ what: 'Sende årsrapporten til partene', responsible: 'Sekretariatet', dueDays: 14, done: true }],
    }),
    (c) => ({
      key: 'pmSpring',
      title: `Partnerskapsmøtet ${c.meetingDate('PM', 1)} – tema og program`,
      kind: 'decision',
      background: paragraphs(
        'OSS gjennomfører to partnerskapsmøter i året, i mars og oktober. Programkomitéen har laget et utkast til program for vårens møte.',
      ),
      facts: doc(
        p(
          'Programkomitéen foreslår tema **«Forventninger og ansvar i en presset helsetjeneste»**, med innledninger og borddialoger etter samme modell som i fjor.',
        ),
        numbered(
          'Velkommen ved fylkesordføreren',
          'Hva forventer staten av helsefellesskapene?',
          'Borddialog: befolkningens forventninger og lokalpolitikernes ansvar',
          'Speedinnlegg om tre konkrete utviklingsområder',
          'Oppsummering og veien videre',
        ),
        p('Invitasjonen går til ordførere, kommunedirektører, Agderbenken, OSS og styret i Sørlandet sykehus HF.'),
      ),
      assessment: paragraphs(
        'Borddialogene har gitt mange konkrete innspill tidligere år. Sekretariatet anbefaler at halvdagsformatet beholdes og at hvert bord får en fast bordvert og sekretær.',
      ),
      proposal: proposal(
        'OSS slutter seg til programkomitéens forslag til tema og program.',
        'Programkomitéen får fullmakt til å ferdigstille programmet.',
      ),
      minutes: decided('Enighet om tema. Flere ønsket at fastlegene får en egen innledning.'),
    }),
    (c) => ({
      key: 'akutt',
      title: 'Orientering om Agder-modellen og prosjekt Akuttmedisinsk kjede',
      kind: 'information',
      background: paragraphs(
        'Prosjektene er forankret i fokusområde 1 i handlingsplanen: pasienter skal oppleve en sammenhengende og koordinert akuttmedisinsk kjede.',
      ),
      facts: paragraphs(
        'Prosjektleder orienterer om status: felles prosedyre for samhandling ved øyeblikkelig hjelp er prøvd ut i to regioner, og erfaringene fra legevaktene i Lister og Setesdal er samlet.',
        `Neste fase starter høsten ${c.year} og skal gjelde hele Agder.`,
      ),
      assessment: paragraphs('Orienteringen gir OSS grunnlag for å følge prosjektet videre.'),
      proposal: proposal('Saken tas til orientering.'),
      minutes: decided('Orienteringen ble tatt til etterretning. Spørsmål om finansiering av neste fase tas opp i AU.'),
    }),
  ],
  [
    (c) => ({
      key: 'pmEvaluation',
      title: `Evaluering av Partnerskapsmøtet ${c.meetingDate('PM', 1)}`,
      kind: 'decision',
      background: paragraphs(
        `OSS gjennomfører to partnerskapsmøter i ${c.year}. Med erfaringene fra møtet ${c.meetingDate('PM', 1)} planlegges neste møte i oktober.`,
      ),
      facts: doc(
        p(
          'Møtet ble gjennomført som halvdagsmøte. Alle elleve borddialoger leverte forslag til tiltak, kort oppsummert slik:',
        ),
        bulletsOf(
          nested(
            'Befolkningens forståelse og forventninger',
            'Systematisk og kunnskapsbasert informasjon over tid',
            'Et samlet budskap fra alle partene',
          ),
          nested('Lokalpolitikernes ansvar', 'Ja til noe betyr nei til noe annet', 'Samarbeid over kommunegrensene'),
          nested('Helsepersonells rolle', 'Avklare hva som er «godt nok»', 'Arenaer for trygghet og læring'),
        ),
        p('Deltakerne evaluerte møtet i en kort spørring; 22 svarte.'),
        table(
          ['Spørsmål', 'Svært godt / godt', 'Middels', 'Dårlig'],
          [
            ['Ble viktige tema belyst?', '18', '3', '1'],
            ['Hvor nyttig var borddialogen?', '16', '5', '1'],
            ['Passet halvdagsformatet?', '19', '2', '1'],
          ],
        ),
      ),
      assessment: paragraphs(
        'De fleste var fornøyde med formatet. Innspillene om kommunikasjon og forventninger bør tas med i planleggingen av høstens møte, der hovedtemaet blir kompetanse.',
      ),
      proposal: proposal(
        'Programkomitéen videreføres uten endringer.',
        'Dagens innspill til format og innhold tas med i planleggingen av neste møte.',
      ),
      minutes: decided('OSS var fornøyd med møtet og ba programkomitéen holde på formatet.'),
    }),
    (c) => ({
      key: 'competence',
      title: 'Felles kompetanseplan for helsepersonell i Agder',
      kind: 'decision',
      archiveRef: `${c.year}/348`,
      background: paragraphs(
        'Fokusområde 2 i handlingsplanen, «Rett kompetanse på rett sted til rett tid», står i stor grad på rødt. OSS ba i februar sekretariatet om et forslag til hvordan partene kan samarbeide om kompetanse.',
      ),
      facts: doc(
        p('Kommunene og sykehuset har hver sine kompetanseplaner. Det finnes ingen felles oversikt over:'),
        bullets(
          'hvilke kurs og hospiteringer som er åpne for ansatte hos den andre parten',
          'behovet for spesialsykepleiere og helsefagarbeidere de neste fem årene',
          'hvordan kombinasjonsstillinger kan brukes på tvers av forvaltningsnivåene',
        ),
        p('Universitetet i Agder og KS Agder har sagt seg villige til å delta i arbeidet.'),
      ),
      assessment: paragraphs(
        'Sekretariatet anbefaler en felles, enkel kompetanseplan med få tiltak, utarbeidet av en arbeidsgruppe med representanter fra alle fire regioner, SSHF, UiA og KS.',
      ),
      proposal: proposal(
        'OSS ber sekretariatet nedsette en arbeidsgruppe som lager utkast til felles kompetanseplan.',
        'Arbeidsgruppen har representanter fra hver region, SSHF, UiA og KS Agder.',
        'Utkastet legges fram for OSS innen utgangen av året, etter behandling i alle RS.',
      ),
      minutes: {
        summary: 'Bred støtte. Det ble understreket at tillitsvalgte må involveres.',
        decision: proposal(
          'OSS ber sekretariatet nedsette en arbeidsgruppe som lager utkast til felles kompetanseplan.',
          'Arbeidsgruppen har representanter fra hver region, SSHF, UiA, KS Agder og de tillitsvalgte.',
          'Utkastet legges fram for OSS innen utgangen av året, etter behandling i alle RS.',
        ),
      },
      followUps: [
        { what: 'Nedsette arbeidsgruppe for kompetanseplanen', responsible: 'Sekretariatet', dueDays: 45, done: true },
      ],
    }),
    (c) => ({
      key: 'grantReport',
      title: `Rapportering på rekrutterings- og samhandlingstilskuddet ${c.year - 1}`,
      kind: 'report',
      background: paragraphs(
        'Helsefellesskapet skal rapportere bruken av tilskuddet til Helsedirektoratet innen 1. mai.',
      ),
      facts: doc(
        p('Midlene ble fordelt slik:'),
        table(
          ['Prosjekt', 'Tildelt (kr)', 'Brukt (kr)'],
          [
            ['Akuttmedisinsk kjede', '1 200 000', '1 140 000'],
            ['Agder-modellen', '900 000', '900 000'],
            ['Kompetansepakke hjemmetjenesten', '400 000', '310 000'],
          ],
        ),
      ),
      assessment: paragraphs('Ubrukte midler søkes overført til neste år.'),
      proposal: proposal('Rapporten tas til orientering.'),
      minutes: decided('Tatt til orientering.'),
    }),
  ],
  [
    () => ({
      key: 'dischargeReady',
      title: 'Utskrivningsklare pasienter – felles tiltak',
      kind: 'decision',
      background: paragraphs(
        'Antallet liggedøgn for utskrivningsklare pasienter har økt i alle regioner. Saken ble drøftet i samhandlingsrådet for eldre og personer med kronisk sykdom, som ba OSS om en felles tilnærming.',
      ),
      facts: doc(
        p('Tall fra SSHF for første tertial:'),
        table(
          ['Region', 'Liggedøgn', 'Endring fra i fjor'],
          [
            ['Kristiansand og Lindesnes', '1 140', '+ 18 %'],
            ['Østre Agder', '870', '+ 9 %'],
            ['Lister', '310', '+ 22 %'],
            ['Setesdal', '95', '– 4 %'],
          ],
        ),
        p('Kommunene peker på mangel på sykehjemsplasser og sykepleiere; sykehuset på sene meldinger og ulik praksis.'),
      ),
      assessment: paragraphs(
        'Tallene viser et felles problem som krever tiltak hos begge parter. Sekretariatet foreslår en kartlegging per kommune før nye tiltak vedtas.',
      ),
      proposal: proposal(
        'OSS ber SR-EK kartlegge årsakene til utskrivningsklare liggedøgn per kommune.',
        'Kartleggingen legges fram for OSS i september.',
      ),
      minutes: decided('Stor enighet om at dette haster. Lister ba om at kartleggingen også ser på legevakt.'),
      followUps: [{ what: 'Kartlegge utskrivningsklare liggedøgn per kommune', responsible: 'SR-EK', dueDays: 90 }],
    }),
    () => ({
      key: 'hospitation',
      title: 'Felles retningslinjer for hospitering',
      kind: 'decision',
      withdraw: true,
      background: paragraphs(
        'System for hospitering for ledere er på plass, men det finnes ingen felles retningslinjer.',
      ),
      facts: paragraphs('Utkastet var ikke ferdig behandlet i arbeidsgruppen da innkallingen ble sendt.'),
      assessment: paragraphs('Saken trekkes og fremmes på nytt når arbeidsgruppen er ferdig.'),
      proposal: proposal('OSS vedtar felles retningslinjer for hospitering.'),
    }),
    () => ({
      key: 'healthTech',
      title: 'Helseteknologi i samhandlingen – mandat for arbeidsgruppe',
      kind: 'decision',
      background: paragraphs('Alle RS har pekt på helseteknologi som et område med stort potensial i samhandlingen.'),
      facts: doc(
        p('Innspillene fra regionene:'),
        bullets(
          'Kristiansand og Lindesnes: beslutningsstøtte og bruk av kunstig intelligens',
          'Lister: trygg hjemme og sårbehandling',
          'Setesdal: digitale samtalerom i hver kommune og digitale konsultasjoner',
          'Østre Agder: pasientens legemiddelliste og den digitale avvikssløyfa',
        ),
      ),
      assessment: paragraphs(
        'En arbeidsgruppe med tydelig mandat kan samle innspillene og foreslå to–tre felles satsinger.',
      ),
      proposal: proposal(
        'OSS oppretter en arbeidsgruppe for helseteknologi i samhandlingen.',
        'Arbeidsgruppen foreslår prioriterte satsinger innen utgangen av året, i tett samarbeid med IKT-miljøene.',
      ),
      minutes: decided('Vedtatt. SSHF stiller med leder av arbeidsgruppen.'),
    }),
  ],
  [
    (c) => ({
      key: 'budget',
      title: `Budsjett for sekretariatet ${c.year + 1}`,
      kind: 'decision',
      archiveRef: `${c.year}/611`,
      background: paragraphs(
        'Sekretariatet finansieres likt av kommunene (etter innbyggertall) og Sørlandet sykehus HF.',
      ),
      facts: doc(
        table(
          ['Post', `${c.year} (kr)`, `${c.year + 1} (kr)`],
          [
            ['Lønn, 2,6 årsverk', '2 450 000', '2 560 000'],
            ['Partnerskapsmøter', '180 000', '190 000'],
            ['Helsekonferansen', '150 000', '150 000'],
            ['Drift og reiser', '120 000', '120 000'],
            ['Sum', '2 900 000', '3 020 000'],
          ],
        ),
        p('Økningen skyldes lønnsoppgjøret.'),
      ),
      assessment: paragraphs('Budsjettet er stramt, men gir rom for dagens aktivitet.'),
      proposal: proposal(
        `OSS vedtar budsjett for sekretariatet ${c.year + 1} på kr 3 020 000.`,
        'Budsjettet sendes partene som grunnlag for deres budsjettbehandling.',
      ),
      minutes: decided('Vedtatt uten merknader.'),
      followUps: [{ what: 'Sende budsjettforslaget til partene', responsible: 'Sekretariatet', dueDays: 40 }],
    }),
    (c) => ({
      key: 'pmAutumn',
      title: `Partnerskapsmøtet ${c.meetingDate('PM', 2)} – program`,
      kind: 'decision',
      background: paragraphs(
        `Hovedtemaet for høstens partnerskapsmøte er kompetanse, slik OSS bestemte etter evalueringen av vårens møte (${c.ref('pmEvaluation')}).`,
      ),
      facts: paragraphs(
        'Programkomitéen foreslår innledninger fra UiA og KS Agder, og borddialoger om rekruttering, oppgavedeling og kombinasjonsstillinger.',
      ),
      assessment: paragraphs('Programmet henger godt sammen med arbeidet med felles kompetanseplan.'),
      proposal: proposal('OSS slutter seg til programmet.'),
      minutes: decided('Programmet ble godkjent.'),
    }),
    () => ({
      key: 'website',
      title: 'Felles nettside for helsefellesskapet',
      kind: 'decision',
      postpone: true,
      background: paragraphs(
        'Delmålet «Felles nettside med relevant innhold for helsefellesskapets aktører» er vurdert til rødt nivå i handlingsplanen.',
      ),
      facts: paragraphs(
        'Løsningen som brukes i dag er en statisk side på sykehusets domene. Den løser ikke behovet for felles publisering.',
        'Kommunikasjonsgruppen har vurdert tre alternativer og anbefaler en egen side driftet av Kristiansand kommune.',
      ),
      assessment: paragraphs('Kostnadene må avklares med partene før OSS tar stilling. Saken utsettes til desember.'),
      proposal: proposal(
        'OSS går inn for en felles nettside driftet av Kristiansand kommune.',
        'Kostnadene deles etter samme nøkkel som sekretariatet.',
      ),
    }),
    () => ({
      key: 'akuttHalf',
      title: 'Halvårsrapport fra prosjekt Akuttmedisinsk kjede',
      kind: 'information',
      background: paragraphs('OSS får halvårlig rapport fra prosjektet.'),
      facts: paragraphs(
        'Felles prosedyre for øyeblikkelig hjelp er innført i Lister og Setesdal. Østre Agder starter i oktober.',
      ),
      assessment: paragraphs('Prosjektet følger planen.'),
      proposal: proposal('Saken tas til orientering.'),
      minutes: decided('Tatt til orientering.'),
    }),
  ],
  [
    (c) => ({
      key: 'planReview',
      title: `Årlig gjennomgang av handlingsplanen – status ${c.year}`,
      kind: 'decision',
      archiveRef: `${c.year}/877`,
      background: paragraphs(
        `OSS sin handlingsplan er utledet av strategien og skal gjennomgås årlig for revidering og omprioritering. Handlingsplanen er gjeldende til og med ${c.year} og legges nå fram for årlig gjennomgang av status og forslag til oppfølgingsområder for ${c.year + 1}.`,
      ),
      facts: doc(
        p(
          'Sekretariatet har i samarbeid med AU hentet inn opplysninger og gått gjennom tiltakene. Status er merket **grønt** (gjennomført), **gult** (startet og pågående) og **rødt** (ikke påbegynt); se statusmatrisen (vedlegg 1).',
        ),
        p('Alle RS har behandlet handlingsplanen og gitt innspill, særlig til tiltak på rødt nivå:'),
        table(
          ['RS', 'Behandlet', 'Hovedinnspill'],
          [
            [
              'Kristiansand og Lindesnes',
              c.ref('rs:RS-KL:plan'),
              'Nummerering av delmål og tiltak; filtrering på ansvar',
            ],
            ['Østre Agder', c.ref('rs:RS-ØA:plan'), 'Færre tiltak og tydeligere indikatorer'],
            ['Lister', c.ref('rs:RS-L:plan'), 'Ansvar knyttet til navngitte ledere; legevakt'],
            ['Setesdal', c.ref('rs:RS-S:plan'), 'Digitale samtalerom og avstandsutfordringer'],
          ],
        ),
        p(`Arbeidet med felles kompetanseplan (${c.ref('competence')}) er i gang og rapporteres egen sak.`),
      ),
      assessment: doc(
        p(
          `Strategien skal revideres i ${c.year + 1}. Sekretariatet foreslår at innspillene om format, forenkling og ansvar tas med i arbeidet med ny handlingsplan. Sentrale innspill:`,
        ),
        bullets(
          'Handlingsplan for ett år av gangen',
          'Færre tiltak, med størst effekt og gjennomførbarhet',
          'Nummerering og trafikklys for bedre oversikt',
          'Tydelige indikatorer og ansvarslinjer',
        ),
        p('Prosessen bør organiseres «nedenfra og opp», med utgangspunkt i det enkelte RS.'),
      ),
      proposal: proposal(
        `OSS tar status for handlingsplanen ${c.year} til orientering.`,
        'Innspillene fra RS tas med i arbeidet med ny strategi og handlingsplan.',
        'Fokusområde 2 «Rett kompetanse på rett sted til rett tid» konkretiseres i samarbeid med RS.',
      ),
    }),
    (c) => ({
      key: 'yearPlan',
      title: `Møteplan og årshjul ${c.year + 1}`,
      kind: 'decision',
      background: paragraphs('Møteplanen for neste år vedtas i desember, slik at partene kan sette av datoene.'),
      facts: paragraphs(
        'Forslaget følger samme rytme som i år: OSS fem ganger, AU før hvert OSS-møte, RS fem ganger, partnerskapsmøter i mars og oktober.',
      ),
      assessment: paragraphs('Årshjulet gjør samarbeidet forutsigbart; sekretariatet anbefaler at rytmen beholdes.'),
      proposal: proposal(`OSS vedtar møteplan og årshjul for ${c.year + 1}.`),
    }),
  ],
]

/** Ready in OSS's queue for its next meeting; the last one is still a draft. */
export const ossQueue: Spec[] = [
  (c) => ({
    key: 'pmAutumnEvaluation',
    title: `Evaluering av Partnerskapsmøtet ${c.meetingDate('PM', 2)}`,
    kind: 'discussion',
    background: paragraphs('Programkomitéen har samlet evalueringen av høstens møte.'),
    facts: paragraphs(
      '88 deltakere, 21 av 25 kommuner representert. Borddialogene ga 40 forslag til tiltak innen kompetanse.',
    ),
    assessment: paragraphs('Innspillene bør ses i sammenheng med felles kompetanseplan.'),
    proposal: proposal('OSS drøfter evalueringen og gir innspill til neste møte.'),
  }),
  (c) => ({
    key: 'reporting',
    title: `Rapportering til partene – halvårsstatus ${c.year}`,
    kind: 'report',
    background: paragraphs('RS har bedt om hyppigere statusrapportering fra samhandlingsarbeidet.'),
    facts: paragraphs('Statusrapporten oppsummerer fremdriften i prosjektene og bruken av samhandlingstilskuddet.'),
    assessment: paragraphs('Et kort nyhetsbrev to ganger i året kan dekke behovet.'),
    proposal: proposal('Rapporten tas til orientering.', 'Sekretariatet lager nyhetsbrev to ganger i året.'),
  }),
  (c) => ({
    key: 'appointments',
    title: `Oppnevning av medlemmer til samhandlingsrådene ${c.year + 1}–${c.year + 2}`,
    kind: 'decision',
    background: paragraphs('Oppnevningsperioden for samhandlingsrådene går ut ved årsskiftet.'),
    facts: paragraphs('Partene har foreslått medlemmer. Alle regioner er representert i begge rådene.'),
    assessment: paragraphs('Forslaget gir god balanse mellom kommuner, sykehus, fastleger og brukere.'),
    proposal: proposal('OSS oppnevner medlemmer til samhandlingsrådene i tråd med forslaget.'),
  }),
  (c) => ({
    key: 'competence2',
    title: `Felles kompetanseplan – tiltak for ${c.year + 1}`,
    kind: 'decision',
    background: paragraphs(`Arbeidsgruppen nedsatt etter ${c.ref('competence')} har laget et utkast til tiltak.`),
    facts: doc(
      p('Utkastet har tre tiltak:'),
      numbered(
        'Felles kalender for kurs og hospitering',
        'Kombinasjonsstillinger i Lister og Setesdal',
        'Felles introduksjonsprogram for nyutdannede',
      ),
    ),
    assessment: paragraphs('Tiltakene er små nok til å gjennomføres og store nok til å merkes.'),
    proposal: proposal(`OSS vedtar tiltakene i felles kompetanseplan for ${c.year + 1}.`),
  }),
  (c) => ({
    key: 'strategy',
    title: `Strategi for helsefellesskapet ${c.year + 1}–${c.year + 4} – oppstart`,
    kind: 'discussion',
    background: paragraphs(`Strategiperioden går ut i ${c.year}.`),
    facts: paragraphs('Utkast til prosessplan er under arbeid.'),
    assessment: paragraphs(''),
    proposal: proposal('OSS drøfter prosessen for ny strategi.'),
  }),
]

// ---- AU --------------------------------------------------------------------------------------

export const auAgenda: Spec = (c) => ({
  key: 'au',
  title: 'Forberedelse av neste møte i OSS',
  kind: 'discussion',
  background: paragraphs('AU forbereder møtene i OSS: saksliste, saksfremlegg og hvem som legger fram.'),
  facts: doc(
    p('Sekretariatet legger fram utkast til saksliste.'),
    bullets('Saker fra RS', 'Saker fra samhandlingsrådene', 'Orienteringer'),
  ),
  assessment: paragraphs(`Sakslisten følger årshjulet for ${c.year}.`),
  proposal: proposal('AU slutter seg til utkastet til saksliste, med de endringene som kom fram i møtet.'),
  minutes: decided('Sakslisten ble justert.'),
})

// ---- RS --------------------------------------------------------------------------------------

/** Every RS handles the same processes bottom-up, each for its region; one list per meeting. */
export const rsAgendas: RegionSpec[][] = [
  [
    (c) => ({
      key: `rs:${c.code}:status`,
      title: `Status i kommunene og SSHF – ${c.region}`,
      kind: 'information',
      background: paragraphs('Fast sak i første møte: partene orienterer om status og planer for året.'),
      facts: doc(p('Kommunene i regionen orienterer:'), bullets(...c.municipalities.map((m) => `${m} kommune`))),
      assessment: paragraphs('Orienteringene gir et felles bilde av utfordringene i regionen.'),
      proposal: proposal('Saken tas til orientering.'),
      minutes: decided('Orienteringene ble tatt til etterretning.'),
    }),
  ],
  [
    (c) => ({
      key: `rs:${c.code}:pm`,
      title: `Innspill til Partnerskapsmøtet ${c.meetingDate('PM', 1)}`,
      kind: 'discussion',
      background: paragraphs('Programkomitéen har bedt hvert RS om innspill til borddialogene.'),
      facts: paragraphs('Tema er forventninger og ansvar i en presset helsetjeneste.'),
      assessment: paragraphs(`${c.region} er opptatt av avstander og rekruttering.`),
      proposal: proposal('RS gir innspill til borddialogene.'),
      minutes: decided('Innspillene sendes programkomitéen.'),
    }),
  ],
  [
    (c) => ({
      key: `rs:${c.code}:discharge`,
      title: `Utskrivningsklare pasienter i ${c.region}`,
      kind: 'discussion',
      background: paragraphs('OSS skal behandle felles tiltak for utskrivningsklare pasienter i juni.'),
      facts: paragraphs('Sekretariatet har hentet inn tall fra SSHF for regionen.'),
      assessment: paragraphs('RS bør gi OSS et samlet innspill.'),
      proposal: proposal('RS drøfter saken og gir innspill til OSS.'),
      minutes: decided('Innspill oversendes OSS.'),
    }),
  ],
  [
    (c) => ({
      key: `rs:${c.code}:plan`,
      title: `Handlingsplan for helsefellesskapet – innspill fra RS ${c.region}`,
      kind: 'decision',
      background: paragraphs(
        'I tråd med vedtaket i OSS om å tydeliggjøre RS sitt ansvar skal alle RS gjennomgå handlingsplanen før OSS behandler årlig status i desember.',
      ),
      facts: doc(
        p('RS blir bedt om å svare på disse spørsmålene:'),
        numbered(
          'Formatet på handlingsplanen: har RS forslag til forenklinger?',
          'Er tiltakene fortsatt relevante, presise og riktig plassert?',
          'Hvor ser RS potensial for helseteknologi i samhandlingen?',
          'Hvordan bør OSS og RS innrette prosessen for å sikre eierskap i regionen?',
        ),
      ),
      assessment: paragraphs('Sekretariatet har laget et utkast til svar basert på drøftingen i forrige møte.'),
      proposal: proposal(
        `RS ${c.region} slutter seg til utkastet til innspill, med de endringene som kom fram i møtet.`,
        'Innspillet oversendes OSS.',
      ),
      minutes: decided('Innspillet ble vedtatt med mindre endringer.'),
      followUps: [
        { what: 'Samle innspill fra kommunene i regionen', responsible: 'Sekretariatet', dueDays: 20, done: true },
      ],
    }),
  ],
  [
    (c) =>
      c.code === 'RS-L'
        ? {
            key: 'rs:legevakt',
            title: 'Felles legevakt i Lister',
            kind: 'decision',
            background: paragraphs(
              'Kommunene i Lister har i to år drøftet et tettere legevaktsamarbeid. Rekruttering av leger til legevakt er krevende, særlig i de minste kommunene.',
            ),
            facts: doc(
              p('Dagens ordning:'),
              table(
                ['Kommune', 'Legevakt i dag', 'Avstand til Flekkefjord'],
                [
                  ['Farsund', 'Interkommunal (kveld), egen (dag)', '45 min'],
                  ['Flekkefjord', 'Interkommunal', '–'],
                  ['Hægebostad', 'Interkommunal', '50 min'],
                  ['Kvinesdal', 'Interkommunal', '25 min'],
                  ['Lyngdal', 'Egen (dag), interkommunal (natt)', '35 min'],
                  ['Sirdal', 'Egen', '75 min'],
                ],
              ),
              p('Sørlandet sykehus Flekkefjord er positiv til samlokalisering.'),
            ),
            assessment: paragraphs(
              'En felles legevakt vil gi et mer robust tilbud, men lange avstander krever at Sirdal og Hægebostad beholder en lokal beredskap. Saken berører også den akuttmedisinske kjeden og bør løftes til OSS.',
            ),
            proposal: proposal(
              'RS Lister anbefaler at det utredes en felles legevakt for Lister, samlokalisert med Sørlandet sykehus Flekkefjord.',
              'Saken oversendes OSS, med anmodning om at prosjekt Akuttmedisinsk kjede deltar i utredningen.',
            ),
            minutes: decided('Enstemmig anbefalt. Sirdal ba om at lokal beredskap tas inn i mandatet.'),
            followUps: [
              { what: 'Legge fram saken om felles legevakt for OSS', responsible: 'Sekretariatet', dueDays: 21 },
            ],
          }
        : {
            key: `rs:${c.code}:emergency`,
            title: `Legevakt og øyeblikkelig hjelp i ${c.region}`,
            kind: 'information',
            background: paragraphs('Prosjekt Akuttmedisinsk kjede orienterer regionene om neste fase.'),
            facts: paragraphs('Felles prosedyre for øyeblikkelig hjelp innføres i regionen i løpet av vinteren.'),
            assessment: paragraphs('RS bør følge innføringen.'),
            proposal: proposal('Saken tas til orientering.'),
            minutes: decided('Tatt til orientering.'),
          },
  ],
]

// ---- Samhandlingsråd ---------------------------------------------------------------------------

const workPlan: (council: string) => Spec = (council) => (c) => ({
  key: `${council}:plan`,
  title: `Arbeidsplan ${c.year} for samhandlingsrådet`,
  kind: 'decision',
  background: paragraphs('Samhandlingsrådet lager en arbeidsplan hvert år, avledet av handlingsplanen.'),
  facts: paragraphs('Utkastet har fire satsinger og møteplan for året.'),
  assessment: paragraphs('Planen følger opp tiltakene OSS har gitt rådet.'),
  proposal: proposal(`Samhandlingsrådet vedtar arbeidsplan for ${c.year}.`),
  minutes: decided('Vedtatt.'),
})

export const councilAgendas: Record<string, Spec[][]> = {
  'SR-EK': [
    [workPlan('SR-EK')],
    [
      () => ({
        key: 'SR-EK:frail',
        title: 'Forebygge og utsette skrøpelighet hos eldre 65+',
        kind: 'discussion',
        background: paragraphs('Tiltaket følger opp rapporten «Skrøpelige eldre» og hovedmål 4 i handlingsplanen.'),
        facts: paragraphs('Fire kommuner har prøvd ut strukturert kartlegging av funksjon hos hjemmeboende eldre.'),
        assessment: paragraphs('Erfaringene bør spres til alle regioner.'),
        proposal: proposal('Rådet drøfter hvordan erfaringene kan spres.'),
        minutes: decided('Rådet ber sekretariatet lage en kort veileder.'),
      }),
    ],
    [
      () => ({
        key: 'SR-EK:rehab',
        title: 'Oppfølging av Agder-rapporten om somatisk rehabilitering',
        kind: 'decision',
        background: paragraphs('Tiltaket står på rødt i handlingsplanen.'),
        facts: paragraphs('Rapporten har elleve råd; fire av dem gjelder samhandling mellom kommunene og SSHF.'),
        assessment: paragraphs('Rådet bør prioritere de fire samhandlingsrådene.'),
        proposal: proposal('Rådet prioriterer de fire rådene om samhandling.', 'Status rapporteres til OSS.'),
        minutes: decided('Vedtatt.'),
      }),
    ],
    [
      () => ({
        key: 'SR-EK:homecare',
        title: 'Kompetansepakke for hjemmetjenesten',
        kind: 'decision',
        background: paragraphs('Kompetansepakken er finansiert av samhandlingstilskuddet.'),
        facts: paragraphs('Pakken har seks moduler og er prøvd ut i Vennesla og Tvedestrand.'),
        assessment: paragraphs('Pakken kan tilbys alle kommuner fra neste år.'),
        proposal: proposal('Rådet anbefaler at kompetansepakken tilbys alle kommuner.'),
      }),
      () => ({
        key: 'SR-EK:discharge',
        title: 'Utskrivningsklare pasienter – status for kartleggingen',
        kind: 'information',
        late: true,
        background: paragraphs('OSS ba i juni rådet kartlegge utskrivningsklare liggedøgn per kommune.'),
        facts: paragraphs('Kartleggingen er forsinket; data fra tre kommuner mangler.'),
        assessment: paragraphs('Rådet bør få en kort orientering før saken går til OSS.'),
        proposal: proposal('Saken tas til orientering.'),
      }),
    ],
  ],
  'SR-PHR': [
    [workPlan('SR-PHR')],
    [
      () => ({
        key: 'SR-PHR:elderly',
        title: 'Pasientforløp i psykisk helse og rus for eldre 65+',
        kind: 'decision',
        background: paragraphs('Tiltaket står på rødt i handlingsplanen.'),
        facts: paragraphs('Rådet har kartlagt de vanligste og mest krevende forløpene.'),
        assessment: paragraphs('Rådet bør begynne med forløpet for depresjon hos eldre.'),
        proposal: proposal('Rådet utarbeider pasientforløp for depresjon hos eldre.'),
        minutes: decided('Vedtatt.'),
      }),
    ],
    [
      () => ({
        key: 'SR-PHR:rop',
        title: 'Tilbudet til personer med alvorlig psykisk lidelse og rus (ROP)',
        kind: 'discussion',
        background: paragraphs('RS har pekt på tilbudet til de sykeste som et område for nærmere tiltak.'),
        facts: paragraphs('FACT-team finnes i to av fire regioner.'),
        assessment: paragraphs('Rådet bør foreslå for OSS hvordan FACT kan bygges ut i hele Agder.'),
        proposal: proposal('Rådet drøfter saken og gir innspill til OSS.'),
        minutes: decided('Rådet ber sekretariatet forberede sak til OSS.'),
      }),
    ],
    [
      () => ({
        key: 'SR-PHR:users',
        title: 'Brukermedvirkning i samhandlingsrådet',
        kind: 'decision',
        background: paragraphs('Brukerrepresentantene har bedt om at brukermedvirkning blir fast punkt.'),
        facts: paragraphs('Mental Helse Agder foreslår en brukerinnledning i hvert møte.'),
        assessment: paragraphs('Forslaget er enkelt å gjennomføre.'),
        proposal: proposal('Rådet innfører brukerinnledning som fast punkt fra neste år.'),
      }),
    ],
  ],
}
