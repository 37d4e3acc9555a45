/**
 * Where search sends people. Kept here (not imported from other features) so the home and hall
 * tabs can show the search entry without an import cycle.
 */
import Taro from '@tarojs/taro'
import { COMMUNITY_WINDOW } from '@/domain/matters/community-config'
import type { MatterId } from '@/domain/matters/matter-index'
import { paths } from '@/routes'

export const SEARCH_PAGE = paths.search.path
export const HALL_TAB = paths.hall.path

/** The most asked-for matters: shown before anything is typed, and when nothing is found. */
export const POPULAR_MATTERS: readonly MatterId[] = [
  'dog-registration',
  'residence-proof',
  'dog-annual-review',
  'hardship-proof',
  'longevity-allowance',
  'senior-card',
]

export function openSearch(): void {
  void Taro.navigateTo({ url: SEARCH_PAGE })
}

export function openMatterGuide(id: string): void {
  void Taro.navigateTo({ url: paths.matter.url(id) })
}

export function browseHall(): void {
  void Taro.switchTab({ url: HALL_TAB })
}

/** 没找到？提个微诉求: the complaint form, with what they searched for as the starting text. */
export function complaintUrl(query: string): string {
  return paths.complaints.new.url({ category: 'not-done', q: query.trim() })
}

export function fileComplaint(query: string): void {
  void Taro.navigateTo({ url: complaintUrl(query) })
}

export function callCommunity(): void {
  // cancelling the call sheet rejects on weapp: nothing to report
  Promise.resolve(Taro.makePhoneCall({ phoneNumber: COMMUNITY_WINDOW.phone })).catch(() => undefined)
}
