/**
 * Progress notifications (订阅消息). Outside WeChat there is nothing to subscribe to: the
 * resident sees progress in 我的办件, and every subscribe button stays hidden. The weapp file
 * asks WeChat for permission with the template configured for each purpose.
 */
import type { SubscribePurpose, SubscribeResult } from './subscribe-types'

export type { SubscribePurpose, SubscribeResult } from './subscribe-types'

/** Show a 在微信里提醒我 button for this purpose? Never outside WeChat. */
export function canSubscribe(_purpose: SubscribePurpose): boolean {
  return false
}

export async function requestSubscription(_purpose: SubscribePurpose): Promise<SubscribeResult> {
  return 'unsupported'
}
