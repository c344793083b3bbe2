import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'migrations/**/*.test.ts'],
    environment: 'node',
    // Each test opens its own SQLite file; a few tests build workspaces of thousands of rows.
    testTimeout: 30_000,
  },
})
