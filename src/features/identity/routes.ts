/** Where the identity flow goes, and how to get there (tab pages need switchTab). */
import Taro from '@tarojs/taro'
import { paths, TAB_PATHS } from '@/routes'

/** The identity flow's pages (from the app's route table, src/routes.ts). */
export const ROUTES = {
  login: paths.login.path,
  me: paths.me.path,
  hall: paths.hall.path,
  consent: paths.identity.consent.path,
  verify: paths.identity.verify.path,
  profile: paths.identity.profile.path,
  family: paths.identity.family.path,
  workerQueue: paths.worker.queue.path,
} as const

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
  if (TAB_PATHS.includes(path)) void Taro.switchTab({ url: path })
  else if (how === 'navigate') void Taro.navigateTo({ url })
  else void Taro.redirectTo({ url })
}
