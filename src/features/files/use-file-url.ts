/**
 * An uploaded file's bytes, fetched once through GovApi.getFile (with the session: the server
 * decides who may see it) and turned into something <Image> can show. Cached per file and
 * variant for the life of the app.
 */
import { useEffect, useState } from 'react'
import { getApi } from '@/api'
import { displayUrl } from '@/platform/file-display'

const cache = new Map<string, Promise<{ url: string; mime: string }>>()

export function loadFileUrl(fileId: string, variant?: 'thumb'): Promise<{ url: string; mime: string }> {
  const key = `${fileId}:${variant ?? 'full'}`
  let p = cache.get(key)
  if (!p) {
    p = getApi()
      .getFile(fileId, variant)
      .then(async ({ bytes, mime }) => ({ url: await displayUrl(key, bytes, mime), mime }))
    p.catch(() => cache.delete(key)) // a failed load is tried again next time
    cache.set(key, p)
  }
  return p
}

/** Tests and sign-out: forget what was loaded. */
export function clearFileUrls(): void {
  cache.clear()
}

export type FileUrlState = { state: 'loading' } | { state: 'ready'; url: string; mime: string } | { state: 'failed' }

export function useFileUrl(fileId: string | null | undefined, variant?: 'thumb'): FileUrlState {
  const [s, setS] = useState<FileUrlState>({ state: 'loading' })
  useEffect(() => {
    if (!fileId) return
    let live = true
    setS({ state: 'loading' })
    loadFileUrl(fileId, variant).then(
      (r) => live && setS({ state: 'ready', ...r }),
      () => live && setS({ state: 'failed' }),
    )
    return () => {
      live = false
    }
  }, [fileId, variant])
  return fileId ? s : { state: 'failed' }
}
