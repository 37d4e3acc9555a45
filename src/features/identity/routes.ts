/** Where the identity flow goes, and how to get there (tab pages need switchTab). */
import Taro from '@tarojs/taro'

export const ROUTES = {
  login: '/pages/login/index',
  me: '/pages/me/index',
  hall: '/pages/hall/index',
  consent: '/packages/identity/pages/consent/index',
  verify: '/packages/identity/pages/verify/index',
  profile: '/packages/identity/pages/profile/index',
  family: '/packages/identity/pages/family/index',
  workerQueue: '/packages/worker/pages/queue/index',
} as const

const TABS = ['/pages/index/index', '/pages/hall/index', '/pages/complaints/index', '/pages/me/index']

/** Only in-app absolute paths are followed; anything else falls back to 我的. */
export function safeReturnUrl(raw: string | undefined | null): string | null {
  if (!raw) return null
  let url = raw
  try {
    url = decodeURIComponent(raw)
  } catch {
    return null
  }
  return /^\/(pages|packages)\/[\w/-]+(\?.*)?$/.test(url) ? url : null
}

export function withReturn(route: string, returnUrl: string | null | undefined): string {
  return returnUrl ? `${route}?returnUrl=${encodeURIComponent(returnUrl)}` : route
}

/** Replace the current page with `url` (switchTab for tab pages, which cannot take a query). */
export function go(url: string, how: 'redirect' | 'navigate' = 'redirect'): void {
  const path = url.split('?')[0]
  if (TABS.includes(path)) void Taro.switchTab({ url: path })
  else if (how === 'navigate') void Taro.navigateTo({ url })
  else void Taro.redirectTo({ url })
}
