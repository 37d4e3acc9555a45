/**
 * Sign-in, the step after it, server-confirmed face verification and sign-out. The server
 * decides everything that matters (who you are, whether you are verified); the client only
 * mirrors what it is told.
 */
import { getApi, type Profile, type Session } from '@/api'
import { useDraftsStore } from '@/stores/drafts-store'
import { usePrefsStore } from '@/stores/prefs-store'
import { useSessionStore } from '@/stores/session-store'
import { ROUTES, withReturn } from './routes'

export async function signInAs(persona: string): Promise<Session> {
  clearPersonalState()
  const session = await getApi().login({ persona })
  useSessionStore.getState().setSession(session)
  return session
}

export async function signInWithCode(code: string): Promise<Session> {
  clearPersonalState()
  const session = await getApi().login({ code })
  useSessionStore.getState().setSession(session)
  return session
}

/**
 * After sign-in: consent first (nothing personal is touched before it), then face verification
 * for residents who agreed to it, then back where they came from (or 我的).
 */
export async function nextAfterSignIn(returnUrl: string | null): Promise<string> {
  const session = useSessionStore.getState().session
  // staff land on their console (a subpackage residents never download) unless sent elsewhere
  const staff = Boolean(session && session.user.role !== 'resident')
  const done = returnUrl ?? (staff ? ROUTES.workerQueue : ROUTES.me)
  if (!session || staff) return done
  const consent = await getApi().getConsent()
  if (!consent.privacy || !consent.at) return withReturn(ROUTES.consent, returnUrl)
  if (session.user.verified) return done
  if (consent.face && consent.idNumber) return withReturn(ROUTES.verify, returnUrl)
  return done
}

/**
 * The server reads WeChat's result and answers; only then is the session verified. The
 * client takes the upgraded user from that answer (or refreshes the session to learn it).
 * The caller puts the returned profile into the query cache (useRememberProfile).
 */
export async function confirmVerification(verifyId: string): Promise<Profile> {
  const api = getApi()
  const res = await api.confirmFaceVerification(verifyId)
  const store = useSessionStore.getState()
  if (res.user) store.setUser(res.user)
  else if (store.session) await api.refresh(store.session.refreshToken)
  return res.profile
}

/**
 * Forget the drafts held in memory. Server data (profile, relatives, cases) lives in the query
 * cache, which the app clears whenever the signed-in user changes (src/app-query.ts).
 */
function clearPersonalState(): void {
  useDraftsStore.setState({ drafts: {} })
}

/**
 * Sign-out: the server forgets the session, and every personal datum goes from memory and
 * storage (drafts included — in memory they hold ID numbers and phones, in storage names). Only the display preferences
 * (长辈版, font size) are written back: they say nothing about the person.
 */
export async function signOut(): Promise<void> {
  try {
    if (useSessionStore.getState().session) await getApi().logout()
  } catch {
    // offline or already expired: wipe locally anyway
  }
  clearPersonalState()
  useSessionStore.getState().clear()
  usePrefsStore.setState({ ...usePrefsStore.getState() })
}
