import { describe, expect, it } from 'vitest'
import { fileSize } from './files'

describe('fileSize', () => {
  it('shows small files in whole kilobytes, never 0', () => {
    expect(fileSize(10)).toEqual({ unit: 'kb', size: '1' })
    expect(fileSize(86_000)).toEqual({ unit: 'kb', size: '84' })
  })
  it('shows megabytes with a Norwegian decimal comma below 10, whole above', () => {
    expect(fileSize(2_400_000)).toEqual({ unit: 'mb', size: '2,3' })
    expect(fileSize(1024 * 1024)).toEqual({ unit: 'mb', size: '1,0' })
    expect(fileSize(24 * 1024 * 1024)).toEqual({ unit: 'mb', size: '24' })
  })
})
