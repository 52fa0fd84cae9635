// ESLint flat config: typescript-eslint (type-aware where it matters), the Office add-in rules,
// and the boundary rule that keeps src/core pure (DESIGN.md: nothing in core imports from outside).
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

// Outside the core, nothing imports a core module directly: the core's one public face is src/core/index.ts.
const CORE_FACE = { regex: '(^|/)core/.+', message: 'Import the core through its public face (src/core/index.ts), not a module inside it.' };
const HOSTS = ['excel', 'wps', 'xlsx'];
/** A host folder imports the core, ../port and ../shared (the host middle), never another host folder. */
function hostBoundary(host) {
  const others = HOSTS.filter((h) => h !== host);
  return {
    files: [`src/host/${host}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [CORE_FACE, { regex: `(^|/)(${others.join('|')})(/|$)`, message: `src/host/${host} does not import another host's folder: move what both need into src/host/shared.` }] }],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-tsc/**', 'out/**', 'coverage/**', 'test-results/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'office-addins': officeAddins },
    rules: {
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'warn',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSAsExpression[typeAnnotation.type="TSUnknownKeyword"]', message: 'No `as unknown as` casts: narrow the type instead.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/host/**', '**/ui/**', '**/commands/**', '**/cli/**'], message: 'src/core is pure: it imports nothing from outside src/core.' },
            { group: ['exceljs', 'react', 'react-dom', 'react/*', '@fluentui/*', 'office-*', '@microsoft/*', 'comlink'], message: 'src/core is pure: no Office, WPS, exceljs or React.' },
            { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'util', 'stream', 'buffer', 'url', 'events', 'zlib'], message: 'src/core is pure: no Node modules.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Office', message: 'src/core is pure.' }, { name: 'Excel', message: 'src/core is pure.' }, { name: 'wps', message: 'src/core is pure.' }, { name: 'Application', message: 'src/core is pure.' }, { name: 'window', message: 'src/core is pure.' }, { name: 'document', message: 'src/core is pure.' }, { name: 'process', message: 'src/core is pure.' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'The core never reads the clock.' }, { object: 'Math', property: 'random', message: 'The core never uses random numbers.' }],
    },
  },
  {
    // The core's one public face (src/core/index.ts): outside the core, nothing imports a core module directly.
    files: ['src/**/*.ts', 'src/**/*.tsx', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [CORE_FACE] }],
    },
  },
  ...HOSTS.map(hostBoundary),
  {
    // The host middle is pure and shared: no host folder, no Office, WPS or exceljs.
    files: ['src/host/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            CORE_FACE,
            { regex: '(^|/)(excel|wps|xlsx)(/|$)', message: 'src/host/shared is used by every host: it imports no host folder.' },
            { group: ['exceljs', 'office-*', '@microsoft/*'], message: 'src/host/shared is pure: no Office, WPS or exceljs.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Office', message: 'src/host/shared is pure.' }, { name: 'Excel', message: 'src/host/shared is pure.' }, { name: 'wps', message: 'src/host/shared is pure.' }],
    },
  },
  {
    // The vendor's WPS typings (et-jsapi-declare) declare the globals Application and wps for the whole
    // program, but they exist only inside WPS: code reaches them through wpsApplication(globalThis) only.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Application', message: 'Only inside WPS: use wpsApplication() (src/host/wps/wps-host.ts).' },
        { name: 'wps', message: 'Only inside WPS: use wpsApplication() / the WPS shell (src/commands/wps).' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', '**/*.test.ts', '**/*.test.tsx', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/explicit-module-boundary-types': 'off' },
  },
);
