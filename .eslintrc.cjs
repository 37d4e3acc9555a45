/**
 * Lint enforces the architecture: imports flow domain → api → features → pages (ui and
 * platform are leaves features/pages may use), src/domain stays free of Taro, no cycles.
 */
const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) })

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
          zone('./src/ui', './src/api', 'ui is presentational: no api'),
          zone('./src/ui', './src/features', 'ui may not import features'),
          zone('./src/ui', './src/pages', 'ui may not import pages'),
          zone('./src/features', './src/pages', 'features may not import pages'),
          zone('./src/stores', './src/features', 'stores may not import features'),
          zone('./src/stores', './src/pages', 'stores may not import pages'),
          zone('./src/platform', './src/features', 'platform may not import features'),
          zone('./src/platform', './src/pages', 'platform may not import pages'),
          zone('./core', './mock', 'the contract core may not import the fake backend (mock/ imports core)'),
          zone('./core', './src/features', 'the contract core may not import app features'),
          zone('./core', './src/pages', 'the contract core may not import pages'),
          zone('./core', './src/stores', 'the contract core may not import stores'),
          zone('./core', './src/platform', 'the contract core may not import platform code'),
          zone('./core', './src/ui', 'the contract core may not import ui'),
          zone('./core', './src/lib', 'the contract core may not import app helpers'),
          zone('./core', './src/api', 'the contract core may import only the api contract types and errors', ['./types.ts', './errors.ts', './schema.ts']),
          zone('./src/domain', './core', 'domain may not import the contract core'),
          zone('./mock', './src/features', 'the fake backend may not import app features'),
          zone('./mock', './src/pages', 'the fake backend may not import pages'),
          zone('./mock', './src/stores', 'the fake backend may not import stores'),
          zone('./mock', './src/platform', 'the fake backend may not import platform code'),
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
      files: ['test/**/*.{ts,tsx}'],
      env: { jest: true },
      rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
    },
  ],
  ignorePatterns: ['dist/', 'node_modules/', '*.generated.ts'],
}
