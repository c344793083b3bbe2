/** Strings of the cases area (saker); part of the one catalog in ../nb.ts. */
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
