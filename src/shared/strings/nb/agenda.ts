/** Strings of agendas and minutes (saksliste, protokoll); part of the one catalog in ../nb.ts. */
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
