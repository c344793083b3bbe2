import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'vite'

/**
 * Libraries for file formats (Word, Excel, PNG, calendar, mail) that the crash writer's writes never
 * touch. Loading them costs more than a second per process; the crash test starts hundreds.
 */
const fileFormatLibraries = [
  'docx',
  'exceljs',
  'mammoth',
  '@resvg/resvg-js',
  'ical-generator',
  'nodemailer/lib/mail-composer',
]

/**
 * Stands in for a library with the same export names: a proxy that can be read and extended at
 * load time, and throws the moment anything is called, so it can never change what a write does.
 */
async function stubPlugin(): Promise<Plugin> {
  const names = new Map<string, string[]>()
  for (const id of fileFormatLibraries) {
    const module = (await import(id)) as Record<string, unknown>
    names.set(
      id,
      Object.keys(module).filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n)),
    )
  }
  const prefix = '\0safety-stub:'
  return {
    name: 'safety-stubs',
    enforce: 'pre',
    resolveId: (id) => (names.has(id) ? prefix + id : null),
    load(id) {
      if (!id.startsWith(prefix)) return null
      const library = id.slice(prefix.length)
      return [
        `const stub = (path) => new Proxy(function () {}, {`,
        `  get: (_t, key) => (key === 'prototype' ? {} : typeof key === 'symbol' ? undefined : stub(path + '.' + key)),`,
        `  apply: () => { throw new Error(path + ' er ikke med i krasj-skriveren') },`,
        `  construct: () => { throw new Error(path + ' er ikke med i krasj-skriveren') },`,
        `})`,
        `export default stub(${JSON.stringify(library)})`,
        ...(names.get(library) ?? []).map((n) => `export const ${n} = stub(${JSON.stringify(`${library}.${n}`)})`),
      ].join('\n')
    },
  }
}

/**
 * Bundles the crash writer into one ES module in `outDir`: everything inlined (one file loads far
 * faster than hundreds of package files) except better-sqlite3, which is native.
 */
export async function buildCrashWriter(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [await stubPlugin()],
    ssr: { noExternal: true, external: ['better-sqlite3'] },
    build: {
      ssr: fileURLToPath(new URL('./crash-writer.ts', import.meta.url)),
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'crash-writer.mjs', format: 'es' } },
    },
  })
  return join(outDir, 'crash-writer.mjs')
}
