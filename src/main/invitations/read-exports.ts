import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/**
 * Test support: the exports read back by Python's csv module, icalendar and email package
 * (read-exports.py), which share no code with the writers. Not used by the app.
 */

const PYTHON = '/usr/bin/python3'
const READER = fileURLToPath(new URL('./read-exports.py', import.meta.url))

export interface ReadCsv {
  bom: boolean
  crlf: boolean
  endsWithCrlf: boolean
  rows: string[][]
}

export interface ReadAttendee {
  email: string
  name: string | null
  role: string | null
  rsvp: string | null
  partstat: string | null
}

export interface ReadIcs {
  method: string | null
  vtimezones: string[]
  events: {
    uid: string
    sequence: number
    summary: string
    location: string | null
    dtstart: string
    tzid: string | null
    organizer: { email: string; name: string | null } | null
    attendees: ReadAttendee[]
  }[]
}

export interface ReadAddress {
  name: string
  email: string
}

export interface ReadAttachment {
  fileName: string | null
  contentType: string
  size: number
  zip: boolean
  zipNames?: string[]
  zipOk?: boolean
  calendar?: ReadIcs
}

export interface ReadEml {
  defects: string[]
  xUnsent: string | null
  subject: string | null
  from: ReadAddress[] | null
  to: ReadAddress[] | null
  cc: ReadAddress[] | null
  bcc: ReadAddress[] | null
  contentType: string
  text: string | null
  html: string | null
  attachments: ReadAttachment[]
}

function read<T>(kind: 'csv' | 'ics' | 'eml', bytes: Buffer): T {
  const run = spawnSync(PYTHON, [READER, kind], { input: bytes, maxBuffer: 64 * 1024 * 1024 })
  if (run.error) throw new Error(`${PYTHON} is needed to read the exports back: ${run.error.message}`)
  if (run.status !== 0) throw new Error(`read-exports.py ${kind} failed:\n${run.stderr.toString('utf8')}`)
  return JSON.parse(run.stdout.toString('utf8')) as T
}

export const readCsv = (bytes: Buffer) => read<ReadCsv>('csv', bytes)
export const readIcsFile = (bytes: Buffer) => read<ReadIcs>('ics', bytes)
export const readEml = (bytes: Buffer) => read<ReadEml>('eml', bytes)
