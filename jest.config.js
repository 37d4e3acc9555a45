/** Jest runs domain, api, mock-backend and flow tests; weapp and browser tests have their own runners. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/weapp/', '<rootDir>/test/e2e/'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@mock/(.*)$': '<rootDir>/mock/$1',
    '^@core/(.*)$': '<rootDir>/core/$1',
    '^@tarojs/taro$': '<rootDir>/test/support/taro-mock.ts',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '\\.(css|less|scss)$': '<rootDir>/test/support/style-mock.js',
  },
  transform: {
    // ESM-only dependencies of msw (.mjs, until-async, rettime) need only module conversion for the running Node
    'node_modules/(.+\\.mjs|(until-async|rettime)/.+\\.js)$': [
      'babel-jest',
      { configFile: false, babelrc: false, presets: [['@babel/preset-env', { targets: { node: 'current' } }]] },
    ],
    '^.+\\.(m?js|jsx|tsx?)$': 'babel-jest',
  },
  // Taro packages ship untranspiled ESM (even nested deps like tslib.es6.js): transform anything under them
  transformIgnorePatterns: ['^(?!.*/node_modules/(@tarojs|@stencil|chinese-days|until-async|rettime)/).*/node_modules/.+\\.c?js$'],
  setupFiles: ['<rootDir>/test/support/setup-env.js'],
}
