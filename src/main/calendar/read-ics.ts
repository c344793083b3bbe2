import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/**
 * The files are read back by Python's icalendar module (Debian's python3-icalendar), which shares no code with
 * ical-generator, so a file that only our own generator understands fails here.
 */
const PYTHON = '/usr/bin/python3'
const READER = fileURLToPath(new URL('./read-ics.py', import.meta.url))

export interface ParsedPerson {
  email: string
  name: string | null
  role: string | null
  rsvp: string | null
}

export interface ParsedEvent {
  uid: string
  sequence: number
  summary: string | null
  description: string | null
  location: string | null
  url: string | null
  status: string | null
  dtstamp: string | null
  dtstart: string | null
  dtend: string | null
  tzid: string | null
  dtstartByVtimezone: string | null
  organizer: ParsedPerson | null
  attendees: ParsedPerson[]
}

export interface ParsedCalendar {
  method: string | null
  prodid: string | null
  name: string | null
  calendarName: string | null
  vtimezones: string[]
  events: ParsedEvent[]
}

let parserChecked = false

/** Fails (never skips) when the parser is missing, so a machine without it cannot pass these tests. */
function requireParser(): void {
  if (parserChecked) return
  const check = spawnSync(PYTHON, ['-c', 'import icalendar'], { encoding: 'utf8' })
  if (check.status !== 0) {
    throw new Error(
      `The .ics tests read files back with Python's icalendar module under ${PYTHON}, which is missing ` +
        `(${check.error?.message ?? check.stderr.trim()}). Install it with: apt-get install -y python3-icalendar`,
    )
  }
  parserChecked = true
}

export function readIcs(ics: string): ParsedCalendar {
  requireParser()
  const run = spawnSync(PYTHON, [READER], { input: ics, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`read-ics.py failed:\n${run.stderr}`)
  return JSON.parse(run.stdout) as ParsedCalendar
}
