/** Jest runs domain, api, mock-backend and flow tests; weapp and browser tests have their own runners. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/weapp/', '<rootDir>/test/e2e/'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@mock/(.*)$': '<rootDir>/mock/$1',
    '^@tarojs/taro$': '<rootDir>/test/support/taro-mock.ts',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '\\.(css|less|scss)$': '<rootDir>/test/support/style-mock.js',
  },
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  transformIgnorePatterns: ['/node_modules/(?!(@tarojs|chinese-days)/)'],
  setupFiles: ['<rootDir>/test/support/setup-env.js'],
}
