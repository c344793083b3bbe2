import { writeSync } from 'node:fs'
import { docFromText } from '../../shared/rich-text'
import { invoke } from '../api'
import { openWorkspace } from '../open-workspace'
import { seededRandom } from './seeded'

/**
 * The victim of the crash test, run as its own process: opens the workspace in the data folder
 * given as argument, then writes through `invoke` (the same path as IPC and HTTP) as fast as it can
 * until it is killed. After each write the handler confirmed, it prints one JSON line saying what
 * was written. Before each write it prints the intent, so the test knows which value may or may not
 * have reached the disk when the process died mid-write.
 *
 *   node crash-writer.mjs <data folder> <seed> <run>
 */

export type Written =
  | { op: 'person'; id: number; name: string; email: string }
  | { op: 'title'; id: number; title: string }
  | { op: 'meeting'; id: number; bodyId: number; date: string; place: string }
  | { op: 'case'; id: number; bodyId: number; title: string }
  | { op: 'agenda'; meetingId: number; caseId: number }
  | { op: 'respond'; meetingId: number; personId: number; status: string; reason: string }
  | { op: 'status'; reviewId: number; nodeId: number; comment: string }

export type Line = { ready: true } | { intent: Written } | { done: Written }

// Synchronous writes to fd 1: nothing is left in a buffer when the process dies.
const say = (line: Line) => writeSync(1, `${JSON.stringify(line)}\n`)

async function main() {
  const [folder, seedText, runText] = process.argv.slice(2)
  const next = seededRandom(Number(seedText))
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]
  const run = Number(runText)
  const ctx = await openWorkspace(folder, { appVersion: '0.0.0-krasj', now: () => new Date('2026-11-23T10:00:00Z') })

  const all = <T>(query: string) => ctx.sqlite.prepare(query).raw().all() as T[]
  const bodies = all<[number]>("select id from body where level <> 'konferanse'").map((r) => r[0])
  const invitations = all<[number, number]>('select meeting_id, person_id from invitation')
  const statuses = all<[number, number]>(
    `select r.id, n.id from plan_review r join plan_node n on n.plan_id = r.plan_id where n.level = 'measure'`,
  )
  const people: { id: number; name: string; email: string }[] = []
  const meetings: { id: number; bodyId: number }[] = []
  const cases: { id: number; bodyId: number }[] = []
  say({ ready: true })

  for (let i = 0; ; i++) {
    const token = `${run}-${i}`
    const choice = next()
    const call = async (name: string, input: unknown) => {
      const result = await invoke(ctx, name, input)
      if (!result.ok) writeSync(2, `${name} avvist: ${result.error.message}\n`)
      return result
    }
    if (choice < 0.2 || people.length === 0) {
      const person = { name: `Krasj Person ${token}`, email: `p${token}@krasj.example` }
      const result = await call('people.save', { ...person, title: 'Rådgiver' })
      if (result.ok) {
        const id = (result.value as { id: number }).id
        people.push({ id, ...person })
        say({ done: { op: 'person', id, ...person } })
      }
    } else if (choice < 0.35) {
      const person = pick(people)
      const written: Written = { op: 'title', id: person.id, title: `Tittel ${token}` }
      say({ intent: written })
      // people.save replaces the whole person, so it gets what the person already has.
      const result = await call('people.save', { ...person, title: written.title })
      if (result.ok) say({ done: written })
    } else if (choice < 0.5 || meetings.length === 0) {
      const bodyId = pick(bodies)
      const date = `2027-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`
      const place = `Møterom ${token}`
      const result = await call('meetings.save', { bodyId, date, startTime: '09:00', endTime: '11:00', place })
      if (result.ok) {
        const id = (result.value as { id: number }).id
        meetings.push({ id, bodyId })
        say({ done: { op: 'meeting', id, bodyId, date, place } })
      }
    } else if (choice < 0.65 || cases.length === 0) {
      const bodyId = meetings.length > 0 && next() < 0.7 ? pick(meetings).bodyId : pick(bodies)
      const title = `Krasjsak ${token}`
      const result = await call('cases.save', { bodyId, title, background: docFromText(`Bakgrunn ${token}`) })
      if (result.ok) {
        const id = (result.value as { id: number }).id
        cases.push({ id, bodyId })
        say({ done: { op: 'case', id, bodyId, title } })
      }
    } else if (choice < 0.75) {
      const meeting = pick(meetings)
      const candidates = cases.filter((c) => c.bodyId === meeting.bodyId)
      if (candidates.length === 0) continue
      const caseItem = candidates.splice(Math.floor(next() * candidates.length), 1)[0]
      cases.splice(cases.indexOf(caseItem), 1)
      const written: Written = { op: 'agenda', meetingId: meeting.id, caseId: caseItem.id }
      const result = await call('agenda.addCase', { meetingId: meeting.id, caseId: caseItem.id })
      if (result.ok) say({ done: written })
    } else if (choice < 0.88 && invitations.length > 0) {
      const [meetingId, personId] = pick(invitations)
      const status = pick(['accepted', 'declined', 'noAnswer'])
      const reason = status === 'declined' ? `Grunn ${token}` : ''
      const written: Written = { op: 'respond', meetingId, personId, status, reason }
      say({ intent: written })
      const result = await call('invitations.respond', { meetingId, personId, status, reason })
      if (result.ok) say({ done: written })
    } else if (statuses.length > 0) {
      const [reviewId, nodeId] = pick(statuses)
      const written: Written = { op: 'status', reviewId, nodeId, comment: `Kommentar ${token}` }
      say({ intent: written })
      const result = await call('reviews.setStatus', {
        reviewId,
        nodeId,
        status: pick(['red', 'yellow', 'green']),
        comment: written.comment,
      })
      if (result.ok) say({ done: written })
    }
  }
}

main().catch((error: unknown) => {
  writeSync(2, `krasj-skriver feilet: ${String(error)}\n`)
  process.exit(1)
})
