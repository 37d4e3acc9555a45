/**
 * Photos that really arrive (issue 14): a 随手拍 photo with EXIF GPS goes up as bytes, the
 * worker who handles the case downloads it, it decodes as an image of the right size and
 * carries no GPS tag. Who may read a file, what is refused, and the same over HTTP (msw,
 * multipart through Taro.uploadFile) with progress events.
 */
import { setupServer } from 'msw/node'
import { createHttpGovApi } from '@/api/http-adapter'
import { memoryTokenStore } from '@/api/client'
import type { GovApi } from '@/api/contract/gov-api'
import { createHandlers } from '@mock/msw/handlers'
import { fakeFiles, resetTaroMock, uploadProgress } from '../support/taro-mock'
import { clientFor, rejects, signIn, testBackend, verify, verifiedResident } from '../support/backend'
import { decodeJpegSize, hasExifGps, jpegWithGps } from '../support/photo-fixture'

const HERE = { lat: 31.2175, lng: 107.4822 }

async function snapWithPhoto(api: GovApi, bytes: Uint8Array, opts: { public?: boolean } = {}) {
  const progress: number[] = []
  const ref = await api.uploadFile({
    path: 'wxfile://tmp/snap.jpg',
    name: 'snap.jpg',
    mime: 'image/jpeg',
    size: bytes.length,
    purpose: 'complaint-photo',
    bytes,
    onProgress: (p) => progress.push(p),
  })
  const created = await api.createComplaint({
    categoryId: 'sanitation',
    description: '楼下垃圾桶满了三天没人清理，味道很大',
    photos: [ref.fileId],
    location: { ...HERE, address: '西外大街 12 号' },
    anonymous: false,
    public: opts.public ?? true,
    idempotencyKey: `k-${ref.fileId}`,
  })
  return { ref, created, progress }
}

describe('a 随手拍 photo, end to end (in-process)', () => {
  it('arrives as bytes: the worker sees it decoded at 64×48, with no GPS tag', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const photo = jpegWithGps(64, 48)
    expect(hasExifGps(photo)).toBe(true)
    const { ref, created, progress } = await snapWithPhoto(resident, photo)
    expect(ref).toMatchObject({ mime: 'image/jpeg', width: 64, height: 48, url: `/v1/files/${ref.fileId}`, thumbUrl: `/v1/files/${ref.fileId}?variant=thumb` })
    expect(progress[progress.length - 1]).toBe(100)
    expect(created.complaint!.photos.map((p) => p.fileId)).toEqual([ref.fileId])

    const worker = await signIn(backend, 'staff-grid-1')
    const seen = await worker.workerGetCase(created.id)
    expect(seen.complaint!.photos[0].fileId).toBe(ref.fileId)
    const file = await worker.getFile(ref.fileId)
    expect(file.mime).toBe('image/jpeg')
    expect(decodeJpegSize(file.bytes)).toEqual({ width: 64, height: 48 })
    expect(hasExifGps(file.bytes)).toBe(false)
    expect(file.bytes.length).toBe(ref.size)
    // the thumbnail variant is served too (the stripped original: the fake backend has no encoder)
    expect(decodeJpegSize((await worker.getFile(ref.fileId, 'thumb')).bytes)).toEqual({ width: 64, height: 48 })
    // the resident sees it in their own case
    expect(hasExifGps((await resident.getFile(ref.fileId)).bytes)).toBe(false)
  })

  it('404 to everyone else: another resident, staff of another grid, no session (except a public thumbnail)', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const { ref } = await snapWithPhoto(resident, jpegWithGps(), { public: false })
    const other = await verifiedResident(backend, 'resident-zhou')
    expect(await rejects(other.getFile(ref.fileId))).toMatchObject({ status: 404, message: '没有找到这个文件' })
    const gridTwo = await signIn(backend, 'staff-grid-2')
    expect((await rejects(gridTwo.getFile(ref.fileId))).status).toBe(404)
    const anonymous = clientFor(backend)
    expect((await rejects(anonymous.getFile(ref.fileId, 'thumb'))).status).toBe(404)
    expect((await rejects(anonymous.getFile('file-9999'))).status).toBe(404)

    // a public report's photo: its thumbnail is on the board for anyone, the full file is not
    const pub = await snapWithPhoto(resident, jpegWithGps(), { public: true })
    const board = await anonymous.listBoard()
    expect(board.find((c) => c.id === pub.created.id)?.board?.photoFileId).toBe(pub.ref.fileId)
    expect(decodeJpegSize((await anonymous.getFile(pub.ref.fileId, 'thumb')).bytes)).toEqual({ width: 64, height: 48 })
    expect((await rejects(anonymous.getFile(pub.ref.fileId))).status).toBe(404)
  })

  it('refuses an .exe declared as image/jpeg, a PDF as a complaint photo, and an upload without purpose', async () => {
    const { backend } = testBackend()
    const api = await verifiedResident(backend, 'resident-new')
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0])
    const err = await rejects(api.uploadFile({ path: 'x.jpg', name: 'x.jpg', mime: 'image/jpeg', size: exe.length, purpose: 'complaint-photo', bytes: exe }))
    expect(err).toMatchObject({ status: 400, code: 'validation', message: '这是可执行程序，这里只能上传照片（jpg/png/webp）', fieldErrors: { file: expect.any(String) } })
    const pdf = new TextEncoder().encode('%PDF-1.4 疫苗本')
    expect((await rejects(api.uploadFile({ path: 'v.pdf', name: 'v.pdf', mime: 'application/pdf', size: pdf.length, purpose: 'complaint-photo', bytes: pdf }))).message).toMatch(/只能上传照片/)
    const ok = await api.uploadFile({ path: 'v.pdf', name: '疫苗本.pdf', mime: 'application/pdf', size: pdf.length, purpose: 'material', bytes: pdf })
    expect(ok).toMatchObject({ mime: 'application/pdf', name: '疫苗本.pdf' })
    expect((await rejects(api.uploadFile({ path: 'p', name: 'p.jpg', mime: 'image/jpeg', size: 1, purpose: 'selfie' as never, bytes: jpegWithGps() }))).fieldErrors.purpose).toBe('上传用途不正确')
  })

  it('keeps bytes in memory under a cap; past it the upload is refused in Chinese', async () => {
    const { backend } = testBackend(undefined, { fileStoreCapBytes: 3000 })
    const api = await verifiedResident(backend, 'resident-new')
    const photo = jpegWithGps(64, 48) // ~1.1 KB after stripping
    await api.uploadFile({ path: 'a', name: 'a.jpg', mime: 'image/jpeg', size: photo.length, purpose: 'complaint-photo', bytes: photo })
    await api.uploadFile({ path: 'b', name: 'b.jpg', mime: 'image/jpeg', size: photo.length, purpose: 'complaint-photo', bytes: photo })
    const full = await rejects(api.uploadFile({ path: 'c', name: 'c.jpg', mime: 'image/jpeg', size: photo.length, purpose: 'complaint-photo', bytes: photo }))
    expect(full).toMatchObject({ code: 'server', message: '服务器存储空间已满，请稍后再试' })
  })

  it('a resident who is not signed in cannot upload', async () => {
    const { backend } = testBackend()
    const err = await rejects(clientFor(backend).uploadFile({ path: 'a', name: 'a.jpg', mime: 'image/jpeg', size: 1, purpose: 'complaint-photo', bytes: jpegWithGps() }))
    expect(err.status).toBe(401)
  })
})

describe('over HTTP: multipart/form-data through Taro.uploadFile, bytes back through Taro.request', () => {
  const BASE = 'https://gov.example.test/api'
  const { backend } = testBackend()
  const server = setupServer(...createHandlers(backend, BASE))
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    backend.reset()
    resetTaroMock()
  })
  afterAll(() => server.close())

  it('uploads the picked file with progress events; the worker downloads it without GPS', async () => {
    const resident = createHttpGovApi(BASE, memoryTokenStore())
    await resident.login({ persona: 'resident-new' })
    await verify(resident)
    fakeFiles.set('wxfile://tmp/dog.jpg', jpegWithGps(80, 60))
    const progress: number[] = []
    const ref = await resident.uploadFile({ path: 'wxfile://tmp/dog.jpg', name: 'dog.jpg', mime: 'image/jpeg', size: 1, purpose: 'complaint-photo', onProgress: (p) => progress.push(p) })
    expect(uploadProgress).toEqual([50, 100]) // the platform's onProgressUpdate events
    expect(progress).toEqual([50, 99, 100]) // 100 only once the server answered
    expect(ref).toMatchObject({ name: 'dog.jpg', width: 80, height: 60 })
    const created = await resident.createComplaint({
      categoryId: 'sanitation',
      description: '小区门口的垃圾堆了好几天了没人管',
      photos: [ref.fileId],
      location: { ...HERE, address: '西外大街 12 号' },
      anonymous: false,
      public: false,
      idempotencyKey: 'k-http',
    })
    const worker = createHttpGovApi(BASE, memoryTokenStore())
    await worker.login({ persona: 'staff-grid-1' })
    expect((await worker.workerGetCase(created.id)).complaint!.photos).toHaveLength(1)
    const file = await worker.getFile(ref.fileId)
    expect(file.mime).toBe('image/jpeg')
    expect(decodeJpegSize(file.bytes)).toEqual({ width: 80, height: 60 })
    expect(hasExifGps(file.bytes)).toBe(false)
  })

  it('a refused upload over HTTP keeps its Chinese message', async () => {
    const api = createHttpGovApi(BASE, memoryTokenStore())
    await api.login({ persona: 'resident-new' })
    await verify(api)
    fakeFiles.set('wxfile://tmp/virus.jpg', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0]))
    const err = await rejects(api.uploadFile({ path: 'wxfile://tmp/virus.jpg', name: 'virus.jpg', mime: 'image/jpeg', size: 6, purpose: 'complaint-photo' }))
    expect(err).toMatchObject({ status: 400, message: '这是可执行程序，这里只能上传照片（jpg/png/webp）' })
  })
})
