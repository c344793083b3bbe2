/**
 * A small deterministic generator of case text in Norwegian, for the benchmark's ten years of
 * cases. The vocabulary is the secretariat's (seeds 000 and 001), so the full-text index holds
 * words as common and as rare as in a real workspace: "kommunene" in nearly every case,
 * "legevakt" in some, a small municipality's name in few.
 */

/** mulberry32: tiny, fast, and the same sequence on every machine. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const subjects = [
  'Kommunene',
  'Sykehuset',
  'Sekretariatet',
  'Arbeidsgruppen',
  'Samhandlingsrådet',
  'Fastlegene',
  'Brukerrepresentantene',
  'Regionen',
  'Partene',
  'Utvalget',
  'Helseforetaket',
  'Prosjektgruppen',
  'Kommunelegene',
  'Hjemmetjenesten',
  'Kommunedirektørene',
  'Fylkeskommunen',
  'Universitetet',
  'De tillitsvalgte',
]
const verbs = [
  'vurderer',
  'foreslår',
  'har kartlagt',
  'anbefaler',
  'følger opp',
  'har drøftet',
  'prioriterer',
  'utreder',
  'styrker',
  'har etablert',
  'evaluerer',
  'koordinerer',
  'videreutvikler',
  'beskriver',
  'har gjennomgått',
  'ber om innspill til',
]
const objects = [
  'pasientforløpet',
  'den akuttmedisinske kjeden',
  'samhandlingen',
  'tiltakene i handlingsplanen',
  'rekrutteringen av sykepleiere',
  'oppgavedelingen',
  'ressursbruken',
  'brukermedvirkningen',
  'ventetidene',
  'kommunikasjonen med innbyggerne',
  'budsjettet',
  'rapporteringen til partene',
  'samarbeidsavtalen',
  'statusmatrisen',
  'hospiteringsordningen',
  'kombinasjonsstillingene',
  'tjenestetilbudet',
  'kunnskapsgrunnlaget',
]
/** Rarer topics: each appears in a share of the cases, as real subjects do. */
const topics = [
  'legevakt',
  'utskrivningsklare pasienter',
  'kompetanseplan',
  'rehabilitering',
  'psykisk helse og rus',
  'skrøpelige eldre',
  'digital hjemmeoppfølging',
  'pasientens legemiddelliste',
  'barn og unge',
  'jordmortjeneste',
  'helseteknologi',
  'beredskap',
  'kreftomsorg',
  'habilitering',
  'svangerskapsomsorg',
  'demensomsorg',
  'ernæring',
  'smittevern',
  'palliasjon',
  'tolketjeneste',
]
const tails = [
  'i regionen',
  'for eldre over 65 år',
  'i tråd med strategien',
  'innen utgangen av året',
  'sammen med fastlegene',
  'på tvers av forvaltningsnivåene',
  'i de minste kommunene',
  'med støtte fra samhandlingstilskuddet',
  'etter innspill fra RS',
  'slik OSS ba om',
  'med tydelig ansvar',
  'for å sikre likeverdige tjenester',
]
const places = [
  'Arendal',
  'Froland',
  'Gjerstad',
  'Grimstad',
  'Risør',
  'Tvedestrand',
  'Vegårshei',
  'Åmli',
  'Kristiansand',
  'Birkenes',
  'Iveland',
  'Lillesand',
  'Vennesla',
  'Lindesnes',
  'Åseral',
  'Farsund',
  'Flekkefjord',
  'Hægebostad',
  'Kvinesdal',
  'Lyngdal',
  'Sirdal',
  'Bygland',
  'Bykle',
  'Evje og Hornnes',
  'Valle',
]
const aspects = ['status', 'oppfølging', 'høring', 'evaluering', 'mandat', 'tiltak', 'orientering', 'rapport']

export interface Writer {
  /** Starts a new case: picks the one or two topics its sentences will be about. */
  startCase: () => void
  sentence: () => string
  /** About `words` words, in sentences. */
  paragraph: (words: number) => string
  title: () => string
  pick: <T>(list: readonly T[]) => T
}

// Zipf-like: the first topic is in about one case in seven, the last in one in fifty.
const weights = topics.map((_, i) => 1 / (i + 2))
const total = weights.reduce((a, b) => a + b, 0)

export function writer(seed: number): Writer {
  const random = randomFrom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const weighted = () => {
    let r = random() * total
    for (const [i, weight] of weights.entries()) {
      r -= weight
      if (r <= 0) return topics[i]
    }
    return topics[topics.length - 1]
  }
  let caseTopics = [weighted()]
  const startCase = () => {
    caseTopics = random() < 0.3 ? [weighted(), weighted()] : [weighted()]
  }
  const sentence = () => {
    const object = random() < 0.35 ? `tilbudet innen ${pick(caseTopics)}` : pick(objects)
    const where = random() < 0.05 ? ` i ${pick(places)}` : random() < 0.5 ? ` ${pick(tails)}` : ''
    return `${pick(subjects)} ${pick(verbs)} ${object}${where}.`
  }
  const paragraph = (words: number) => {
    const parts: string[] = []
    let count = 0
    while (count < words) {
      const s = sentence()
      parts.push(s)
      count += s.split(' ').length
    }
    return parts.join(' ')
  }
  const title = () => {
    const t = caseTopics[0]
    return `${t[0].toUpperCase()}${t.slice(1)}${random() < 0.3 ? ` i ${pick(places)}` : ''} – ${pick(aspects)}`
  }
  return { startCase, sentence, paragraph, title, pick }
}
