/**
 * Public face of the identity feature for other features: who is signed in, and the guards
 * that send a resident to sign-in / face verification and back to where they were.
 * (The identity feature's pages and flows build on this; keep these signatures.)
 */
import Taro from '@tarojs/taro'
import { useSessionStore } from '@/stores/session-store'
import { paths } from '@/routes'

export { useProfile, type ProfileState } from './use-profile'
export { useCachedProfile } from './api/get-profile'
export { profileForForms } from './profile-for-forms'
export { useApplicant, type Applicant, type ApplicantState } from './use-applicant'
export { signInAs, signOut } from './session-actions'

export function useSession() {
  const session = useSessionStore((s) => s.session)
  return {
    session,
    user: session?.user ?? null,
    signedIn: Boolean(session),
    verified: Boolean(session?.user.verified),
    isStaff: Boolean(session && session.user.role !== 'resident'),
  }
}

/** The current page's route with its query, to come back to after sign-in or verification. */
export function currentUrl(): string {
  const pages = Taro.getCurrentPages?.() ?? []
  const page = pages[pages.length - 1] as { route?: string; options?: Record<string, string> } | undefined
  if (!page?.route) return paths.home.path
  // weapp gives 'pages/x/index'; H5 gives '/pages/x/index' and may carry the query itself
  const [path, inlineQuery] = page.route.replace(/^\/+/, '').split('?')
  const params = new Map<string, string>()
  for (const part of (inlineQuery ?? '').split('&').filter(Boolean)) {
    const [k, v = ''] = part.split('=')
    params.set(k, decodeURIComponent(v))
  }
  for (const [k, v] of Object.entries(page.options ?? {})) if (v !== undefined) params.set(k, String(v))
  const q = [...params].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')
  return `/${path}${q ? `?${q}` : ''}`
}

/** true when the resident is signed in and face-verified; otherwise navigates to the next step and returns false. */
export function ensureVerified(returnUrl = currentUrl()): boolean {
  const session = useSessionStore.getState().session
  if (!session) {
    void Taro.navigateTo({ url: paths.login.url(returnUrl) })
    return false
  }
  if (!session.user.verified) {
    void Taro.navigateTo({ url: paths.identity.verify.url(returnUrl) })
    return false
  }
  return true
}
