/**
 * Progress notifications on WeChat: a one-time subscribe-message request for the 办件进度
 * template. WeChat only shows the prompt after a tap, so call this from a button handler.
 */
import Taro from '@tarojs/taro'

export type SubscribeResult = 'accepted' | 'rejected' | 'unsupported'

export const subscribeSupported = true

/** Template id of 办件进度提醒 (local: each deployment's own id from the WeChat admin console). */
export const PROGRESS_TEMPLATE_ID = 'progress-template'
const TEMPLATE_ID = PROGRESS_TEMPLATE_ID

export async function requestProgressSubscription(): Promise<SubscribeResult> {
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: [TEMPLATE_ID], entityIds: [] } as never)) as Record<
      string,
      string
    >
    return res[TEMPLATE_ID] === 'reject' ? 'rejected' : 'accepted'
  } catch {
    return 'unsupported'
  }
}
