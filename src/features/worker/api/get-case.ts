/**
 * One case as staff see it. An action's reply (the case as it now is) goes into the cache, so
 * the screen shows it without asking again; a conflict fetches the case again.
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { getApi, type CaseDetail } from '@/api'
import { workerKeys } from './keys'

export const workerCaseQuery = (id: string) =>
  queryOptions({ queryKey: workerKeys.case(id), queryFn: () => getApi().workerGetCase(id) })

export const useWorkerCase = (id: string) => useQuery(workerCaseQuery(id))

/** `write(next)` stores a reply unless a later version is already cached; `write(null)` refetches. */
export function useWriteWorkerCase(id: string): (next: CaseDetail | null) => void {
  const client = useQueryClient()
  return useCallback(
    (next: CaseDetail | null) => {
      if (next) client.setQueryData(workerCaseQuery(id).queryKey, (prev) => (prev && prev.version > next.version ? prev : next))
      else void client.invalidateQueries({ queryKey: workerKeys.case(id) })
    },
    [client, id],
  )
}
