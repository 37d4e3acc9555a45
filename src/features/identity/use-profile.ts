/**
 * `useProfile()` for forms and the profile page: the government record of the signed-in,
 * verified resident, from the query cache (memory only); `profile` is null until verified.
 */
import type { Profile } from '@/api'
import { useProfileQuery } from './api/get-profile'

export interface ProfileState {
  profile: Profile | null
  loading: boolean
  error: unknown
  reload(): Promise<void>
}

export function useProfile(): ProfileState {
  const { userId, query } = useProfileQuery()
  return {
    profile: userId ? (query.data ?? null) : null,
    loading: Boolean(userId) && query.isPending,
    error: userId ? query.error : null,
    reload: async () => {
      await query.refetch()
    },
  }
}
