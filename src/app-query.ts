/**
 * Wires the server-state cache (src/lib/query-client.ts) to the app: it forgets everything on
 * sign-out or a change of user (it holds personal data: profiles, relatives, cases), refetches
 * stale queries when the app comes back to the front, and when the network comes back.
 */
import { focusManager, onlineManager, type QueryClient } from '@tanstack/react-query'
import { watchAppVisibility } from '@/platform/app-visibility'
import { watchNetwork } from '@/platform/network'
import { useSessionStore } from '@/stores/session-store'

/**
 * Clears `client` whenever the signed-in user changes (sign-out included) or loses their
 * verification (the server has locked the profile again). Returns an unsubscribe.
 */
export function clearCacheOnSignOut(client: QueryClient): () => void {
  return useSessionStore.subscribe((s, prev) => {
    const next = s.session?.user
    const last = prev.session?.user
    if (next?.id !== last?.id || (last?.verified && !next?.verified)) client.clear()
  })
}

/**
 * focusManager follows Taro's app show/hide and onlineManager the platform's network signal
 * (WeChat has no window focus or online events). Returns a function that detaches both.
 */
export function connectQueryManagers(): () => void {
  focusManager.setEventListener((setFocused) => watchAppVisibility((visible) => setFocused(visible)))
  onlineManager.setEventListener((setOnline) => watchNetwork(setOnline))
  return () => {
    focusManager.setEventListener(() => undefined)
    onlineManager.setEventListener(() => undefined)
  }
}
