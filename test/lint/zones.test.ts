/**
 * The lint zones hold: ESLint, with the project's own .eslintrc.cjs, runs on fixture files laid
 * out like the repository (test/lint/fixtures: src/features, src/ui, mock/, …). Each zone has one
 * deliberately wrong file, which must be reported by the zone's rule, and one allowed file,
 * which must report nothing. `npm run lint` ignores the fixtures; this test lints them.
 */
import path from 'path'
import { ESLint, type Linter } from 'eslint'

const ROOT = path.resolve(__dirname, '../..')
const FIXTURES = path.join(__dirname, 'fixtures')

/** The project's config with the zones' paths resolved against the fixture tree instead of the repository. */
function fixtureConfig(): Linter.Config {
  const config = JSON.parse(JSON.stringify(require(path.join(ROOT, '.eslintrc.cjs')))) as Linter.Config
  const zones = (config.rules!['import/no-restricted-paths'] as [string, { basePath?: string }])[1]
  zones.basePath = FIXTURES
  config.settings = { ...config.settings, 'import/resolver': { typescript: { project: path.join(ROOT, 'tsconfig.json') } } }
  return config
}

let results: Map<string, Linter.LintMessage[]>

beforeAll(async () => {
  // ESLint 8's eslintrc options (the installed type definitions describe the flat-config API)
  const options = { cwd: FIXTURES, useEslintrc: false, baseConfig: fixtureConfig(), ignore: false }
  const eslint = new ESLint(options as ConstructorParameters<typeof ESLint>[0])
  const linted = await eslint.lintFiles(['src/**/*.ts', 'mock/**/*.ts'])
  results = new Map(linted.map((r) => [path.relative(FIXTURES, r.filePath), r.messages]))
}, 60_000)

const RESTRICTED_PATHS = 'import/no-restricted-paths'
const SYNTAX = 'no-restricted-syntax'

// [zone, wrong file, its rule, what the rule says, allowed file]
const ZONES: Array<[string, string, string, string, string]> = [
  ['a feature reaches another only through its index.ts', 'src/features/identity/uses-cases-internals.ts', RESTRICTED_PATHS, 'features meet through their index.ts', 'src/features/identity/uses-cases-index.ts'],
  ['features do not import the fake backend', 'src/features/identity/uses-mock.ts', RESTRICTED_PATHS, 'features may not import the fake backend', 'src/features/identity/uses-contract.ts'],
  ['pages do not import the fake backend', 'src/pages/home/uses-mock.ts', RESTRICTED_PATHS, 'pages may not import the fake backend', 'src/pages/home/uses-feature.ts'],
  ['ui does not import the fake backend', 'src/ui/uses-mock.ts', RESTRICTED_PATHS, 'ui may not import the fake backend', 'src/ui/uses-platform.ts'],
  ['ui imports no stores', 'src/ui/uses-store.ts', RESTRICTED_PATHS, 'ui is presentational: no stores', 'src/ui/uses-platform.ts'],
  ['the fake backend imports only the api contract', 'mock/uses-client.ts', RESTRICTED_PATHS, 'the fake backend may import only the api contract', 'mock/uses-contract.ts'],
  ['lib imports no features', 'src/lib/uses-feature.ts', RESTRICTED_PATHS, 'lib may not import features', 'src/lib/uses-domain.ts'],
  ['platform imports no api', 'src/platform/uses-api.ts', RESTRICTED_PATHS, 'platform is a leaf: no api', 'src/platform/uses-platform.ts'],
  ['stores import only the api contract', 'src/stores/uses-client.ts', RESTRICTED_PATHS, 'stores may import only the api contract', 'src/stores/uses-contract.ts'],
  ['settings are read from src/config.ts', 'src/features/identity/reads-env.ts', SYNTAX, 'read settings from src/config.ts', 'src/config.ts'],
  ['the platform is read from src/platform', 'src/ui/reads-taro-env.ts', SYNTAX, 'the platform from src/platform', 'src/platform/env.ts'],
  ['process.env is not read as a whole', 'src/features/identity/reads-whole-env.ts', SYNTAX, 'not process.env as a whole', 'src/features/identity/demo-gate.ts'],
  ['per-platform files live in src/platform', 'src/ui/widget.h5.ts', SYNTAX, 'per-platform files', 'src/platform/widget.h5.ts'],
]

describe.each(ZONES)('%s', (_zone, wrong, rule, says, allowed) => {
  it(`reports ${wrong} under ${rule}`, () => {
    const messages = results.get(wrong)
    expect(messages).toBeDefined()
    expect(messages!.filter((m) => m.ruleId === rule).map((m) => m.message)).toEqual([expect.stringContaining(says)])
  })

  it(`reports nothing in ${allowed}`, () => {
    const messages = results.get(allowed)
    expect(messages).toBeDefined()
    expect(messages!.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([])
  })
})

it('the build-time gates stay allowed as literals, and the message says why', () => {
  expect(results.get('src/features/identity/demo-gate.ts')).toEqual([])
  const [message] = results.get('src/features/identity/reads-env.ts')!
  expect(message.message).toContain("process.env.TARO_APP_DEMO === '1'")
  expect(message.message).toContain('webpack drops a require only behind a literal condition')
})
