import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Folder rules keep the layers honest: pure domain code, and a renderer that cannot reach main. */
const noIo = {
  patterns: [
    {
      group: ['electron', 'better-sqlite3', 'kysely', 'docx', 'node:*', 'fs', 'path'],
      message: 'src/main/domain er ren kode uten I/O.',
    },
    {
      group: ['**/db/*', '**/api/*', '**/documents/*', '**/web/*'],
      message: 'src/main/domain importerer ikke lag med I/O.',
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      '.tmp/**',
      'dist/**',
      'node_modules/**',
      'playwright-report/**',
      'test-results/**',
      '.electron-native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/main/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noIo] },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'better-sqlite3', 'kysely', 'node:*', 'react', '**/main/*', '**/renderer/*'],
              message: 'src/shared deles av alle lag og importerer ingen av dem.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', 'electron', 'better-sqlite3', 'kysely', 'node:*'],
              message: 'Rendereren snakker med main bare gjennom API-kontrakten i src/shared.',
            },
          ],
        },
      ],
    },
  },
)
