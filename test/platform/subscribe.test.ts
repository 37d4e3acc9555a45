/**
 * Subscribe messages on WeChat: one template per purpose from configuration, only WeChat's
 * `accept` counts, and a purpose without a template hides its button instead of asking WeChat
 * with an id that cannot work.
 */
const CASE_TEMPLATE = 'Xc9fJ2kq0hRr8Zt_Lmw3PbVn6Yd5Ge1Su7Ao4Ki2TyQ'
const EXPIRY_TEMPLATE = 'Q2bT7uWn9cLz0Hk4Rm1Pd8Xs5Vf3Gy6Je2Ao9Ki7TyB'

type SubscribeModule = typeof import('@/platform/subscribe.weapp')
type TaroApi = { requestSubscribeMessage: (o: unknown) => Promise<unknown> }

let taro: TaroApi
/** The weapp module with these TARO_APP_* settings (config is read once, at load). */
function loadWith(env: Record<string, string>): SubscribeModule {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  let mod: SubscribeModule | undefined
  jest.isolateModules(() => {
    mod = require('@/platform/subscribe.weapp') as SubscribeModule
    taro = (require('@tarojs/taro') as { default: TaroApi }).default
  })
  process.env = saved
  return mod!
}

const answer = (res: Record<string, unknown> | Error) =>
  jest
    .spyOn(taro, 'requestSubscribeMessage')
    .mockImplementation((() => (res instanceof Error ? Promise.reject(res) : Promise.resolve(res))) as never)

afterEach(() => jest.restoreAllMocks())

describe('subscribe messages (weapp)', () => {
  const env = { TARO_APP_TEMPLATE_CASE_PROGRESS: CASE_TEMPLATE, TARO_APP_TEMPLATE_CERT_EXPIRY: EXPIRY_TEMPLATE, TARO_APP_TEMPLATE_COMPLAINT_REPLY: '' }

  it('offers a button only for purposes with a configured template', () => {
    const m = loadWith(env)
    expect(m.canSubscribe('case-progress')).toBe(true)
    expect(m.canSubscribe('cert-expiry')).toBe(true)
    expect(m.canSubscribe('complaint-reply')).toBe(false)
  })

  it('asks WeChat with the purpose’s own template id', async () => {
    const m = loadWith(env)
    const spy = answer({ [EXPIRY_TEMPLATE]: 'accept', errMsg: 'requestSubscribeMessage:ok' })
    await expect(m.requestSubscription('cert-expiry')).resolves.toBe('accepted')
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: [EXPIRY_TEMPLATE] }))
  })

  it.each([
    ['accept', 'accepted'],
    ['reject', 'rejected'],
    ['ban', 'rejected'],
    ['filter', 'rejected'],
    [undefined, 'rejected'],
  ])('WeChat answering %s counts as %s', async (wx, ours) => {
    const m = loadWith(env)
    answer({ [CASE_TEMPLATE]: wx, errMsg: 'requestSubscribeMessage:ok' })
    await expect(m.requestSubscription('case-progress')).resolves.toBe(ours)
  })

  it('a purpose without a template never calls WeChat', async () => {
    const m = loadWith(env)
    const spy = answer({})
    await expect(m.requestSubscription('complaint-reply')).resolves.toBe('unsupported')
    expect(spy).not.toHaveBeenCalled()
  })

  it('subscriptions switched off for the whole mini-program (20004) are a refusal; other failures are unsupported', async () => {
    const m = loadWith(env)
    answer(Object.assign(new Error('requestSubscribeMessage:fail'), { errCode: 20004 }))
    await expect(m.requestSubscription('case-progress')).resolves.toBe('rejected')
    answer(Object.assign(new Error('requestSubscribeMessage:fail'), { errCode: 10005 }))
    await expect(m.requestSubscription('case-progress')).resolves.toBe('unsupported')
  })
})

describe('subscribe messages outside WeChat', () => {
  it('hides every subscribe button', async () => {
    const m = require('@/platform/subscribe') as typeof import('@/platform/subscribe')
    for (const p of ['case-progress', 'cert-expiry', 'complaint-reply'] as const) {
      expect(m.canSubscribe(p)).toBe(false)
      await expect(m.requestSubscription(p)).resolves.toBe('unsupported')
    }
  })
})
