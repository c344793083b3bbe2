import { describe, expect, it } from 'vitest'
import { baseName, capitalise, exampleFileName, hexOrNull, shortFolder } from './labels'

const values = {
  utvalg: 'OSS',
  nr: '09',
  år: '2026',
  tittel: 'Handlingsplan',
  dokument: 'saksfremlegg',
  dato: '2026-12-02',
}

describe('exampleFileName', () => {
  it('fills every token and adds .docx', () => {
    expect(exampleFileName('{utvalg} {nr}-{år} {tittel} - {dokument}', values)).toBe(
      'OSS 09-2026 Handlingsplan - saksfremlegg.docx',
    )
  })
  it('keeps unknown tokens and text, and closes up spaces', () => {
    expect(exampleFileName('{dato}  {ukjent} {dokument} ', values)).toBe('2026-12-02 {ukjent} saksfremlegg.docx')
  })
  it('gives nothing for an empty pattern', () => {
    expect(exampleFileName('  ', values)).toBe('')
  })
})

describe('shortFolder', () => {
  it('keeps a short path whole', () => {
    expect(shortFolder('/srv/arkiv/OSS')).toBe('/srv/arkiv/OSS')
  })
  it('keeps the last segments of a long Windows path', () => {
    expect(shortFolder('C:\\Arkiv\\Import\\Helsefellesskapet i Agder\\Sekretariatet\\OSS', 30)).toBe(
      '…\\Sekretariatet\\OSS',
    )
  })
  it('keeps the last segments of a long POSIX path', () => {
    expect(shortFolder('/home/sekretariat/Dokumenter/Arkiv/import/OSS', 24)).toBe('…/Arkiv/import/OSS')
  })
})

describe('small helpers', () => {
  it('names the file of a path', () => {
    expect(baseName('C:\\Arkiv\\OSS\\manifest.csv')).toBe('manifest.csv')
    expect(baseName('/srv/arkiv/a.docx')).toBe('a.docx')
  })
  it('capitalises Norwegian letters', () => {
    expect(capitalise('årshjul')).toBe('Årshjul')
  })
  it('reads hex colours with or without #', () => {
    expect(hexOrNull('#005a9c')).toBe('005A9C')
    expect(hexOrNull('05a9c')).toBeNull()
  })
})
