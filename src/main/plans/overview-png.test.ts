import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isPng } from '../../shared/documents'
import { fixtureMatrix } from './matrix-fixture'
import { overviewPng, overviewSvg } from './overview-png'

/** The overview picture for slides, from the seed-shaped matrix. SHOW_DOCS=<folder> keeps the PNGs. */

const keep = (name: string, png: Buffer) => {
  const folder = process.env.SHOW_DOCS
  if (!folder) return
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, name), png)
}

describe('the overview picture', () => {
  it('is a 1600×900 PNG', () => {
    const png = overviewPng(overviewSvg(fixtureMatrix()))
    keep('overview.png', png)
    expect(isPng(png)).toBe(true)
    expect(png.readUInt32BE(16)).toBe(1600)
    expect(png.readUInt32BE(20)).toBe(900)
  })

  it('writes the title, the review, every focus area and the counts in words beside the colours', () => {
    const svg = overviewSvg(fixtureMatrix())
    expect(svg).toContain('Status handlingsplan: Handlingsplan SSU 2023–2026')
    expect(svg).toContain('Årlig gjennomgang 2025 · 19.11.2025')
    for (const word of ['Gjennomført', 'Startet/pågående', 'Ikke påbegynt', 'Utgår', 'Ingen status']) {
      expect(svg).toContain(`>${word}<`)
    }
    expect(svg).toContain('1  Tjenesteinnovasjon')
    expect(svg).toContain('Hele planen')
    expect(svg).toContain('Gjennomført 2 (50 %)')
    expect(svg).toContain('8 tiltak')
    expect(svg).toContain('38 % gjennomført')
  })

  it('draws a plan without a review, and an empty plan, without failing', () => {
    const noReview = { ...fixtureMatrix(), reviews: [], reviewId: null, previousReviewId: null }
    noReview.rows = noReview.rows.map((r) => ({ ...r, status: null }))
    const svg = overviewSvg(noReview)
    expect(svg).toContain('Ingen statusgjennomgang ennå')
    expect(svg).toContain('Ingen status 8 (100 %)')
    keep('overview-no-review.png', overviewPng(svg))
    const empty = overviewSvg({ ...fixtureMatrix(), rows: [] })
    expect(empty).toContain('Planen har ingen fokusområder ennå.')
    expect(isPng(overviewPng(empty))).toBe(true)
  })
})
