import { useState } from 'react'
import type { Result } from '../../../shared/result'
import { download } from './download'

interface FileResult {
  fileName: string
  content: string
  mimeType?: string
  encoding?: 'utf8' | 'base64'
}

/** Saves a file made in main, and keeps the refusal to show if it could not be made. */
export function useSaveFile() {
  const [error, setError] = useState<string | null>(null)
  async function save(made: Promise<Result<FileResult>>, mimeType = 'application/octet-stream') {
    const result = await made
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    setError(null)
    const { fileName, content, encoding } = result.value
    const type = result.value.mimeType ?? mimeType
    const body =
      encoding === 'base64' ? new Blob([Uint8Array.from(atob(content), (c) => c.charCodeAt(0))], { type }) : content
    download(fileName, body, type)
  }
  return { save, error }
}
