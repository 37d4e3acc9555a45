/**
 * An uploaded file's bytes, fetched through GovApi.getFile (with the session: the server decides
 * who may see it) and turned into something <Image> can show. A file id never changes its bytes,
 * so an answer stays fresh while it is cached; the cache goes on sign-out like all server state.
 */
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { getApi } from '@/api'
import { displayUrl } from '@/platform/file-display'
import { fileKeys, type FileVariant } from './keys'

export interface FileUrl {
  url: string
  mime: string
}

const fileUrlQuery = (fileId: string, variant: FileVariant = 'full') => ({
  queryKey: fileKeys.url(fileId, variant),
  queryFn: async (): Promise<FileUrl> => {
    const { bytes, mime } = await getApi().getFile(fileId, variant === 'thumb' ? 'thumb' : undefined)
    return { url: await displayUrl(`${fileId}:${variant}`, bytes, mime), mime }
  },
  staleTime: Infinity,
})

/** For a tap (enlarge, open a PDF): the cached answer, else one fetch. */
export function loadFileUrl(client: QueryClient, fileId: string, variant?: FileVariant): Promise<FileUrl> {
  return client.fetchQuery(fileUrlQuery(fileId, variant))
}

export type FileUrlState = { state: 'loading' } | ({ state: 'ready' } & FileUrl) | { state: 'failed' }

export function useFileUrl(fileId: string | null | undefined, variant?: FileVariant): FileUrlState {
  const q = useQuery({ ...fileUrlQuery(fileId ?? '', variant), enabled: !!fileId })
  if (!fileId || q.isError) return { state: 'failed' }
  return q.data ? { state: 'ready', ...q.data } : { state: 'loading' }
}
