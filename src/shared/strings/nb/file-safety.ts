/**
 * Refusals of files that come in (Word, Excel, the workspace file, the logo) and of names that would
 * leave their folder; part of the one catalog in ../nb.ts as `nb.fileSafety`. A refusal names the file
 * and says that nothing was read or written.
 */
export const fileSafety = {
  kinds: {
    docx: 'et Word-dokument (.docx)',
    xlsx: 'en Excel-arbeidsbok (.xlsx)',
    pptx: 'en PowerPoint-presentasjon (.pptx)',
    odf: 'et OpenDocument-dokument (LibreOffice)',
  },
  apps: { docx: 'Word', xlsx: 'Excel' },
  zip: {
    truncated:
      '«{{file}}» er skadet eller ufullstendig (kanskje ble den ikke ferdig lastet ned eller kopiert). Hent en ny kopi og prøv igjen.',
    wrongKind: '«{{file}}» er {{found}}, ikke {{kind}}.',
    encrypted: '«{{file}}» er passordbeskyttet. Fjern passordet i {{app}} (Fil > Info), lagre og prøv igjen.',
    tooManyEntries: '«{{file}}» består av {{count}} deler; {{kind}} kan ha høyst {{max}}. Filen ble ikke lest.',
    tooLargeUnpacked: '«{{file}}» blir {{size}} MB når den pakkes ut; grensen er {{max}} MB. Filen ble ikke lest.',
    bomb: '«{{file}}» er pakket mistenkelig tett: delen «{{entry}}» blir {{ratio}} ganger større når den pakkes ut. Filen ble ikke lest.',
    sizeLie:
      '«{{file}}» er skadet eller laget for å lure: delen «{{entry}}» er ikke så stor som filen sier. Filen ble ikke lest.',
    badName:
      '«{{file}}» har en del med et navn som ikke godtas («{{entry}}»): navn med «..», som begynner med / eller en stasjonsbokstav, eller som har omvendt skråstrek eller kontrolltegn. Filen ble ikke lest.',
    duplicate: '«{{file}}» er skadet: delen «{{entry}}» finnes to ganger. Filen ble ikke lest.',
    method:
      '«{{file}}» er pakket på en måte Sekretariat ikke kan lese (delen «{{entry}}»). Lagre den på nytt i {{app}}.',
    damagedEntry:
      '«{{file}}» er skadet: delen «{{entry}}» kan ikke pakkes ut. Lagre den på nytt i {{app}} og prøv igjen.',
    doctype:
      '«{{file}}» har en DTD-erklæring (DOCTYPE/ENTITY) i delen «{{entry}}». Det har Office-filer aldri, og den kan brukes til å fylle minnet; filen ble ikke lest.',
    notXml: '«{{file}}» er skadet: delen «{{entry}}» begynner ikke som XML. Filen ble ikke lest.',
  },
  json: {
    tooLarge: '«{{file}}» er {{size}} MB; en eksportfil fra Sekretariat kan være høyst {{max}} MB.',
    tooLargeParsed: 'Filen er ugyldig: den er større enn {{max}} MB.',
    tooDeep: 'Filen er ugyldig ved {{path}}: den er nøstet dypere enn {{max}} nivåer.',
    forbiddenKey: 'Filen er ugyldig ved {{path}}: feltnavnet «{{key}}» godtas ikke.',
  },
  paths: {
    escapes: 'Filnavnet «{{name}}» ville havnet utenfor mappen «{{folder}}». Ingenting ble skrevet.',
    link: 'I mappen «{{folder}}» står det en symbolsk lenke med navnet «{{name}}»; Sekretariat skriver ikke gjennom den.',
  },
  png: {
    tooManyPixels:
      'Logoen er {{width}} × {{height}} piksler; den kan være høyst {{max}} piksler på hver led. Lagre en mindre utgave og prøv igjen.',
  },
} as const
