/**
 * A local S3-compatible object store for tests (no MinIO binary is reachable here): path-style
 * PUT and GET of objects in one bucket, each request's AWS Signature V4 verified with its own
 * implementation (node:crypto, not aws4fetch, so client and store are checked against each
 * other), the signed payload hash compared with the bytes received. Answers with S3's XML
 * error bodies and codes: 403 SignatureDoesNotMatch / InvalidAccessKeyId /
 * RequestTimeTooSkewed, 400 XAmzContentSHA256Mismatch, 404 NoSuchKey / NoSuchBucket, and — when
 * told the disk is full — MinIO's 507 XMinioStorageFull.
 */
import { createHash, createHmac } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface S3SimulatorOptions {
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  region?: string
}

export interface S3Simulator {
  url: string
  objects: Map<string, Uint8Array>
  /** requests answered, by status */
  statuses: number[]
  /** every PUT answers 507 XMinioStorageFull while true */
  full: boolean
  /** the next request waits this long before answering */
  delayNextMs: number
  close(): Promise<void>
}

const sha256hex = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex')
const hmac = (key: Buffer | string, s: string) => createHmac('sha256', key).update(s).digest()

/** RFC 3986 encoding as SigV4 wants it (S3: the path's slashes kept) */
const uriEncode = (s: string, keepSlash: boolean) =>
  [...Buffer.from(s, 'utf8')]
    .map((c) => {
      const ch = String.fromCharCode(c)
      if (/[A-Za-z0-9\-._~]/.test(ch) || (keepSlash && ch === '/')) return ch
      return `%${c.toString(16).toUpperCase().padStart(2, '0')}`
    })
    .join('')

export interface SignedRequest {
  method: string
  /** the raw path, e.g. /bucket/key */
  path: string
  query: string
  headers: Record<string, string | string[] | undefined>
}

/** The signature SigV4 expects for this request, or a reason it cannot be checked. */
export function expectedSignature(req: SignedRequest, secretAccessKey: string): { signature: string; accessKeyId: string; amzDate: string } | { error: string } {
  const auth = String(req.headers.authorization ?? '')
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(auth)
  if (!m) return { error: 'AccessDenied' }
  const [, accessKeyId, date, region, signedHeaders] = m
  const amzDate = String(req.headers['x-amz-date'] ?? '')
  if (!amzDate.startsWith(date)) return { error: 'SignatureDoesNotMatch' }
  const canonicalHeaders = signedHeaders
    .split(';')
    .map((h) => `${h}:${String(req.headers[h] ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('')
  const canonicalQuery = req.query
    .split('&')
    .filter(Boolean)
    .map((kv) => kv.split('=').map((x) => uriEncode(decodeURIComponent(x), false)))
    .sort(([a, av], [b, bv]) => (a === b ? ((av ?? '') < (bv ?? '') ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v ?? ''}`)
    .join('&')
  const canonicalRequest = [
    req.method,
    uriEncode(decodeURIComponent(req.path), true),
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    String(req.headers['x-amz-content-sha256'] ?? 'UNSIGNED-PAYLOAD'),
  ].join('\n')
  const scope = `${date}/${region}/s3/aws4_request`
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256hex(canonicalRequest)].join('\n')
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), 's3'), 'aws4_request')
  return { signature: createHmac('sha256', key).update(toSign).digest('hex'), accessKeyId, amzDate }
}

const xmlError = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`

const body = (req: IncomingMessage) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    req.on('error', reject)
  })

export async function startS3Simulator(o: S3SimulatorOptions): Promise<S3Simulator> {
  const sim: Omit<S3Simulator, 'url' | 'close'> = { objects: new Map(), statuses: [], full: false, delayNextMs: 0 }
  const server: Server = createServer(async (req, res) => {
    const answer = (status: number, text = '', type = 'application/xml') => {
      sim.statuses.push(status)
      res.writeHead(status, { 'content-type': type })
      res.end(text)
    }
    const bytes = await body(req)
    if (sim.delayNextMs) {
      const ms = sim.delayNextMs
      sim.delayNextMs = 0
      await new Promise((r) => setTimeout(r, ms))
    }
    const [rawPath, query = ''] = (req.url ?? '/').split('?')
    const check = expectedSignature({ method: req.method ?? 'GET', path: rawPath, query, headers: req.headers }, o.secretAccessKey)
    if ('error' in check) return answer(403, xmlError(check.error, 'The request signature we calculated does not match the signature you provided.'))
    if (check.accessKeyId !== o.accessKeyId) return answer(403, xmlError('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'))
    const given = /Signature=([0-9a-f]{64})/.exec(String(req.headers.authorization))?.[1]
    if (given !== check.signature) return answer(403, xmlError('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.'))
    const stamp = Date.parse(check.amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'))
    if (!Number.isFinite(stamp) || Math.abs(Date.now() - stamp) > 15 * 60_000) return answer(403, xmlError('RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.'))
    const declared = String(req.headers['x-amz-content-sha256'] ?? '')
    if (declared !== 'UNSIGNED-PAYLOAD' && declared !== sha256hex(bytes)) {
      return answer(400, xmlError('XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 header does not match what was computed.'))
    }
    const path = decodeURIComponent(rawPath)
    const prefix = `/${o.bucket}/`
    if (!path.startsWith(prefix)) return answer(404, xmlError('NoSuchBucket', 'The specified bucket does not exist'))
    const key = path.slice(prefix.length)
    if (req.method === 'PUT') {
      if (sim.full) return answer(507, xmlError('XMinioStorageFull', 'Storage backend has reached its minimum free drive threshold.'))
      sim.objects.set(key, bytes)
      res.setHeader('etag', `"${createHash('md5').update(bytes).digest('hex')}"`)
      return answer(200)
    }
    if (req.method === 'GET') {
      const obj = sim.objects.get(key)
      if (!obj) return answer(404, xmlError('NoSuchKey', 'The specified key does not exist.'))
      sim.statuses.push(200)
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': obj.byteLength })
      return res.end(Buffer.from(obj))
    }
    return answer(405, xmlError('MethodNotAllowed', 'The specified method is not allowed against this resource.'))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return Object.assign(sim, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  })
}
