/** A matter's guide and form (public, changes rarely), and an application's 回执. */
import { useQuery } from '@tanstack/react-query'
import { getApi } from '@/api'
import { applyKeys } from './keys'

/** Guides are edited by the government a few times a year: ten minutes fresh. */
const GUIDE_STALE_MS = 10 * 60_000

export function useMatter(matterId: string) {
  return useQuery({
    queryKey: applyKeys.matter(matterId),
    queryFn: () => getApi().getMatter(matterId),
    enabled: Boolean(matterId),
    staleTime: GUIDE_STALE_MS,
  })
}

/** The case just filed and its matter's guide (the guide is optional: the receipt shows without it). */
export function useReceipt(caseId: string) {
  return useQuery({
    queryKey: applyKeys.receipt(caseId),
    queryFn: async () => {
      const c = await getApi().getCase(caseId)
      const matter = c.matterId
        ? await getApi()
            .getMatter(c.matterId)
            .catch(() => null)
        : null
      return { c, matter }
    },
    enabled: Boolean(caseId),
  })
}
