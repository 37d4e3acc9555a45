/**
 * File bytes on the server: uploads over HTTP through @fastify/multipart into the file
 * directory (server on PGlite, child process), read back by the uploader, refused by magic bytes
 * and past 12 MB; and a full disk (ENOSPC) is 507 with nothing recorded (core over the file
 * store whose write fails).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '@core/index'
import { emptyState } from '@core/storage'
import { fakeWeChat, memoryPopulation, memoryStorage, seededRandom } from '@mock/backend/memory-ports'
import { PERSONAS, seedPopulation } from '@mock/backend/seed'
import { localFileStore } from '../../server/files/local-file-store'
import { spawnServer, type ServerProcess } from './spawn-server'
import { png } from '../support/photo-fixture'

jest.setTimeout(150_000)

describe('uploads over HTTP (server on PGlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sqt-files-'))
  let server: ServerProcess
  let token: string
  const TOKEN = 'files-tester'
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(server.url + path, {
      method,
      headers: { 'x-tester-token': TOKEN, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  const upload = (bytes: Uint8Array, purpose = 'complaint-photo', type = 'image/png') => {
    const form = new FormData()
    form.append('purpose', purpose)
    form.append('file', new Blob([bytes], { type }), 'photo.png')
    return fetch(`${server.url}/v1/files`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form })
  }

  beforeAll(async () => {
    server = await spawnServer({ DEMO: '1', TESTER_TOKEN: TOKEN, PGLITE_DIR: join(dir, 'pglite'), FILES_DIR: join(dir, 'files'), REQUEST_LOG: '1' })
    token = (await (await call('POST', '/v1/auth/login', { persona: 'resident-new' })).json()).accessToken
  })
  afterAll(async () => {
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('stores a photo in the file directory and gives it back to the uploader', async () => {
    const r = await upload(png())
    expect(r.status).toBe(200)
    const ref = await r.json()
    expect(ref).toMatchObject({ mime: 'image/png', width: 2, height: 2 })
    expect(readdirSync(join(dir, 'files'))).toContain(ref.fileId)
    const back = await call('GET', ref.url)
    expect(back.status).toBe(200)
    expect(back.headers.get('content-type')).toBe('image/png')
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(png())
  })

  it('logs one line per request without personal data (no tokens, ids in paths or bodies)', async () => {
    const phone = '13908182345'
    await call('GET', `/v1/cases/${phone}`)
    await call('POST', '/v1/me/profile/corrections', { field: 'name', description: `我的电话是 ${phone}` })
    await server.until(/"route":"\/v1\/me\/profile\/corrections"/)
    const lines = server
      .output()
      .split('\n')
      .filter((l) => l.includes('"msg":"request"'))
      .map((l) => JSON.parse(l))
    expect(lines.length).toBeGreaterThanOrEqual(3)
    expect(lines.some((l) => l.route === '/v1/cases/:id')).toBe(true)
    const text = lines.map((l) => JSON.stringify(l)).join('\n')
    for (const secret of [token, phone, '我的电话']) expect(text).not.toContain(secret)
    for (const l of lines) expect(Object.keys(l)).toEqual(expect.arrayContaining(['id', 'method', 'route', 'status', 'ms', 'role']))
  })

  it('refuses what is not a photo by its bytes (400, Chinese) and more than 12 MB (413)', async () => {
    const exe = await upload(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), 'complaint-photo', 'image/jpeg')
    expect(exe.status).toBe(400)
    expect((await exe.json()).fieldErrors.file).toMatch(/[\u4e00-\u9fa5]/)
    const huge = await upload(new Uint8Array(13 * 1024 * 1024))
    expect(huge.status).toBe(413)
  })
})

describe('a full disk', () => {
  it('is 507 and the upload leaves no record', async () => {
    const state = emptyState()
    seedPopulation(state)
    const storage = memoryStorage(state)
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
    const dir = mkdtempSync(join(tmpdir(), 'sqt-full-'))
    const files = localFileStore(dir, { write: async () => Promise.reject(full) })
    const random = seededRandom()
    const core = createCore(
      { clock: { now: () => new Date('2026-12-04T10:00:00+08:00') }, random, storage, wechat: fakeWeChat(random), population: memoryPopulation(() => state), files, personas: PERSONAS },
      { tester: true },
    )
    const session = (await core.handle({ method: 'POST', path: '/v1/auth/login', query: {}, headers: {}, body: { persona: 'resident-new' } })).body as { accessToken: string }
    const auditBefore = state.audit.length
    const r = await core.handle({
      method: 'POST',
      path: '/v1/files',
      query: {},
      headers: { authorization: `Bearer ${session.accessToken}`, 'content-type': 'multipart/form-data; boundary=x' },
      body: { fields: { purpose: 'complaint-photo' }, files: { file: { filename: 'a.png', contentType: 'image/png', bytes: png() } } },
    })
    expect(r.status).toBe(507)
    expect((r.body as { message: string }).message).toMatch(/存储空间已满/)
    expect(state.files.size).toBe(0)
    expect(state.audit.length).toBe(auditBefore)
    expect(readdirSync(dir)).toEqual([])
    rmSync(dir, { recursive: true, force: true })
  })
})
