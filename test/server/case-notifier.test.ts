/**
 * Subscribe messages on a case's status change (server/wechat/case-notifier.ts) through the
 * WeChat simulator: sent to the WeChat users bound to the applicant, with the configured
 * template and page, the title cut to WeChat's 20 characters; nothing for other changes; a user
 * who did not accept gets nothing and nothing breaks.
 */
import { emptyState, type CaseRecord } from '@core/storage'
import { caseNotifier } from '../../server/wechat/case-notifier'
import { startWeChatSimulator, type WeChatSimulator } from '../../server/wechat/simulator'
import { memoryStore, WeChatApi } from '../../server/wechat/wechat-api'

const APP = { appId: 'wx-sim', secret: 's' }
let sim: WeChatSimulator
beforeEach(async () => {
  sim = await startWeChatSimulator(APP)
})
afterEach(() => sim.close())

/** waits until the simulator has answered `n` send calls */
async function sends(n: number): Promise<void> {
  while ((sim.calls['/cgi-bin/message/subscribe/send'] ?? 0) < n) await new Promise((ok) => setTimeout(ok, 20))
}

const kase = (status: string, title = '居住证明（用于银行开户，需要加盖社区公章）') =>
  ({ id: 'case-9', kind: 'application', status, title, applicantId: 'r-zhou' }) as unknown as CaseRecord

it('announces a status change to the applicant’s bound WeChat users, once per accepted subscription', async () => {
  const state = emptyState()
  state.bindings.set('o-zhou', { openid: 'o-zhou', residentId: 'r-zhou', verifiedAt: 0, expiresAt: Date.now() + 86_400_000 })
  state.bindings.set('o-other', { openid: 'o-other', residentId: 'r-other', verifiedAt: 0, expiresAt: Date.now() + 86_400_000 })
  sim.acceptSubscription('o-zhou', 'tpl-status')
  const api = new WeChatApi({ ...APP, baseUrl: sim.url, store: memoryStore() })
  const warnings: string[] = []
  const notify = caseNotifier(api, { templateId: 'tpl-status', fields: { title: 'thing1', status: 'phrase2', time: 'time3' }, page: 'packages/cases/pages/detail/index?id={id}' }, () => state, (m) => warnings.push(m))

  notify([
    { map: 'cases', key: 'case-9', before: kase('submitted'), after: kase('accepted') },
    { map: 'cases', key: 'case-9', before: kase('accepted'), after: { ...kase('accepted'), version: 3 } },
    { map: 'sessions', key: 'x', before: undefined, after: {} },
  ])
  await sends(1)
  expect(sim.sent).toHaveLength(1)
  const msg = sim.sent[0] as { touser: string; template_id: string; page: string; data: Record<string, { value: string }> }
  expect(msg).toMatchObject({ touser: 'o-zhou', template_id: 'tpl-status', page: 'packages/cases/pages/detail/index?id=case-9' })
  expect([...msg.data.thing1.value].length).toBeLessThanOrEqual(20)
  expect(msg.data.phrase2.value).toBe('已受理')
  // the subscription is spent: the next change is not accepted (43101) — no message, no error
  notify([{ map: 'cases', key: 'case-9', before: kase('accepted'), after: kase('approved') }])
  await sends(2)
  expect(sim.sent).toHaveLength(1)
  expect(warnings).toEqual([])
})
