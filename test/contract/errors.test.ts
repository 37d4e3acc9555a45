/**
 * Each error status docs/api/openapi.yaml documents for a route, produced over HTTP — and a
 * check that no documented (route, status) pair is left without a scenario here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { COMPLAINT, CONSENT_VERSION, consent, faceCheck, fileComplaint, idNumber, login, newKey, startTarget, verified, type Reply, type Target } from './support'
import { oneThingScenarios } from './one-thing-scenarios'

const { load } = require('js-yaml') as { load: (text: string) => unknown }
type Obj = Record<string, any>
const spec = load(readFileSync(join(__dirname, '../../docs/api/openapi.yaml'), 'utf8')) as Obj

let t: Target
let resident: string // 王志强, face-verified in this session
let caseId: string // his complaint
beforeAll(async () => {
  t = await startTarget()
  resident = await verified(t, 'resident-new')
  caseId = (await fileComplaint(t, resident)).body.id
})
afterAll(async () => {
  await t.close()
})

/** A WeChat user who never verified (code sign-in). */
async function stranger(): Promise<string> {
  const r = await t.call('POST', '/v1/auth/login', { body: { code: `s-${newKey()}` } })
  return r.body.accessToken
}

const proof = { matterId: 'residence-proof', values: { purpose: 'bank', recipient: 'bank', delivery: 'electronic', address: '四川省达州市通川区朝阳街道西外社区西外大街 88 号 3 栋 2 单元 501', residentSince: '2012-09-01', applicantPhone: '13908182345', pledgeAccepted: true }, materials: {} }
const walkIn = { idNumber: idNumber('1943-03-12', 22), categoryId: 'public-facilities', description: '凤凰大道 12 号的路灯坏了一个星期。' }

/** POST the same key twice with different bodies: the second is the documented 422. */
async function reuse(method: string, path: string, token: string, a: unknown, b: unknown): Promise<Reply> {
  const key = newKey('reuse')
  const first = await t.call(method, path, { token, body: a, headers: { 'idempotency-key': key } })
  expect(first.status).toBe(200)
  return t.call(method, path, { token, body: b, headers: { 'idempotency-key': key } })
}

const SCENARIOS: Record<string, () => Promise<Reply>> = {
  'POST /v1/auth/login 400': () => t.call('POST', '/v1/auth/login', { body: { persona: 'nobody' } }),
  'POST /v1/auth/login 401': () => t.call('POST', '/v1/auth/login', { body: { code: 'invalid-expired' } }),
  'POST /v1/auth/login 403': () => t.call('POST', '/v1/auth/login', { body: { persona: 'staff-admin' }, headers: { 'x-tester-token': 'wrong' } }),
  'POST /v1/auth/refresh 401': () => t.call('POST', '/v1/auth/refresh', { body: { refreshToken: 'sqt_rt_unknown' } }),
  'PUT /v1/me/consent 409': async () => t.call('PUT', '/v1/me/consent', { token: await stranger(), body: { version: '2020-01', privacy: true, face: true, idNumber: true } }),
  'POST /v1/face/verifications 400': async () => {
    const token = await stranger()
    await consent(t, token)
    return t.call('POST', '/v1/face/verifications', { token, body: { name: '某某', idNumber: '123' } })
  },
  'POST /v1/face/verifications 403': async () => t.call('POST', '/v1/face/verifications', { token: await stranger(), body: {} }),
  'POST /v1/face/verifications 423': async () => {
    const { token } = await login(t, 'resident-dog')
    await consent(t, token)
    for (let i = 0; i < 5; i++) await faceCheck(t, token, 'mismatch')
    return t.call('POST', '/v1/face/verifications', { token, body: {} })
  },
  'POST /v1/face/verifications 429': async () => {
    const token = await stranger()
    await consent(t, token)
    let r: Reply | null = null
    for (let i = 0; i < 6; i++) r = await t.call('POST', '/v1/face/verifications', { token, body: { name: '猜猜', idNumber: idNumber('1970-01-01', 200 + i) } })
    return r!
  },
  'POST /v1/face/verifications/{verifyId}/confirm 404': () => t.call('POST', '/v1/face/verifications/fv-unknown/confirm', { token: resident }),
  'POST /v1/face/verifications/{verifyId}/confirm 409': async () => {
    const { token } = await login(t, 'resident-zhou')
    await consent(t, token)
    const start = await t.call('POST', '/v1/face/verifications', { token, body: {} })
    await t.call('POST', '/mock/wechat/facial-verify', { token, body: { verifyId: start.body.verifyId, outcome: 'pass' } })
    await t.call('POST', `/v1/face/verifications/${start.body.verifyId}/confirm`, { token })
    return t.call('POST', `/v1/face/verifications/${start.body.verifyId}/confirm`, { token })
  },
  'POST /v1/face/verifications/{verifyId}/confirm 422': async () => {
    const { token } = await login(t, 'resident-elder')
    await consent(t, token)
    return faceCheck(t, token, 'timeout')
  },
  'POST /mock/wechat/facial-verify 401': () => t.call('POST', '/mock/wechat/facial-verify', { body: { verifyId: 'fv-x', outcome: 'pass' } }),
  'POST /mock/wechat/facial-verify 403': () => t.call('POST', '/mock/wechat/facial-verify', { token: resident, body: { verifyId: 'fv-x', outcome: 'pass' }, headers: { 'x-tester-token': 'wrong' } }),
  'POST /mock/wechat/facial-verify 404': () => t.call('POST', '/mock/wechat/facial-verify', { token: resident, body: { verifyId: 'fv-unknown', outcome: 'pass' } }),
  'POST /mock/wechat/facial-verify 409': async () => {
    const { token } = await login(t, 'resident-minority')
    await consent(t, token)
    const start = await t.call('POST', '/v1/face/verifications', { token, body: {} })
    await t.call('POST', '/mock/wechat/facial-verify', { token, body: { verifyId: start.body.verifyId, outcome: 'pass' } })
    await t.call('POST', `/v1/face/verifications/${start.body.verifyId}/confirm`, { token })
    return t.call('POST', '/mock/wechat/facial-verify', { token, body: { verifyId: start.body.verifyId, outcome: 'pass' } })
  },
  'GET /v1/me/profile 403': async () => t.call('GET', '/v1/me/profile', { token: await stranger() }),
  'POST /v1/me/profile/reveal 403': async () => t.call('POST', '/v1/me/profile/reveal', { token: await stranger(), body: {} }),
  'POST /v1/me/profile/corrections 400': () => t.call('POST', '/v1/me/profile/corrections', { token: resident, body: { field: 'ethnicity', description: '' } }),
  'POST /v1/me/profile/corrections 403': async () => t.call('POST', '/v1/me/profile/corrections', { token: await stranger(), body: { field: 'ethnicity', description: '民族应为回族' } }),
  'POST /v1/me/family 400': () => t.call('POST', '/v1/me/family', { token: resident, body: { residentId: 'r-wang-defu', relation: '朋友' } }),
  'POST /v1/me/family 403': () => t.call('POST', '/v1/me/family', { token: resident, body: { residentId: 'r-zhou-min', relation: '其他亲属' } }),
  'POST /v1/me/family 409': async () => {
    await t.call('POST', '/v1/me/family', { token: resident, body: { residentId: 'r-liu-fang', relation: '配偶' } })
    return t.call('POST', '/v1/me/family', { token: resident, body: { residentId: 'r-liu-fang', relation: '配偶' } })
  },
  'GET /v1/me/family/requests 403': async () => t.call('GET', '/v1/me/family/requests', { token: await stranger() }),
  'POST /v1/me/family/{residentId}/confirm 404': () => t.call('POST', '/v1/me/family/r-nobody/confirm', { token: resident }),
  'DELETE /v1/me/family/{residentId} 404': () => t.call('DELETE', '/v1/me/family/r-nobody', { token: resident }),
  'GET /v1/matters/{id} 404': () => t.call('GET', '/v1/matters/no-such-matter'),
  'POST /v1/files 400': () => t.call('POST', '/v1/files', { token: resident, body: { name: 'a.jpg', mime: 'image/jpeg', size: 10 } }),
  'POST /v1/files 413': () => t.call('POST', '/v1/files', { token: resident, raw: `{"name":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } }),
  'GET /v1/files/{fileId} 404': () => t.call('GET', '/v1/files/file-9999', { token: resident }),
  'POST /v1/applications 400': () => t.call('POST', '/v1/applications', { token: resident, body: { ...proof, matterId: 'no-such-matter' }, headers: { 'idempotency-key': newKey() } }),
  'POST /v1/applications 403': () => t.call('POST', '/v1/applications', { token: resident, body: { ...proof, onBehalfOf: 'r-zhou-min' }, headers: { 'idempotency-key': newKey() } }),
  'POST /v1/applications 422': () => reuse('POST', '/v1/applications', resident, proof, { ...proof, values: { ...proof.values, purpose: 'job' } }),
  'GET /v1/cases/{id} 404': async () => t.call('GET', `/v1/cases/${caseId}`, { token: await verified(t, 'resident-no-address') }),
  'POST /v1/cases/{id}/supplement 409': () => t.call('POST', `/v1/cases/${caseId}/supplement`, { token: resident, body: { version: 99 } }),
  'POST /v1/cases/{id}/supplement 422': async () => {
    const app = await t.call('POST', '/v1/applications', { token: resident, body: proof, headers: { 'idempotency-key': newKey() } })
    const { token: clerk } = await login(t, 'staff-clerk')
    const asked = await t.call('POST', `/v1/worker/cases/${app.body.id}/actions`, { token: clerk, body: { action: 'request-supplement', version: app.body.version, input: { supplementItems: ['purpose'], reason: '请重新选择开具用途' } } })
    return reuse('POST', `/v1/cases/${app.body.id}/supplement`, resident, { version: asked.body.version, values: { purpose: 'job' } }, { version: asked.body.version, values: { purpose: 'bank' } })
  },
  'POST /v1/cases/{id}/withdraw 400': () => t.call('POST', `/v1/cases/${caseId}/withdraw`, { token: resident, body: {} }),
  'POST /v1/cases/{id}/withdraw 409': () => t.call('POST', `/v1/cases/${caseId}/withdraw`, { token: resident, body: { version: 99 } }),
  'POST /v1/cases/{id}/rating 400': () => t.call('POST', `/v1/cases/${caseId}/rating`, { token: resident, body: { level: 'great' } }),
  'POST /v1/complaints 400': () => t.call('POST', '/v1/complaints', { token: resident, body: { ...COMPLAINT, description: '太短' }, headers: { 'idempotency-key': newKey() } }),
  'POST /v1/complaints 422': () => reuse('POST', '/v1/complaints', resident, COMPLAINT, { ...COMPLAINT, anonymous: true }),
  'POST /v1/complaints/{id}/reopen 409': () => t.call('POST', `/v1/complaints/${caseId}/reopen`, { token: resident, body: { version: 99, reason: '问题没有解决' } }),
  'GET /v1/worker/queue 403': () => t.call('GET', '/v1/worker/queue', { token: resident }),
  'GET /v1/worker/cases/{id} 403': async () => t.call('GET', `/v1/worker/cases/${caseId}`, { token: (await login(t, 'staff-grid-2')).token }),
  'POST /v1/worker/cases/{id}/actions 400': async () => t.call('POST', `/v1/worker/cases/${caseId}/actions`, { token: (await login(t, 'staff-grid-1')).token, body: { action: 'explode', version: 1, input: {} } }),
  'POST /v1/worker/cases/{id}/actions 403': async () => t.call('POST', `/v1/worker/cases/${caseId}/actions`, { token: (await login(t, 'staff-grid-2')).token, body: { action: 'triage', version: 1, input: { level: 'blue' } } }),
  'POST /v1/worker/cases/{id}/actions 409': async () => t.call('POST', `/v1/worker/cases/${caseId}/actions`, { token: (await login(t, 'staff-grid-1')).token, body: { action: 'triage', version: 99, input: { level: 'blue' } } }),
  'POST /v1/worker/cases/{id}/actions 422': async () => {
    const fresh = await fileComplaint(t, resident)
    const grid = (await login(t, 'staff-grid-1')).token
    return reuse('POST', `/v1/worker/cases/${fresh.body.id}/actions`, grid, { action: 'triage', version: fresh.body.version, input: { level: 'blue' } }, { action: 'triage', version: fresh.body.version, input: { level: 'red' } })
  },
  'POST /v1/worker/cases/{id}/reveal 400': async () => t.call('POST', `/v1/worker/cases/${caseId}/reveal`, { token: (await login(t, 'staff-clerk')).token, body: { field: 'address', reason: '核对身份信息' } }),
  'POST /v1/worker/cases/{id}/reveal 403': async () => t.call('POST', `/v1/worker/cases/${caseId}/reveal`, { token: (await login(t, 'staff-grid-2')).token, body: { field: 'phone', reason: '联系反映人' } }),
  'POST /v1/worker/walk-in 400': async () => t.call('POST', '/v1/worker/walk-in', { token: (await login(t, 'staff-clerk')).token, body: { ...walkIn, description: '灯坏了' }, headers: { 'idempotency-key': newKey() } }),
  'POST /v1/worker/walk-in 403': async () => t.call('POST', '/v1/worker/walk-in', { token: (await login(t, 'staff-grid-2')).token, body: walkIn, headers: { 'idempotency-key': newKey() } }),
  'POST /v1/worker/walk-in 404': async () => t.call('POST', '/v1/worker/walk-in', { token: (await login(t, 'staff-clerk')).token, body: { ...walkIn, idNumber: '110101199003074514' }, headers: { 'idempotency-key': newKey() } }),
  'POST /v1/worker/walk-in 422': async () => reuse('POST', '/v1/worker/walk-in', (await login(t, 'staff-clerk')).token, walkIn, { ...walkIn, categoryId: 'sanitation' }),
  'POST /v1/worker/family-links/confirm 400': async () => t.call('POST', '/v1/worker/family-links/confirm', { token: (await login(t, 'staff-clerk')).token, body: { helperId: 'r-sun-guilan', relativeId: 'r-wang-defu', reason: '' } }),
  'POST /v1/worker/family-links/confirm 403': async () => t.call('POST', '/v1/worker/family-links/confirm', { token: (await login(t, 'staff-grid-1')).token, body: { helperId: 'r-sun-guilan', relativeId: 'r-wang-defu', reason: '已核对双方身份证' } }),
  'POST /v1/worker/family-links/confirm 404': async () => t.call('POST', '/v1/worker/family-links/confirm', { token: (await login(t, 'staff-clerk')).token, body: { helperId: 'r-nobody', relativeId: 'r-wang-defu', reason: '已核对双方身份证' } }),
  'GET /v1/cases/{id}/certificate 404': () => t.call('GET', `/v1/cases/${caseId}/certificate`, { token: resident }),
  'GET /v1/me/notices 403': async () => t.call('GET', '/v1/me/notices', { token: await stranger() }),
  // 高效办成一件事 (bundles, 免申即享, 帮办, 上门服务)
  ...oneThingScenarios(() => ({ t, resident, stranger })),
  // last: it locks this client for unknown tokens
  'POST /v1/auth/refresh 429': async () => {
    let r: Reply | null = null
    for (let i = 0; i < 25 && r?.status !== 429; i++) r = await t.call('POST', '/v1/auth/refresh', { body: { refreshToken: `sqt_rt_guess-${i}` } })
    return r!
  },
}

describe('every documented error status, over HTTP', () => {
  it('every documented (route, status) pair has a scenario', () => {
    const documented: string[] = []
    for (const [path, item] of Object.entries(spec.paths as Obj)) {
      for (const m of ['get', 'post', 'put', 'delete']) {
        if (!item[m]) continue
        for (const code of Object.keys(item[m].responses)) if (code !== '200') documented.push(`${m.toUpperCase()} ${path} ${code}`)
      }
    }
    expect(documented.filter((k) => !SCENARIOS[k])).toEqual([])
  })

  it.each(Object.keys(SCENARIOS))('%s', async (key) => {
    const status = Number(key.split(' ').at(-1))
    const r = await SCENARIOS[key]()
    expect({ status: r.status, body: r.body }).toMatchObject({ status })
    expect(r.body.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(typeof r.body.code).toBe('string')
  })

  it('the consent version the suite uses is the server’s', async () => {
    expect((await t.call('GET', '/v1/me/consent', { token: resident })).body.version).toBe(CONSENT_VERSION)
  })
})
