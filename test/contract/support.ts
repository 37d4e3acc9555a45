/**
 * The contract suite talks HTTP to a base URL: CONTRACT_BASE_URL (any server that implements
 * docs/api/openapi.yaml, in tester mode: personas and the simulated camera step, tester token in
 * CONTRACT_TESTER_TOKEN) or, by default, the fake backend's HTTP face started in this process on
 * an ephemeral localhost port. Tests create their own data and never depend on ids from another
 * test, so the same suite runs against a long-lived server.
 */
import { startMockServer, type MockServer } from '@mock/server/server'

export interface Reply {
  status: number
  body: any
  headers: Headers
}

export interface Target {
  base: string
  testerToken: string
  /** the in-process server, when the suite started it (for white-box checks only) */
  local: MockServer | null
  call(method: string, path: string, opts?: { body?: unknown; raw?: string | Uint8Array; token?: string; headers?: Record<string, string> }): Promise<Reply>
  close(): Promise<void>
}

const TESTER = 'contract-tester-token'

export async function startTarget(): Promise<Target> {
  const external = process.env.CONTRACT_BASE_URL
  const local = external ? null : await startMockServer({ port: 0, host: '127.0.0.1', tester: true, testerToken: TESTER, log: null })
  const base = (external ?? local!.url).replace(/\/$/, '')
  const testerToken = external ? (process.env.CONTRACT_TESTER_TOKEN ?? '') : TESTER
  return {
    base,
    testerToken,
    local,
    async call(method, path, opts = {}) {
      const headers: Record<string, string> = { 'x-tester-token': testerToken, ...opts.headers }
      if (opts.token) headers.authorization = `Bearer ${opts.token}`
      let body: string | Uint8Array | undefined = opts.raw
      if (opts.body !== undefined) {
        body = JSON.stringify(opts.body)
        headers['content-type'] ??= 'application/json'
      }
      const res = await fetch(base + path, { method, headers, body })
      const text = await res.text()
      let parsed: unknown = text
      try {
        parsed = text ? JSON.parse(text) : undefined
      } catch {
        // not JSON (bytes, an empty 400 from the socket layer): keep the text
      }
      return { status: res.status, body: parsed, headers: res.headers }
    },
    close: async () => {
      await local?.close()
    },
  }
}

export const CONSENT_VERSION = '2026-11'

/** A persona session (tester mode). */
export async function login(t: Target, persona: string): Promise<{ token: string; refresh: string; user: any }> {
  const r = await t.call('POST', '/v1/auth/login', { body: { persona } })
  if (r.status !== 200) throw new Error(`login ${persona}: ${r.status} ${JSON.stringify(r.body)}`)
  return { token: r.body.accessToken, refresh: r.body.refreshToken, user: r.body.user }
}

export async function consent(t: Target, token: string, face = true): Promise<void> {
  const r = await t.call('PUT', '/v1/me/consent', { token, body: { version: CONSENT_VERSION, privacy: true, face, idNumber: face } })
  if (r.status !== 200) throw new Error(`consent: ${r.status} ${JSON.stringify(r.body)}`)
}

/** consent → start → simulated camera step → server-side confirm; returns the confirm reply. */
export async function faceCheck(t: Target, token: string, outcome = 'pass', claim?: { name: string; idNumber: string }): Promise<Reply> {
  const start = await t.call('POST', '/v1/face/verifications', { token, body: claim ?? {} })
  if (start.status !== 200) return start
  const step = await t.call('POST', '/mock/wechat/facial-verify', { token, body: { verifyId: start.body.verifyId, outcome } })
  if (step.status !== 200) throw new Error(`camera step: ${step.status} ${JSON.stringify(step.body)}`)
  return t.call('POST', `/v1/face/verifications/${encodeURIComponent(start.body.verifyId)}/confirm`, { token })
}

export async function verified(t: Target, persona: string): Promise<string> {
  const { token } = await login(t, persona)
  await consent(t, token)
  const r = await faceCheck(t, token)
  if (r.status !== 200) throw new Error(`face check ${persona}: ${r.status} ${JSON.stringify(r.body)}`)
  return token
}

let keys = 0
export const newKey = (prefix = 'k') => `${prefix}-${Date.now().toString(36)}-${++keys}-${Math.random().toString(36).slice(2, 8)}`

export const COMPLAINT = {
  categoryId: 'public-facilities',
  description: '小区门口的井盖松动了，踩上去会晃，很危险。',
  photos: [],
  location: { lat: 31.2139, lng: 107.4865, address: '西外大街 90 号' },
  anonymous: false,
  public: true,
}

export async function fileComplaint(t: Target, token: string, body: Record<string, unknown> = COMPLAINT): Promise<Reply> {
  return t.call('POST', '/v1/complaints', { token, body, headers: { 'idempotency-key': newKey('c') } })
}

/** A valid GB 11643 ID number for a seeded resident (mock/backend/seed.ts). */
export function idNumber(birthDate: string, seq: number, region = '511702'): string {
  const first17 = `${region}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}
