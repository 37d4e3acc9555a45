/** 一件事 bundles (public) and the resident's bundle cases; a part's refile reply goes into the cache. */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { getApi } from '@/api'
import type { BundleCase } from '@/api/contract/one-thing'
import { oneThingKeys } from './keys'

export const useBundles = () => useQuery({ queryKey: oneThingKeys.bundles(), queryFn: () => getApi().listBundles() })

export function useBundle(bundleId: string) {
  return useQuery({ queryKey: oneThingKeys.bundle(bundleId), queryFn: () => getApi().getBundle(bundleId), enabled: Boolean(bundleId) })
}

export function useMyBundleCases(enabled = true) {
  return useQuery({ queryKey: oneThingKeys.myBundleCases(), queryFn: () => getApi().listMyBundleCases(), enabled })
}

export const bundleCaseQuery = (id: string) =>
  queryOptions({ queryKey: oneThingKeys.bundleCase(id), queryFn: () => getApi().getBundleCase(id) })

export const useBundleCase = (id: string) => useQuery(bundleCaseQuery(id))

/** Stores the bundle case a part's action returned, and marks the list of bundle cases stale. */
export function useWriteBundleCase(id: string): (next: BundleCase) => void {
  const client = useQueryClient()
  return useCallback(
    (next: BundleCase) => {
      client.setQueryData(bundleCaseQuery(id).queryKey, next)
      void client.invalidateQueries({ queryKey: oneThingKeys.myBundleCases() })
    },
    [client, id],
  )
}

/** One part's case as filed (the values a refile starts from). */
export function usePartCase(caseId: string) {
  return useQuery({ queryKey: oneThingKeys.partCase(caseId), queryFn: () => getApi().getCase(caseId) })
}
