// Renders the first page of every kind of Word document the demo makes, as LibreOffice prints it,
// for the README and for looking at them: `npm run build && node scripts/document-pages.mjs [out-folder]`.
// Needs LibreOffice (soffice) and poppler (pdftoppm).
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

const out = process.argv[2] ?? 'docs/documents'
mkdirSync(out, { recursive: true })
const data = mkdtempSync(join(tmpdir(), 'sekretariat-pages-'))
const token = 'sider'
const server = spawn(
  process.execPath,
  ['out/main/web.js', '--port', '0', '--data', data, '--today', '2026-11-23', '--token', token],
  { stdio: ['ignore', 'pipe', 'inherit'] },
)
const url = new URL(await new Promise((resolve) => createInterface({ input: server.stdout }).once('line', resolve)))

async function call(name, input) {
  const response = await fetch(new URL(`/api/${name}`, url.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  })
  const result = await response.json()
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value
}

try {
  await call('workspace.create', { template: 'demo', name: 'Helsefellesskapet i Agder (demo)' })
  const meetings = await call('meetings.list', { year: 2026 })
  const oss = meetings.filter((m) => m.bodyShortCode === 'OSS')
  const held = oss.find((m) => m.number === 4)
  const next = oss.find((m) => m.number === 5)
  const budget = (await call('cases.list', { search: 'Budsjett for sekretariatet' }))[0]
  const partnership = meetings.find((m) => m.bodyShortCode === 'PM' && m.date.slice(5, 7) === '10')
  const [plan] = await call('plans.list', {})
  const wanted = [
    ['innkalling', { kind: 'notice', id: held.id }],
    ['saksfremlegg', { kind: 'caseDocument', id: budget.id }],
    ['protokoll', { kind: 'minutes', id: held.id }],
    ['motepakke', { kind: 'package', id: next.id }],
    ['arshjul', { kind: 'yearlyPlan', year: 2026 }],
    ['oppfolgingsliste', { kind: 'followUps' }],
    ['deltakerliste', { kind: 'participants', id: partnership.id }],
    ['handlingsplan-vedlegg-1', { kind: 'actionPlan', id: plan.id }],
  ]
  const work = mkdtempSync(join(tmpdir(), 'sekretariat-docx-'))
  const files = []
  for (const [name, request] of wanted) {
    const file = await call('documents.make', request)
    const path = join(work, `${name}.docx`)
    writeFileSync(path, Buffer.from(file.content, 'base64'))
    files.push([name, path])
  }
  const profile = `file://${join(work, 'lo')}`
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      ...files.map(([, p]) => p),
    ],
    {
      stdio: 'ignore',
    },
  )
  for (const [name] of files) {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(work, `${name}.pdf`),
      join(out, name),
    ])
  }
  rmSync(work, { recursive: true, force: true })
} finally {
  server.kill()
  rmSync(data, { recursive: true, force: true })
}
console.log(`Dokumentsider i ${out}`)
