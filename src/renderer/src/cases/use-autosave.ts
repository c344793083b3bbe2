import { useCallback, useEffect, useState } from 'react'

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error'

interface Report {
  state: SaveStatus
  error: string | null
}

/** A rejection's words: an Error's message, or the message of a refusal object from the API. */
function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
    return error.message
  return String(error)
}

/**
 * The saving behind one autosaved value, apart from React: a debounce timer, at most one save in
 * flight, and the JSON of what is known to be stored so equal values are never saved twice.
 */
class Autosaver<T> {
  private save: (value: T) => Promise<void>
  private delayMs: number
  private report: (report: Report) => void = () => {}
  private latest: T
  private latestJson: string
  private savedJson: string
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight: Promise<void> | null = null
  private error: string | null = null

  constructor(initial: T, save: (value: T) => Promise<void>, delayMs: number) {
    this.latest = initial
    this.latestJson = JSON.stringify(initial)
    this.savedJson = this.latestJson
    this.save = save
    this.delayMs = delayMs
  }

  /** Takes the latest render's save function, delay and listener. */
  configure(save: (value: T) => Promise<void>, delayMs: number, report: (report: Report) => void) {
    this.save = save
    this.delayMs = delayMs
    this.report = report
  }

  change(value: T) {
    const json = JSON.stringify(value)
    if (json === this.latestJson) return
    this.latest = value
    this.latestJson = json
    this.clearTimer()
    // Scheduled even when a save is running or the value is back to the stored one: `flush`
    // waits for the running save and then decides against what is stored by then.
    this.timer = setTimeout(() => void this.flush().catch(() => {}), this.delayMs)
    this.emit()
  }

  /** Saves the latest value now, after any save in flight; rejects if that save fails. */
  async flush(): Promise<void> {
    this.clearTimer()
    while (this.inFlight) await this.inFlight.catch(() => {})
    if (this.latestJson === this.savedJson) {
      this.emit()
      return
    }
    const json = this.latestJson
    const saving = this.save(this.latest).then(
      () => {
        this.savedJson = json
        this.error = null
      },
      (error: unknown) => {
        this.error = messageOf(error)
        throw error
      },
    )
    this.inFlight = saving.finally(() => {
      this.inFlight = null
      this.emit()
    })
    this.emit()
    return this.inFlight
  }

  private clearTimer() {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }

  private emit() {
    const dirty = this.latestJson !== this.savedJson
    if (this.inFlight) this.report({ state: 'saving', error: null })
    // A failure stays on screen while the text still differs from what is stored, until the retry.
    else if (dirty && this.error !== null) this.report({ state: 'error', error: this.error })
    else this.report({ state: dirty ? 'unsaved' : 'saved', error: null })
  }
}

/**
 * Saves `value` `delayMs` after it last changed, one save at a time; a change during a save is
 * saved after it. The first value is taken as already stored. Values are compared as JSON, so an
 * equal copy saves nothing. A failed save shows as 'error' and is tried again on the next change
 * or `flush`. Pending changes are saved on unmount and when the window closes.
 *
 * Give the component a `key` per record (`key={caseId}`): the hook saves whatever it holds with
 * the latest `save`, so switching records in place would save one record's text to the other.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  opts?: { delayMs?: number },
): { state: SaveStatus; error: string | null; flush: () => Promise<void> } {
  const delayMs = opts?.delayMs ?? 600
  const [saver] = useState(() => new Autosaver(value, save, delayMs))
  const [report, setReport] = useState<Report>({ state: 'saved', error: null })

  // Runs before the change below, so a change is always saved with the save of its own render.
  useEffect(() => {
    saver.configure(save, delayMs, (next) =>
      setReport((current) => (current.state === next.state && current.error === next.error ? current : next)),
    )
  })

  useEffect(() => saver.change(value), [saver, value])

  useEffect(() => {
    const leave = () => void saver.flush().catch(() => {})
    window.addEventListener('beforeunload', leave)
    window.addEventListener('pagehide', leave)
    return () => {
      window.removeEventListener('beforeunload', leave)
      window.removeEventListener('pagehide', leave)
      leave()
    }
  }, [saver])

  const flush = useCallback(() => saver.flush(), [saver])
  return { state: report.state, error: report.error, flush }
}
