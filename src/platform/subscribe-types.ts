/** Shared by subscribe.ts (outside WeChat) and subscribe.weapp.ts. */
import type { SubscribePurpose } from '@/config'

export type { SubscribePurpose } from '@/config'

/** 'accepted' only when WeChat answered `accept` for the template; ban/filter/reject are refusals. */
export type SubscribeResult = 'accepted' | 'rejected' | 'unsupported'

/**
 * WeChat's per-template answer → our result. Only `accept` means a message may be sent;
 * `reject` (the user said no), `ban` (the template was banned by WeChat) and `filter` (the
 * template's title matches another one already asked) all mean nothing will arrive.
 */
export function subscribeResultOf(answer: unknown): SubscribeResult {
  return answer === 'accept' ? 'accepted' : 'rejected'
}

export type { SubscribePurpose as Purpose }
export const PURPOSE_LABEL: Record<SubscribePurpose, string> = {
  'case-progress': '办件进度提醒',
  'cert-expiry': '证照到期提醒',
  'complaint-reply': '诉求回复提醒',
}
