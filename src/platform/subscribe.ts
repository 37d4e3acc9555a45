/**
 * Progress notifications (订阅消息). Outside WeChat there is nothing to subscribe to: the
 * resident sees progress in 我的办件. The weapp file asks WeChat for permission.
 */
export type SubscribeResult = 'accepted' | 'rejected' | 'unsupported'

export const subscribeSupported = false

export async function requestProgressSubscription(): Promise<SubscribeResult> {
  return 'unsupported'
}
