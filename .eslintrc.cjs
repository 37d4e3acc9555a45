/**
 * Lint enforces the architecture (docs/architecture.md lists each arrow and its rule): imports
 * flow domain → api → features → pages (ui and platform are leaves features/pages may use),
 * src/domain stays free of Taro, no cycles; a feature meets another only through its index.ts;
 * the fake backend and the contract core see only the api contract; build-time switches are
 * read in src/platform and src/config.ts; per-platform files (*.h5.ts, *.weapp.ts) live in src/platform.
 */
const fs = require('fs')
const path = require('path')

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) })

/** One zone per feature: another feature's folder is closed to it, except that feature's index.ts. */
const FEATURES = fs
  .readdirSync(path.join(__dirname, 'src/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
const featureZones = FEATURES.map((name) =>
  zone(
    `./src/features/${name}`,
    './src/features',
    'features meet through their index.ts: import another feature from @/features/<name>, not its internals',
    [`./${name}`, ...FEATURES.filter((other) => other !== name).map((other) => `./${other}/index.ts`)],
  ),
)

/**
 * process.env and TARO_ENV are read only in src/platform and src/config.ts. Allowed anywhere:
 * exactly `process.env.TARO_APP_DEMO === '1'` and `process.env.TARO_APP_API_MODE === 'mock'`,
 * the build-time gates that must stay literals at a require site, since webpack drops a
 * require only behind a literal condition (a constant imported from src/config.ts would keep
 * demo code in release builds).
 */
const ENV_GATES =
  ":not(BinaryExpression[operator='==='][right.value='1'] > MemberExpression.left[property.name='TARO_APP_DEMO'])" +
  ":not(BinaryExpression[operator='==='][right.value='mock'] > MemberExpression.left[property.name='TARO_APP_API_MODE'])"
const envRules = [
  {
    selector: `MemberExpression[object.type='MemberExpression'][object.object.name='process'][object.property.name='env']${ENV_GATES}`,
    message:
      "read settings from src/config.ts and the platform from src/platform (e.g. IS_H5). Only the build-time gates `process.env.TARO_APP_DEMO === '1'` and `process.env.TARO_APP_API_MODE === 'mock'` may appear elsewhere: webpack drops a require only behind a literal condition.",
  },
  {
    selector: "MemberExpression[object.name='process'][property.name='env']:not(MemberExpression[computed=false] > MemberExpression.object)",
    message: 'read settings from src/config.ts and the platform from src/platform, not process.env as a whole',
  },
]
const platformFileRule = {
  selector: 'Program',
  message: 'per-platform files (*.h5.ts, *.weapp.ts) live in src/platform: put the platform part there and import it',
}

module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  plugins: ['@typescript-eslint', 'react-hooks', 'import'],
  extends: ['eslint:recommended', 'plugin:@typescript-eslint/recommended'],
  env: { es2022: true, node: true },
  settings: {
    'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
    'import/internal-regex': '^@(/|mock/|core/)',
  },
  rules: {
    // formatting is Prettier's job (its leading ';' before '(' and '[' is not an error)
    'no-extra-semi': 'off',
    'react-hooks/rules-of-hooks': 'error',
    'react-hooks/exhaustive-deps': 'error',
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    '@typescript-eslint/no-require-imports': 'off',
    '@typescript-eslint/no-var-requires': 'off',
    'import/no-cycle': ['error', { ignoreExternal: true }],
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          zone('./src/domain', './src/api', 'domain is pure rules: it may not import the api layer'),
          zone('./src/domain', './src/features', 'domain may not import features'),
          zone('./src/domain', './src/pages', 'domain may not import pages'),
          zone('./src/domain', './src/platform', 'domain may not import platform code'),
          zone('./src/domain', './src/stores', 'domain may not import stores'),
          zone('./src/domain', './src/ui', 'domain may not import ui'),
          zone('./src/domain', './mock', 'domain may not import the fake backend'),
          zone('./src/api', './src/features', 'api may not import features'),
          zone('./src/api', './src/pages', 'api may not import pages'),
          zone('./src/api', './src/stores', 'api may not import stores'),
          zone('./src/api', './src/ui', 'api may not import ui'),
          zone('./src/lib', './src/api', 'lib holds generic helpers: no api'),
          zone('./src/lib', './src/features', 'lib may not import features'),
          zone('./src/lib', './src/pages', 'lib may not import pages'),
          zone('./src/lib', './src/stores', 'lib may not import stores'),
          zone('./src/lib', './src/ui', 'lib holds generic helpers: no ui'),
          zone('./src/lib', './mock', 'lib may not import the fake backend'),
          zone('./src/ui', './src/api', 'ui is presentational: no api'),
          zone('./src/ui', './src/features', 'ui may not import features'),
          zone('./src/ui', './src/pages', 'ui may not import pages'),
          zone('./src/ui', './src/stores', 'ui is presentational: no stores (the app passes values in as props or through a context, e.g. DisplayPrefsProvider)'),
          zone('./src/ui', './mock', 'ui may not import the fake backend'),
          zone('./src/features', './src/pages', 'features may not import pages'),
          zone('./src/features', './mock', 'features may not import the fake backend: tester levers come through src/api/tester-controls.ts'),
          zone('./src/pages', './mock', 'pages may not import the fake backend'),
          zone('./src/packages', './mock', 'pages may not import the fake backend'),
          ...featureZones,
          zone('./src/stores', './src/features', 'stores may not import features'),
          zone('./src/stores', './src/pages', 'stores may not import pages'),
          zone('./src/stores', './src/ui', 'stores may not import ui'),
          // the outbox store persists the api's own outbox (an adapter): the one store allowed past the contract
          zone('./src/stores/!(outbox-store).ts', ['./src/api/!(contract)*', './src/api/!(contract)/**'], 'stores may import only the api contract (src/api/contract), not the adapters'),
          zone('./src/platform', './src/features', 'platform may not import features'),
          zone('./src/platform', './src/pages', 'platform may not import pages'),
          zone('./src/platform', './src/api', 'platform is a leaf: no api (callers pass what it needs, e.g. the face step simulator lives in the identity feature)'),
          zone('./src/platform', './src/stores', 'platform is a leaf: no stores'),
          zone('./src/platform', './src/ui', 'platform is a leaf: no ui'),
          zone('./core', './mock', 'the contract core may not import the fake backend (mock/ imports core)'),
          zone('./core', './src/features', 'the contract core may not import app features'),
          zone('./core', './src/pages', 'the contract core may not import pages'),
          zone('./core', './src/stores', 'the contract core may not import stores'),
          zone('./core', './src/platform', 'the contract core may not import platform code'),
          zone('./core', './src/ui', 'the contract core may not import ui'),
          zone('./core', './src/lib', 'the contract core may not import app helpers'),
          zone('./core', './src/api', 'the contract core may import only the api contract (src/api/contract)', ['./contract']),
          zone('./src/domain', './core', 'domain may not import the contract core'),
          zone('./mock', './src/features', 'the fake backend may not import app features'),
          zone('./mock', './src/pages', 'the fake backend may not import pages'),
          zone('./mock', './src/stores', 'the fake backend may not import stores'),
          zone('./mock', './src/platform', 'the fake backend may not import platform code'),
          zone('./mock', './src/api', 'the fake backend may import only the api contract (src/api/contract), not the adapters', ['./contract']),
          zone('./src', './server', 'the app may not import the production server'),
          zone('./core', './server', 'the contract core may not import the production server (server/ imports core)'),
          zone('./mock', './server', 'the fake backend may not import the production server'),
          zone('./server', './src/features', 'the server may not import app features'),
          zone('./server', './src/pages', 'the server may not import pages'),
          zone('./server', './src/stores', 'the server may not import stores'),
          zone('./server', './src/platform', 'the server may not import platform code'),
          zone('./server', './src/ui', 'the server may not import ui'),
          zone('./server', './src/lib', 'the server may not import app helpers'),
          zone('./server', './src/api', 'the server may import only the api contract (and the Open311 client)', ['./contract', './open311']),
          zone('./server', './mock/msw', 'the server may use the fake backend only for demo seeds, fake WeChat sign-in codes and tester faults'),
          zone('./server', './mock/server', 'the server may use the fake backend only for demo seeds, fake WeChat sign-in codes and tester faults'),
        ],
      },
    ],
  },
  overrides: [
    {
      files: ['src/domain/**/*.ts'],
      rules: {
        'no-restricted-imports': ['error', { patterns: [{ group: ['@tarojs/*', 'react', 'react-dom'], message: 'src/domain is pure TypeScript: no Taro or React.' }] }],
      },
    },
    {
      files: ['src/**/*.{ts,tsx}'],
      excludedFiles: ['src/platform/**', 'src/config.ts'],
      rules: { 'no-restricted-syntax': ['error', ...envRules] },
    },
    {
      files: ['src/**/*.{h5,weapp}.{ts,tsx}'],
      excludedFiles: ['src/platform/**'],
      rules: { 'no-restricted-syntax': ['error', ...envRules, platformFileRule] },
    },
    {
      files: ['test/**/*.{ts,tsx}'],
      env: { jest: true },
      rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
    },
  ],
  // test/lint/fixtures: deliberately wrong imports, linted by test/lint/zones.test.ts only
  ignorePatterns: ['dist/', 'node_modules/', '*.generated.ts', 'test/lint/fixtures/'],
}
