/**
 * The server's WeChat adapter (server/wechat/wechat-api.ts) against the local simulator over
 * HTTP: the access token is fetched once, kept in the store and refreshed before it expires and
 * on 40001; jscode2session codes and its error codes; face verification 2.0 with cert_hash (the
 * documented example), through the contract core (sign in by code, start, camera step, confirm);
 * subscribe messages; a WeChat that does not answer is a clear 503, not a hang.
 */
import { ApiError } from '@/api/contract/errors'
import { createCore } from '@core/index'
import { emptyState } from '@core/storage'
import { memoryPopulation, memoryStorage, seededRandom } from '@mock/backend/memory-ports'
import { makeIdNumber, seedPopulation } from '@mock/backend/seed'
import { startWeChatSimulator, type WeChatSimulator } from '../../server/wechat/simulator'
import { certHash, memoryStore, WeChatApi, wechatPort, type KeyValueStore } from '../../server/wechat/wechat-api'

const APP = { appId: 'wx-sim-app', secret: 'sim-secret' }
let sim: WeChatSimulator
let store: KeyValueStore
let now = Date.parse('2026-12-04T02:00:00Z')
const api = (timeoutMs = 2_000) => new WeChatApi({ ...APP, baseUrl: sim.url, store, timeoutMs, now: () => now })

beforeEach(async () => {
  sim = await startWeChatSimulator(APP)
  store = memoryStore()
})
afterEach(async () => {
  await sim.close()
})

it('cert_hash is computed as WeChat documents it', () => {
  expect(certHash({ cert_type: 'IDENTITY_CARD', cert_name: '张三', cert_no: '310101199801011234' })).toBe(
    '3c241f7ff324977aeb91f173bb2a7b06569e6fd784d5573db34a636d8671108b',
  )
})

it('fetches the access token once, keeps it, refreshes it 5 minutes before expiry and once on 40001', async () => {
  const a = api()
  const t1 = await a.accessToken()
  expect(await a.accessToken()).toBe(t1)
  // another instance sharing the store uses the same token
  expect(await api().accessToken()).toBe(t1)
  expect(sim.calls['/cgi-bin/stable_token']).toBe(1)
  now += (7200 - 299) * 1000
  await a.accessToken()
  expect(sim.calls['/cgi-bin/stable_token']).toBe(2)
  // WeChat says the token is invalid: one refresh, the call goes through
  sim.addCode('code-1', 'o-user-1')
  sim.acceptSubscription('o-user-1', 'tpl-status')
  sim.expireTokens()
  const sent = await a.sendSubscribeMessage({ touser: 'o-user-1', template_id: 'tpl-status', data: { thing1: { value: '您的办件已受理' } } })
  expect(sent).toBe(true)
  expect(sim.calls['/cgi-bin/stable_token']).toBe(3)
  expect(sim.calls['/cgi-bin/message/subscribe/send']).toBe(2)
})

it('jscode2session: a code is one user once; WeChat’s refusals are clear errors', async () => {
  const port = wechatPort(api(), store)
  sim.addCode('c-ok', 'o-abc')
  expect(await port.code2Session('c-ok')).toEqual({ openid: 'o-abc' })
  expect(await port.code2Session('c-ok')).toBeNull() // 40029: codes are single-use
  sim.failNext('/sns/jscode2session', 45011)
  await expect(port.code2Session('x')).rejects.toMatchObject({ status: 429 })
  sim.failNext('/sns/jscode2session', -1, 'system error')
  await expect(port.code2Session('x')).rejects.toMatchObject({ status: 503, code: 'server' })
})

it('a WeChat that does not answer in time is a 503 (the call gives up at its timeout), not a hang', async () => {
  sim.delayMs = 60_000
  const port = wechatPort(api(200), store)
  const e = await port.code2Session('slow').catch((x: unknown) => x)
  expect(e).toBeInstanceOf(ApiError)
  expect((e as ApiError).status).toBe(503)
  expect((e as ApiError).message).toMatch(/微信服务暂时不可用/)
})

it('subscribe messages: not accepted (43101) is false, bad data (47003) is an error', async () => {
  const a = api()
  expect(await a.sendSubscribeMessage({ touser: 'o-x', template_id: 'tpl', data: { thing1: { value: '好' } } })).toBe(false)
  sim.acceptSubscription('o-x', 'tpl')
  await expect(a.sendSubscribeMessage({ touser: 'o-x', template_id: 'tpl', data: { thing1: { value: '这是一段超过二十个字的事项名称，微信不接受这么长' } } })).rejects.toMatchObject({ errcode: 47003 })
  expect(await a.sendSubscribeMessage({ touser: 'o-x', template_id: 'tpl', data: { thing1: { value: '已受理' } }, page: 'pages/cases/detail?id=c-1' })).toBe(true)
  expect(sim.sent).toHaveLength(1)
})

it('face verification 2.0 through the core: getverifyid with cert_info and openid, queryverifyinfo with cert_hash, only 10000 passes', async () => {
  const state = emptyState()
  seedPopulation(state)
  const random = seededRandom()
  const storage = memoryStorage(state)
  const core = createCore(
    { clock: { now: () => new Date() }, random, storage, wechat: wechatPort(api(), store), population: memoryPopulation(() => state) },
    { tester: false },
  )
  const call = (method: string, path: string, body?: unknown, token?: string) =>
    core.handle({ method, path, query: {}, headers: token ? { authorization: `Bearer ${token}` } : {}, body })
  const verify = async (code: string, ret: number) => {
    sim.addCode(code, `o-${code}`)
    const login = await call('POST', '/v1/auth/login', { code })
    expect(login.status).toBe(200)
    const token = (login.body as { accessToken: string }).accessToken
    await call('PUT', '/v1/me/consent', { version: '2026-11', privacy: true, face: true, idNumber: true }, token)
    const start = await call('POST', '/v1/face/verifications', { name: '周敏', idNumber: makeIdNumber('1978-12-05', 96) }, token)
    expect(start.status).toBe(200)
    const verifyId = (start.body as { verifyId: string }).verifyId
    expect(verifyId).toMatch(/^sim-fv-/)
    sim.setVerifyRet(verifyId, ret) // the phone's wx.requestFacialVerify
    return call('POST', `/v1/face/verifications/${encodeURIComponent(verifyId)}/confirm`, undefined, token)
  }
  const passed = await verify('face-ok', 10000)
  expect(passed.status).toBe(200)
  expect(passed.body).toMatchObject({ passed: true })
  const failed = await verify('face-no', 10004)
  expect(failed.status).toBe(422)
  expect(sim.calls['/cityservice/face/identify/queryverifyinfo']).toBe(2)
})
