/** Strings of backups, restore and the recovery screen; part of the one catalog in ../nb.ts. */
export const backups = {
  /** Why a backup was taken, by the word in its file name. */
  reasons: {
    start: 'Ved oppstart',
    'før-migrering': 'Før oppgradering av databasen',
    'før-import': 'Før import',
    'før-gjenoppretting': 'Før gjenoppretting',
    time: 'Automatisk (hver time)',
    manuell: 'Tatt av deg',
  },
  when: '{{date}} kl. {{time}}',
  sizeMb: '{{size}} MB',
  sizeKb: '{{size}} kB',
  section: {
    title: 'Sikkerhetskopier',
    intro:
      'Sekretariat tar en kopi av databasen ved hver oppstart, hver time det er gjort endringer, og før import og gjenoppretting. De siste 24 timene beholdes én kopi per time, de siste 14 dagene én per dag, og ett år tilbake én per måned.',
    create: 'Ta sikkerhetskopi nå',
    created: 'Sikkerhetskopien er tatt: {{file}}.',
    latest: 'Siste sikkerhetskopi: {{time}}',
    none: 'Ingen sikkerhetskopier ennå',
    noneBody: 'Den første tas neste gang Sekretariat starter, eller nå med knappen over.',
    tableLabel: 'Sikkerhetskopier',
    time: 'Tatt',
    reason: 'Hvorfor',
    size: 'Størrelse',
    file: 'Fil',
    notDatabase: 'Ikke en database',
    restore: 'Gjenopprett …',
    restoreFor: 'Gjenopprett sikkerhetskopien fra {{time}} ({{reason}})',
    restored: 'Sikkerhetskopien fra {{time}} er gjenopprettet. Tilstanden før er lagret som «{{file}}».',
    lastError: 'Den siste automatiske sikkerhetskopien mislyktes: {{message}}',
    folderTitle: 'Mappe for sikkerhetskopier',
    folderLabel: 'Mappe',
    folderHint:
      'Velg gjerne en mappe på en annen disk eller et nettverksområde, så overlever kopiene om maskinen går tapt. Tom betyr standardmappen {{folder}}. Kopiene som alt er tatt, blir liggende i den gamle mappen.',
    folderPlaceholder: 'F.eks. \\\\filserver\\felles\\sekretariat\\sikkerhetskopier',
    folderSave: 'Bruk mappen',
    folderSaved: 'Mappen er lagret.',
  },
  confirm: {
    title: 'Gjenopprette sikkerhetskopien?',
    body: 'Arbeidsområdet settes tilbake til slik det var {{time}} ({{reason}}). Alt som er endret etter det, forsvinner fra arbeidsområdet.',
    savedFirst:
      'Først tas en sikkerhetskopi av slik arbeidsområdet er nå («Før gjenoppretting»), så du kan gå tilbake hvis du angrer.',
    action: 'Gjenopprett',
  },
  recovery: {
    title: 'Databasen er skadet',
    lead: 'Sekretariat sjekker databasen hver gang programmet starter. Denne gangen fant sjekken feil i filen, så Sekretariat har ikke åpnet den og ikke endret noe i den.',
    file: 'Databasefil',
    problem: 'Hva sjekken fant',
    modified: 'Sist endret',
    offerTitle: 'Gjenopprett den nyeste sikkerhetskopien som er i orden',
    offer: 'Sikkerhetskopien er fra {{time}} ({{reason}}). Den er sjekket og er i orden.',
    lost: 'Det som ble endret etter {{time}}, er ikke med i kopien og må legges inn på nytt.',
    lostUntil: 'Det som ble endret mellom {{time}} og {{modified}}, er ikke med i kopien og må legges inn på nytt.',
    keptAside:
      'Den skadede filen slettes ikke: den flyttes til side som «{{file}}.skadet-…», så den kan undersøkes senere.',
    restore: 'Gjenopprett sikkerhetskopien',
    restoring: 'Gjenoppretter …',
    noBackup: 'Fant ingen sikkerhetskopi som er i orden',
    noBackupBody:
      'Mappen {{folder}} har ingen sikkerhetskopi som består sjekken. Ligger kopiene et annet sted, for eksempel på et nettverksområde, kan du velge den mappen under. Ellers: ta kontakt med IT-støtte og ta vare på databasefilen.',
    others: 'Andre sikkerhetskopier',
    otherFolder: 'Se etter sikkerhetskopier i en annen mappe',
    look: 'Se i mappen',
  },
  startup: {
    networkFolder:
      'Datamappen {{folder}} ligger på et nettverksområde ({{kind}}). Databasen kan ikke ligge der: SQLite, som Sekretariat bruker, skriver endringer via en logg (WAL) som ikke virker trygt over nettverksfilsystemer, og data kan gå tapt. Velg en mappe på maskinens egen disk med --data eller SEKRETARIAT_DATA. Sikkerhetskopiene kan gjerne ligge på et nettverksområde.',
    damagedLog:
      'Databasen {{file}} besto ikke sjekken ved oppstart; den er ikke åpnet. Sekretariat tilbyr en sikkerhetskopi.',
  },
  errors: {
    backupFailed: 'Kunne ikke ta sikkerhetskopi i mappen {{folder}}: {{message}}',
    damagedWorkspace:
      'Databasen er skadet og er ikke åpnet. Gjenopprett en sikkerhetskopi først (skjermen du ser ved oppstart).',
    notInFolder: 'Fil: «{{file}}» er ikke en sikkerhetskopi i mappen {{folder}}.',
    missing: 'Fil: sikkerhetskopien «{{file}}» finnes ikke i mappen {{folder}}.',
    notDatabase: 'Fil: «{{file}}» er ikke en SQLite-database og kan ikke gjenopprettes.',
    damaged: 'Fil: sikkerhetskopien «{{file}}» er skadet og kan ikke gjenopprettes ({{problem}}).',
    folderNotAbsolute: 'Mappe: skriv hele stien, for eksempel C:\\Sikkerhetskopier eller \\\\server\\område\\mappe.',
    folderMissing: 'Mappe: {{folder}} finnes ikke. Opprett den først, eller sjekk at nettverksområdet er koblet til.',
    folderNotDirectory: 'Mappe: {{folder}} er en fil, ikke en mappe.',
    folderNotWritable: 'Mappe: Sekretariat får ikke skrive i {{folder}}.',
  },
} as const
