/**
 * One of my cases, and the way a reply from the server (补正, 评价, 撤回 return the case as it
 * now is) goes into the cache: the screen shows the reply without asking again.
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { getApi, type CaseDetail } from '@/api'
import { caseKeys } from './keys'

export const caseQuery = (id: string) => queryOptions({ queryKey: caseKeys.detail(id), queryFn: () => getApi().getCase(id) })

export function useCase(id: string | undefined, enabled: boolean) {
  return useQuery({ ...caseQuery(id ?? ''), enabled: Boolean(id) && enabled })
}

/**
 * `write(next)` stores the server's reply unless the cache already holds a later version;
 * `write(null)` (the reply was a conflict) marks the case stale and fetches it again.
 * The list of my cases is marked stale too (its status column changed).
 */
export function useWriteCase(id: string | undefined): (next: CaseDetail | null) => void {
  const client = useQueryClient()
  return useCallback(
    (next: CaseDetail | null) => {
      if (!id) return
      if (next) client.setQueryData(caseQuery(id).queryKey, (prev) => (prev && prev.version > next.version ? prev : next))
      else void client.invalidateQueries({ queryKey: caseKeys.detail(id) })
      void client.invalidateQueries({ queryKey: [...caseKeys.all, 'list'] })
    },
    [client, id],
  )
}
