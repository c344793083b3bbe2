import { describe, expect, it } from 'vitest'
import { isPng } from './documents'

const header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]

describe('a logo', () => {
  it('is known as a PNG by its signature and its IHDR chunk, whatever the file is called', () => {
    expect(isPng(new Uint8Array([...header, 0, 0, 0, 1, 0, 0, 0, 1]))).toBe(true)
    expect(isPng(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...header.slice(4), 0, 0, 0, 0, 0, 0, 0, 0]))).toBe(false)
    expect(isPng(new Uint8Array(header.slice(0, 8)))).toBe(false)
  })
})
