/**
 * `useProfile()` for forms and the profile page: the government record of the signed-in,
 * verified resident. Memory-only cache; `profile` is null until verified.
 */
import { useCallback, useEffect, useState } from 'react'
import type { Profile } from '@/api'
import { useSessionStore } from '@/stores/session-store'
import { cachedProfile, loadProfile, onProfileCacheChange } from './profile-cache'

export interface ProfileState {
  profile: Profile | null
  loading: boolean
  error: unknown
  reload(): Promise<void>
}

export function useProfile(): ProfileState {
  const user = useSessionStore((s) => s.session?.user ?? null)
  const userId = user?.verified && user.role === 'resident' ? user.id : undefined
  const [profile, setProfile] = useState<Profile | null>(() => cachedProfile(userId))
  const [loading, setLoading] = useState<boolean>(() => Boolean(userId) && !cachedProfile(userId))
  const [error, setError] = useState<unknown>(undefined)

  const run = useCallback(
    async (fresh: boolean) => {
      if (!userId) {
        setProfile(null)
        setLoading(false)
        return
      }
      setLoading(true)
      setError(undefined)
      try {
        setProfile(await loadProfile(userId, fresh))
      } catch (e) {
        setError(e)
      } finally {
        setLoading(false)
      }
    },
    [userId],
  )

  useEffect(() => {
    void run(false)
  }, [run])

  // sign-out / user change clears the cache: drop what is on screen too
  useEffect(() => onProfileCacheChange(() => setProfile(cachedProfile(userId))), [userId])

  const reload = useCallback(() => run(true), [run])
  return { profile, loading, error, reload }
}
