/**
 * Subscribe messages on WeChat: a one-time request for the template configured for a purpose
 * (TARO_APP_TEMPLATE_CASE_PROGRESS, …_CERT_EXPIRY, …_COMPLAINT_REPLY; docs/configuration.md).
 * A purpose with no template configured hides its button rather than asking WeChat with an id
 * that cannot work. WeChat only shows the prompt after a tap: call from a button handler.
 */
import Taro from '@tarojs/taro'
import { config } from '@/config'
import { subscribeResultOf, type SubscribePurpose, type SubscribeResult } from './subscribe-types'

export type { SubscribePurpose, SubscribeResult } from './subscribe-types'

export function canSubscribe(purpose: SubscribePurpose): boolean {
  return config.templates[purpose] !== ''
}

export async function requestSubscription(purpose: SubscribePurpose): Promise<SubscribeResult> {
  const templateId = config.templates[purpose]
  if (!templateId) return 'unsupported'
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] } as never)) as Record<string, unknown>
    return subscribeResultOf(res[templateId])
  } catch (e) {
    // 20004: the user turned off subscribe messages for this mini-program altogether
    const code = (e as { errCode?: number })?.errCode
    return code === 20004 ? 'rejected' : 'unsupported'
  }
}
