/** The verified resident's government record: fetched once per user, held in memory only. */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { getApi, type Profile } from '@/api'
import { useSessionStore } from '@/stores/session-store'
import { identityKeys } from './keys'

export const profileQuery = (userId: string) =>
  queryOptions({ queryKey: identityKeys.profile(userId), queryFn: () => getApi().getProfile() })

/** The signed-in user's id when they are a verified resident (only they have a profile). */
export function useVerifiedResidentId(): string | undefined {
  return useSessionStore((s) => {
    const u = s.session?.user
    return u?.verified && u.role === 'resident' ? u.id : undefined
  })
}

export function useProfileQuery() {
  const userId = useVerifiedResidentId()
  const query = useQuery({ ...profileQuery(userId ?? ''), enabled: Boolean(userId) })
  return { userId, query }
}

/** The profile already in the cache (no request), e.g. for the 走流程 report. */
export function useCachedProfile(): Profile | null {
  const userId = useVerifiedResidentId()
  const client = useQueryClient()
  return userId ? (client.getQueryData(profileQuery(userId).queryKey) ?? null) : null
}

/** Puts the profile the server returned with a confirmed verification into the cache. */
export function useRememberProfile(): (profile: Profile) => void {
  const client = useQueryClient()
  return useCallback(
    (profile: Profile) => {
      const userId = useSessionStore.getState().session?.user.id
      if (userId) client.setQueryData(profileQuery(userId).queryKey, profile)
    },
    [client],
  )
}
