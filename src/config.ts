/**
 * The app's settings, typed, in one place: everything reads configuration from here.
 * Values are TARO_APP_* variables inlined at build time (validated by config/env.ts before
 * the build starts; docs/configuration.md lists them).
 *
 * One exception by design: code that must be *absent* from a build (the fake backend, persona
 * sign-in, the simulated face step, the tester panel) is required inside a branch on the literal
 * `process.env.TARO_APP_DEMO === '1'` at the require site (the tester panel, which needs the
 * fake backend in-process, on `process.env.TARO_APP_API_MODE === 'mock'`), because webpack folds only
 * literals: a constant imported from this module would keep the demo code in release builds.
 */
export type ApiMode = 'mock' | 'http'
export type SubscribePurpose = 'case-progress' | 'cert-expiry' | 'complaint-reply'

const env = (v: string | undefined) => (v ?? '').trim()

export const config = {
  apiMode: (process.env.TARO_APP_API_MODE === 'http' ? 'http' : 'mock') as ApiMode,
  apiBaseUrl: env(process.env.TARO_APP_API_BASE_URL),
  apiTimeoutMs: Number(process.env.TARO_APP_API_TIMEOUT_MS) || 10_000,
  communityName: env(process.env.TARO_APP_COMMUNITY_NAME) || '西外社区',
  /** a demo build (mock mode, or http against a DEMO=1 server as `npm start` runs it): labelled
   *  体验版, persona sign-in and the simulated face step */
  isDemo: process.env.TARO_APP_DEMO === '1',
  /** subscribe-message template IDs per purpose; '' = not configured (the button is hidden) */
  templates: {
    'case-progress': env(process.env.TARO_APP_TEMPLATE_CASE_PROGRESS),
    'cert-expiry': env(process.env.TARO_APP_TEMPLATE_CERT_EXPIRY),
    'complaint-reply': env(process.env.TARO_APP_TEMPLATE_COMPLAINT_REPLY),
  } as Record<SubscribePurpose, string>,
} as const
