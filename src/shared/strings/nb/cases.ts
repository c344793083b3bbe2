/** Strings of cases, agendas, minutes and follow-up that main and the renderer share; part of ../nb.ts. */
export const cases = {
  status: {
    draft: 'Utkast',
    ready: 'Klar for møte',
    on_agenda: 'På saksliste',
    handled: 'Behandlet',
    postponed: 'Utsatt',
    withdrawn: 'Trukket',
  },
  kind: {
    decision: 'Vedtakssak',
    discussion: 'Drøftingssak',
    information: 'Orienteringssak',
    report: 'Referatsak',
  },
  section: {
    background: 'Bakgrunn for saken',
    facts: 'Saksopplysninger',
    assessment: 'Vurdering',
    proposal: 'Forslag til vedtak',
    attachments: 'Vedlegg',
  },
} as const

export const agenda = {
  standard: {
    approveNotice: 'Godkjenning av innkalling og saksliste',
    approveMinutes: 'Godkjenning av protokoll fra forrige møte',
    anyOther: 'Eventuelt',
  },
  programmeKind: {
    intro: 'Innledning',
    tableDialogue: 'Borddialog',
    break: 'Pause',
    other: 'Programpost',
  },
} as const

export const caseErrors = {
  meetingClosed: 'Møtet er holdt eller avlyst; sakslisten kan ikke endres.',
  otherBody: 'Saken hører til {{body}}. Velg et møte i {{body}}, eller send saken videre dit.',
  alreadyOnThisAgenda: 'Saken står allerede på sakslisten til dette møtet.',
  alreadyOnAgenda: 'Saken står allerede på sakslisten til møtet {{date}}. Utsett den derfra først.',
  caseClosed: 'Saken er «{{status}}» og kan ikke settes på en saksliste.',
  numberedCaseWithdraw:
    'Saken har fått saksnummer i innkallingen og kan ikke fjernes. Trekk den i stedet; den beholder nummeret og vises som trukket.',
  numberedItemStays: 'Punktet har fått saksnummer i innkallingen og blir stående.',
  frozenOrder:
    'Innkallingen er sendt, og saksnumrene står fast. Rekkefølgen kan bare endres slik at numrene fortsatt kommer i stigende rekkefølge (tilleggssaker kan flyttes fritt).',
  reorderItems: 'Rekkefølgen må inneholde nøyaktig punktene på sakslisten. Last inn sakslisten på nytt.',
  handledCannotWithdraw: 'Saken er behandlet i møtet og kan ikke trekkes.',
  onlyCasesPostpone: 'Bare saker kan utsettes.',
  alreadyMoved: 'Saken er allerede trukket eller utsatt fra dette møtet.',
  postponeTarget: 'Velg et senere møte i samme utvalg.',
  numbersFixedYear:
    'Møtet har saker med faste saksnumre for {{year}}. Det kan ikke flyttes til et annet år; avlys det og sett sakene opp på et nytt møte.',
  bodyLocked: 'Saken står på en saksliste og kan ikke flyttes til et annet utvalg. Send den videre i stedet.',
  statusFromAgenda: 'Saken er «{{status}}»; statusen følger sakslisten.',
  deleteOnAgenda: 'Saken har stått på en saksliste og kan ikke slettes. Trekk den i stedet.',
  forwardSameBody: 'Velg et annet utvalg enn det saken er i nå.',
  linkSelf: 'En sak kan ikke kobles til seg selv.',
  attachmentOrder: 'Rekkefølgen må inneholde nøyaktig sakens vedlegg. Last inn saken på nytt.',
  fileEmpty: 'Filen «{{name}}» er tom.',
  fileTooLarge: 'Filen «{{name}}» er større enn {{max}} MB, som er grensen for vedlegg.',
  fileMissing: 'Kopien av «{{name}}» mangler eller er endret i vedleggsmappen.',
  openFailed: 'Kunne ikke åpne «{{name}}»: {{message}}',
  minutesNotYet: 'Protokollen kan skrives når innkallingen er sendt.',
  minutesLocked: 'Protokollen er godkjent og låst.',
  correctionReason: 'Protokollen er godkjent. Skriv hvorfor den rettes (Grunn til rettelsen).',
  approveNotHeld: 'Møtet {{date}} er ikke holdt ennå; protokollen kan ikke godkjennes.',
  approveInMeeting: 'Protokollen godkjennes i et senere møte i samme utvalg.',
} as const
