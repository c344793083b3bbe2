import { describe, expect, it } from 'vitest'
import { firstFree, numberedName, positionLabel, safeFileName } from './file-names'
import { manifestCsv } from './manifest'

describe('archive file names', () => {
  it('drop what Windows refuses and keep æøå', () => {
    expect(safeFileName('Sak: ja/nei? <utkast>.docx')).toBe('Sak ja nei utkast .docx')
    expect(safeFileName('Årsmøte på Ørsta. ')).toBe('Årsmøte på Ørsta')
    expect(safeFileName('CON.docx')).toBe('_CON.docx')
    expect(safeFileName('???')).toBe('dokument')
    const long = safeFileName(`${'x'.repeat(300)}.docx`)
    expect(long).toHaveLength(120)
    expect(long.endsWith('.docx')).toBe(true)
  })

  it('number a taken name before the extension, a folder at the end', () => {
    expect(numberedName('Protokoll 03.12.2026.docx', 2)).toBe('Protokoll 03.12.2026 (2).docx')
    expect(numberedName('Møte 03.12.2026', 3, true)).toBe('Møte 03.12.2026 (3)')
    expect(firstFree((n) => n > 2)).toBe(3)
    expect([positionLabel(1, 9), positionLabel(7, 120)]).toEqual(['01', '007'])
  })

  it('quote CSV fields only where needed', () => {
    const entry = {
      tittel: 'A; "B"',
      dokumenttype: 'Protokoll',
      dokumentdato: '2026-12-03',
      utvalg: 'SSU',
      møtedato: '',
      møtesaksnummer: '',
      saksbehandler: ' Ås',
      filnavn: 'a.docx',
      sjekksum: 'ff',
    }
    const [, row] = manifestCsv([entry]).toString('utf8').split('\r\n')
    expect(row).toBe('"A; ""B""";Protokoll;2026-12-03;SSU;;;" Ås";a.docx;ff')
  })
})
