/** The one seam between the GovApi client and the wire: Taro.request, the in-process fake backend, or fetch. */
export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** path under the API root, e.g. /v1/cases/abc */
  path: string
  query?: Record<string, string | number | boolean | undefined>
  headers: Record<string, string>
  body?: unknown
  /** multipart/form-data upload of one file (field `file`) plus text fields; replaces `body` */
  upload?: TransportUpload
  /** 'bytes': the response body is returned as a Uint8Array (GET /v1/files/{id}) */
  responseType?: 'json' | 'bytes'
}

export interface TransportUpload {
  filePath: string
  fileName: string
  mime: string
  fields: Record<string, string>
  bytes?: Uint8Array
  onProgress?: (pct: number) => void
}

export interface TransportResponse {
  status: number
  body: unknown
  /** lower-cased names; e.g. retry-after, content-type */
  headers?: Record<string, string>
}

export type Transport = (req: TransportRequest) => Promise<TransportResponse>

export function buildQuery(query: TransportRequest['query']): string {
  if (!query) return ''
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  return parts.length ? `?${parts.join('&')}` : ''
}
