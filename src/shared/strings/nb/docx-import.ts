/** Strings of the Word import of case documents; part of the one catalog in ../nb.ts as `nb.docxImport`. */
export const docxImport = {
  tooLarge: '«{{file}}» er for stor ({{size}} MB). Et Word-dokument kan være høyst {{max}} MB.',
  notDocx:
    '«{{file}}» er ikke et Word-dokument (.docx) som kan leses. Er det et eldre .doc-dokument, kan du lagre det som .docx i Word og prøve igjen.',
  empty: '«{{file}}» er tomt: det er ingen tekst å hente.',
  sections: {
    background: 'Bakgrunn for saken',
    facts: 'Saksopplysninger',
    assessment: 'Vurdering',
    proposal: 'Forslag til vedtak',
  },
  headerDropped:
    'Toppfeltene (saksnummer, saksbehandler, møtedato o.l.) ble ikke tatt med; de fylles ut i Sekretariat.',
  leadingText: 'Teksten før første overskrift er lagt først i «{{section}}».',
  noHeadings:
    'Fant ingen kjente overskrifter (Bakgrunn, Saksopplysninger, Vurdering, Forslag til vedtak); all teksten ligger i «{{section}}».',
  missing: 'Fant ikke avsnittet «{{section}}».',
  missingIn: 'Fant ikke avsnittet «{{section}}»; teksten kan ligge i «{{in}}».',
  footnotes: 'Fotnotene er lagt sist i «{{section}}».',
  images_one: '1 bilde ble ikke tatt med; legg det eventuelt ved som vedlegg.',
  images_other: '{{count}} bilder ble ikke tatt med; legg dem eventuelt ved som vedlegg.',
  styles: 'Formatering fra disse Word-stilene ble ikke tatt med (teksten er med): {{styles}}.',
  skipped: 'Noe innhold som ikke kan vises her (for eksempel tekstbokser eller felt), ble hoppet over.',
  mergedCells: 'En tabell har sammenslåtte celler som kanskje ikke ble riktig; se over tabellen.',
  other_one: 'Én ting i dokumentet kunne ikke leses helt riktig; se over teksten.',
  other_other: '{{count}} ting i dokumentet kunne ikke leses helt riktig; se over teksten.',
} as const
