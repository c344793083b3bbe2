import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          // The Electron shell, and the same handlers served over HTTP for web mode.
          index: resolve('src/main/index.ts'),
          web: resolve('src/main/web/cli.ts'),
          // `npm run bench`: the same code, timed.
          bench: resolve('src/main/bench.ts'),
          // The worker thread for long read-only work (src/main/work/), beside the entries.
          'work-worker': resolve('src/main/work/worker-entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    build: { rollupOptions: { input: resolve('src/renderer/index.html') } },
    plugins: [react()],
  },
})
