/**
 * Temporary: msw 2.15 requires packages that ship ESM only (rettime, until-async,
 * @open-draft/deferred-promise), and jest.config.js transforms neither .mjs files nor those
 * packages. Until the shared config does (see docs/open311.md, "Testing"), load them through
 * Node's own loader (require(esm), Node ≥ 20.19), outside jest's module registry.
 * Import this module before 'msw' in a test file.
 */
function mockNodeRequire(id: string): unknown {
  const nodeModule = process.getBuiltinModule('module') as typeof import('module')
  return nodeModule.createRequire(`${process.cwd()}/package.json`)(id)
}

jest.mock('rettime', () => mockNodeRequire('rettime'))
jest.mock('until-async', () => mockNodeRequire('until-async'))
jest.mock('@open-draft/deferred-promise', () => mockNodeRequire('@open-draft/deferred-promise'))

export {}
