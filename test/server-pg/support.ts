/**
 * Helpers for the tests that need a real PostgreSQL (npm run test:server:pg, after
 * scripts/ci-postgres.sh): a scratch database per test file, servers as child processes, HTTP
 * calls in tester mode.
 */
import { createScratchDatabase, type ScratchDatabase } from '../../server/db/scratch'
export { spawnServer, type ServerProcess } from '../server/spawn-server'

export const TESTER = 'pg-tester-token'

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set: run eval "$(scripts/ci-postgres.sh | tail -1)" first')
  return url
}

export function scratch(prefix: string): Promise<ScratchDatabase> {
  return createScratchDatabase(databaseUrl(), prefix)
}

export interface Reply {
  status: number
  body: any
  headers: Headers
}

export async function call(base: string, method: string, path: string, opts: { body?: unknown; token?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const headers: Record<string, string> = { 'x-tester-token': TESTER, ...opts.headers }
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  if (opts.body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(base + path, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) })
  const text = await res.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    // keep the text
  }
  return { status: res.status, body, headers: res.headers }
}

/** A face-verified resident session (persona, consent, simulated camera step, confirm). */
export async function verifiedResident(base: string, persona = 'resident-new', cameraBase = base): Promise<string> {
  const token = (await call(base, 'POST', '/v1/auth/login', { body: { persona } })).body.accessToken
  await call(base, 'PUT', '/v1/me/consent', { token, body: { version: '2026-11', privacy: true, face: true, idNumber: true } })
  const { verifyId } = (await call(base, 'POST', '/v1/face/verifications', { token, body: {} })).body
  const step = await call(cameraBase, 'POST', '/mock/wechat/facial-verify', { token, body: { verifyId, outcome: 'pass' } })
  if (step.status !== 200) throw new Error(`camera step ${step.status} ${JSON.stringify(step.body)}`)
  const confirmed = await call(base, 'POST', `/v1/face/verifications/${encodeURIComponent(verifyId)}/confirm`, { token })
  if (confirmed.status !== 200) throw new Error(`confirm ${confirmed.status} ${JSON.stringify(confirmed.body)}`)
  return token
}

export async function persona(base: string, id: string): Promise<string> {
  return (await call(base, 'POST', '/v1/auth/login', { body: { persona: id } })).body.accessToken
}

export const COMPLAINT = {
  categoryId: 'public-facilities',
  description: '小区门口的井盖松动了，踩上去会晃，很危险。',
  photos: [],
  location: { lat: 31.2139, lng: 107.4865, address: '西外大街 90 号' },
  anonymous: false,
  public: true,
}

export const RESIDENCE_PROOF = {
  matterId: 'residence-proof',
  values: {
    purpose: 'bank',
    recipient: 'bank',
    delivery: 'electronic',
    address: '四川省达州市通川区朝阳街道西外社区西外大街 88 号 3 栋 2 单元 501',
    residentSince: '2012-09-01',
    applicantPhone: '13908182345',
    pledgeAccepted: true,
  },
  materials: {},
}
