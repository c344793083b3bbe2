import { describe, expect, it } from 'vitest'
import { contract } from './contract'
import { validate } from './validation'

const personInput = contract['people.save'].input
const membershipInput = contract['memberships.save'].input

describe('validation messages name the field in Norwegian', () => {
  it('says a required field must be filled in', () => {
    const result = validate(personInput, { name: '   ' })
    expect(result).toEqual({ ok: false, error: { code: 'validation', field: 'name', message: 'Navn må fylles ut.' } })
  })

  it('says a missing field must be filled in', () => {
    const result = validate(contract['roles.save'].input, { title: 'Ordfører', kind: 'ordforer' })
    expect(result.ok ? null : result.error).toMatchObject({
      field: 'organisationId',
      message: 'Organisasjon må fylles ut.',
    })
  })

  it('rejects a malformed e-mail address', () => {
    const result = validate(personInput, { name: 'Kari', email: 'kari@' })
    expect(result.ok ? null : result.error).toMatchObject({
      field: 'email',
      message: 'E-post er ikke en gyldig e-postadresse.',
    })
  })

  it('rejects a date that does not exist', () => {
    const result = validate(contract['roles.assignHolder'].input, { roleId: 1, personId: 1, fromDate: '2026-02-30' })
    expect(result.ok ? null : result.error).toMatchObject({
      field: 'fromDate',
      message: 'Fra dato må være en gyldig dato, f.eks. 23.11.2026.',
    })
  })

  it('rejects an end before the start', () => {
    const result = validate(contract['roles.assignHolder'].input, {
      roleId: 1,
      personId: 1,
      fromDate: '2026-03-01',
      toDate: '2026-02-01',
    })
    expect(result.ok ? null : result.error).toMatchObject({
      field: 'toDate',
      message: 'Til dato kan ikke være før fra-datoen.',
    })
  })

  it('rejects too long text with the limit', () => {
    const result = validate(personInput, { name: 'x'.repeat(201) })
    expect(result.ok ? null : result.error?.message).toBe('Navn kan ha høyst 200 tegn.')
  })

  it('rejects control characters', () => {
    const result = validate(personInput, { name: 'Kari\u0000' })
    expect(result.ok ? null : result.error?.message).toBe('Navn inneholder ugyldige tegn.')
  })

  it('rejects unknown fields', () => {
    const result = validate(personInput, { name: 'Kari', admin: true })
    expect(result.ok ? null : result.error?.message).toBe('Ukjent felt: admin.')
  })

  it('keeps the message about unknown fields short, whatever the fields are called', () => {
    const input = { name: 'Kari', ['x'.repeat(100_000)]: 1, a: 1, b: 1, c: 1, d: 1, e: 1 }
    const result = validate(personInput, input)
    expect(result.ok ? null : result.error?.message).toBe(`Ukjent felt: ${'x'.repeat(40)}…, a, b, c, d, ….`)
  })

  it('rejects a case label format without the number or year', () => {
    const result = validate(contract['bodies.save'].input, {
      name: 'SSU',
      shortCode: 'SSU',
      level: 'strategisk',
      caseLabelFormat: 'Sak {nr}',
    })
    expect(result.ok ? null : result.error).toMatchObject({
      field: 'caseLabelFormat',
      message: 'Format for saksnummer må inneholde {nr} og {år}, f.eks. «SSU-sak {nr}/{år}».',
    })
  })

  it('requires a seat to be a person or a role, not both', () => {
    const result = validate(membershipInput, {
      bodyId: 1,
      member: { personId: 1, roleId: 2 },
      fromDate: '2026-01-01',
    })
    expect(result.ok ? null : result.error).toMatchObject({
      field: 'member',
      message: 'Medlem: velg enten en person eller et verv.',
    })
  })

  it('refuses a deputy that is the member', () => {
    const result = validate(membershipInput, {
      bodyId: 1,
      member: { personId: 1, roleId: null },
      fromDate: '2026-01-01',
      personalDeputy: { personId: 1, roleId: null },
    })
    expect(result.ok ? null : result.error).toMatchObject({ field: 'personalDeputy' })
  })

  it('fills defaults on valid input', () => {
    const result = validate(personInput, { name: ' Kari Nordmann ' })
    expect(result).toEqual({
      ok: true,
      value: { name: 'Kari Nordmann', title: '', organisationId: null, email: '', phone: '', notes: '' },
    })
  })
})
