import { validateEnv } from '../../config/env'

describe('TARO_APP_* validation', () => {
  it('defaults to mock mode with the seeded community', () => {
    expect(validateEnv({})).toMatchObject({ TARO_APP_API_MODE: 'mock', TARO_APP_COMMUNITY_NAME: '西外社区' })
  })

  it.each([
    [{ TARO_APP_API_MODE: 'fake' }, /TARO_APP_API_MODE must be one of mock \| http, got "fake"/],
    [{ TARO_APP_API_MODE: 'http' }, /TARO_APP_API_BASE_URL is required/],
    [{ TARO_APP_API_MODE: 'http', TARO_APP_API_BASE_URL: 'gov.example.cn' }, /must be an http\(s\) URL/],
    [{ TARO_APP_API_TIMEOUT_MS: '10s' }, /TARO_APP_API_TIMEOUT_MS must be an integer/],
    [{ TARO_APP_API_TIMEOUT_MS: '100' }, /between 1000 and 60000/],
  ])('refuses %j with a message that says what to fix', (env, message) => {
    expect(() => validateEnv(env)).toThrow(message)
  })

  it('accepts a real http configuration', () => {
    const env = validateEnv({ TARO_APP_API_MODE: 'http', TARO_APP_API_BASE_URL: 'https://gov.example.cn/api', TARO_APP_API_TIMEOUT_MS: '8000' })
    expect(env.TARO_APP_API_BASE_URL).toBe('https://gov.example.cn/api')
  })

  it('lists every problem at once', () => {
    expect(() => validateEnv({ TARO_APP_API_MODE: 'http', TARO_APP_API_TIMEOUT_MS: 'x' })).toThrow(/BASE_URL[\s\S]*TIMEOUT/)
  })
})
