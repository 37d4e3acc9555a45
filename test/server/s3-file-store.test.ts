/**
 * The S3-compatible file store against a local S3 simulator whose SigV4 check is its own
 * implementation (checked here against AWS's published example): round trip, missing objects,
 * wrong credentials, a full store (507), a store that does not answer (503); and the server
 * configured with FILES_S3_* keeps an uploaded photo's bytes in the bucket, not on its disk.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { s3FileStore } from '../../server/files/s3-file-store'
import { expectedSignature, startS3Simulator, type S3Simulator } from '../../server/files/s3-simulator'
import { spawnServer, type ServerProcess } from './spawn-server'
import { png } from '../support/photo-fixture'

jest.setTimeout(150_000)

const CREDS = { bucket: 'shequtong', accessKeyId: 'minio-test', secretAccessKey: 'minio-test-secret-key' }

describe('the simulator checks signatures the way S3 does', () => {
  it('reproduces the signature of AWS’s published SigV4 example (GET /test.txt, 2013-05-24)', () => {
    const headers = {
      host: 'examplebucket.s3.amazonaws.com',
      range: 'bytes=0-9',
      'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'x-amz-date': '20130524T000000Z',
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    }
    const r = expectedSignature({ method: 'GET', path: '/test.txt', query: '', headers }, 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
    expect(r).toEqual({ signature: 'f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', amzDate: '20130524T000000Z' })
  })
})

describe('s3FileStore against the simulator', () => {
  let sim: S3Simulator
  beforeAll(async () => {
    sim = await startS3Simulator(CREDS)
  })
  afterAll(() => sim.close())
  const store = (over: Partial<Parameters<typeof s3FileStore>[0]> = {}) => s3FileStore({ endpoint: sim.url, prefix: 'files/', ...CREDS, ...over })

  it('puts and gets the exact bytes under bucket/prefix/id', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 250])
    await store().put('f-1', bytes)
    expect([...sim.objects.keys()]).toContain('files/f-1')
    expect(await store().get('f-1')).toEqual(bytes)
  })

  it('a missing object is null (the route answers 404), and an unsafe id is 404 before any request', async () => {
    expect(await store().get('f-none')).toBeNull()
    const before = sim.statuses.length
    await expect(store().get('../etc/passwd')).rejects.toMatchObject({ status: 404 })
    expect(sim.statuses.length).toBe(before)
  })

  it('wrong credentials are refused by the store and reported as 503, nothing stored', async () => {
    await expect(store({ secretAccessKey: 'not-the-secret' }).put('f-2', new Uint8Array([1]))).rejects.toMatchObject({ status: 503 })
    await expect(store({ accessKeyId: 'someone-else' }).put('f-2', new Uint8Array([1]))).rejects.toMatchObject({ status: 503 })
    expect(sim.objects.has('files/f-2')).toBe(false)
    expect(sim.statuses.slice(-2)).toEqual([403, 403])
  })

  it('a full store is 507 with the message residents see, nothing stored', async () => {
    sim.full = true
    try {
      await expect(store().put('f-3', new Uint8Array([1, 2]))).rejects.toMatchObject({ status: 507, message: expect.stringContaining('存储空间已满') })
    } finally {
      sim.full = false
    }
    expect(sim.objects.has('files/f-3')).toBe(false)
  })

  it('a store that does not answer in time is 503, not a hung upload', async () => {
    sim.delayNextMs = 1500
    await expect(store({ timeoutMs: 200 }).put('f-4', new Uint8Array([1]))).rejects.toMatchObject({ status: 503 })
  })

  it('an unreachable store is 503', async () => {
    await expect(s3FileStore({ endpoint: 'http://127.0.0.1:9', ...CREDS, timeoutMs: 2000 }).get('f-1')).rejects.toMatchObject({ status: 503 })
  })
})

describe('the server with FILES_S3_* configured (PGlite, child process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sqt-s3-'))
  const TOKEN = 's3-tester'
  let sim: S3Simulator
  let server: ServerProcess
  beforeAll(async () => {
    sim = await startS3Simulator(CREDS)
    server = await spawnServer({
      DEMO: '1',
      TESTER_TOKEN: TOKEN,
      PGLITE_DIR: join(dir, 'pglite'),
      FILES_DIR: join(dir, 'files'),
      FILES_S3_ENDPOINT: sim.url,
      FILES_S3_BUCKET: CREDS.bucket,
      FILES_S3_ACCESS_KEY_ID: CREDS.accessKeyId,
      FILES_S3_SECRET_ACCESS_KEY: CREDS.secretAccessKey,
      FILES_S3_PREFIX: 'uploads/',
    })
  })
  afterAll(async () => {
    await server?.stop()
    await sim?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('an uploaded photo lands in the bucket (not on the server’s disk) and its uploader reads it back', async () => {
    expect(server.output()).toContain('files: S3-compatible store')
    const login = await fetch(`${server.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tester-token': TOKEN },
      body: JSON.stringify({ persona: 'resident-new' }),
    })
    expect(login.status).toBe(200)
    const { accessToken } = (await login.json()) as { accessToken: string }
    const form = new FormData()
    form.append('purpose', 'complaint-photo')
    form.append('file', new Blob([png()], { type: 'image/png' }), 'photo.png')
    const up = await fetch(`${server.url}/v1/files`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}` }, body: form })
    expect(up.status).toBe(200)
    const ref = (await up.json()) as { fileId: string; url: string }
    expect([...sim.objects.keys()]).toEqual([`uploads/${ref.fileId}`])
    expect(readdirSync(dir)).not.toContain('files')
    const back = await fetch(server.url + ref.url, { headers: { authorization: `Bearer ${accessToken}` } })
    expect(back.status).toBe(200)
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(png())
    // the bucket full: 507, nothing stored
    sim.full = true
    try {
      const refused = await fetch(`${server.url}/v1/files`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}` }, body: form })
      expect(refused.status).toBe(507)
    } finally {
      sim.full = false
    }
    expect(sim.objects.size).toBe(1)
  })
})
