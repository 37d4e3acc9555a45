/**
 * File bytes in an S3-compatible object store (MinIO, Ceph RGW, Alibaba OSS/Tencent COS in S3
 * mode, AWS S3): one object per file id under `prefix`, path-style URLs
 * (`{endpoint}/{bucket}/{prefix}{id}`, what MinIO and most on-premises stores expect), every
 * request signed with AWS Signature V4 by aws4fetch, the payload's SHA-256 signed too so the
 * store rejects bytes changed on the way. A PUT is atomic on S3: a crash never leaves half a
 * photo under a real id.
 *
 * Failures the way the local store reports them: a full store (507, MinIO's XMinioStorageFull,
 * QuotaExceeded) is 507 and the upload is refused with nothing recorded; any other failure or a
 * timeout is 503. A GET of a missing object is null (the caller answers 404).
 */
import { createHash } from 'node:crypto'
import { AwsClient } from 'aws4fetch'
import { ApiError } from '@/api/contract/errors'
import type { FileBytes } from '@core/ports'

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

export interface S3FileStoreOptions {
  /** e.g. http://minio.internal:9000 (no bucket in it) */
  endpoint: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  /** MinIO accepts any; default us-east-1 */
  region?: string
  /** key prefix inside the bucket, e.g. "files/" (default "") */
  prefix?: string
  /** per request (default 10 000 ms) */
  timeoutMs?: number
  /** replaces global fetch (tests) */
  fetch?: typeof fetch
}

const full = () => new ApiError({ code: 'server', message: '服务器存储空间已满，文件没有保存，请稍后再试', retryable: true }, 507)
const unavailable = () => new ApiError({ code: 'server', message: '文件保存失败，请稍后重试', retryable: true }, 503)

export function s3FileStore(o: S3FileStoreOptions): FileBytes {
  const aws = new AwsClient({ accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey, service: 's3', region: o.region || 'us-east-1', retries: 0 })
  const doFetch = o.fetch ?? fetch
  const root = `${o.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(o.bucket)}/`
  const timeoutMs = o.timeoutMs ?? 10_000
  const url = (id: string) => {
    if (!SAFE_ID.test(id)) throw new ApiError({ code: 'not-found', message: '没有找到这个文件' }, 404)
    return `${root}${o.prefix ?? ''}${id}`
  }
  const send = async (method: 'PUT' | 'GET', target: string, body?: Uint8Array) => {
    const payloadHash = createHash('sha256')
      .update(body ?? new Uint8Array(0))
      .digest('hex')
    const signed = await aws.sign(target, {
      method,
      body,
      headers: { 'x-amz-content-sha256': payloadHash, ...(body ? { 'content-type': 'application/octet-stream' } : {}) },
    })
    return doFetch(signed, { signal: AbortSignal.timeout(timeoutMs) })
  }

  return {
    async put(fileId, bytes) {
      const target = url(fileId)
      let res: Response
      try {
        res = await send('PUT', target, bytes)
      } catch {
        throw unavailable()
      }
      if (res.ok) return
      const text = await res.text().catch(() => '')
      if (res.status === 507 || /XMinioStorageFull|QuotaExceeded|EntityTooLarge/.test(text)) throw full()
      throw unavailable()
    },
    async get(fileId) {
      const target = url(fileId)
      let res: Response
      try {
        res = await send('GET', target)
      } catch {
        throw unavailable()
      }
      if (res.status === 404) return null
      if (!res.ok) throw unavailable()
      return new Uint8Array(await res.arrayBuffer())
    },
  }
}
