/**
 * Materials and complaint photos on WeChat (platform/media.ts, platform/photo.ts) with a stubbed
 * camera/album and compressImage: every photo is re-encoded, even a small one, so its EXIF
 * never leaves the phone; a PNG over 1 MB is scaled down and accepted, not refused; a refused
 * camera says so and leads to 去设置开启 (MEDIA_DENIED_MESSAGE / PhotoError 'denied').
 */
import Taro from '@tarojs/taro'
import { MAX_UPLOAD_BYTES, MEDIA_DENIED_MESSAGE, pickMaterials } from '@/platform/media'
import { compressPhoto, PHOTO_TARGET_BYTES } from '@/platform/photo'

const taro = Taro as unknown as Record<string, unknown>
const saved = { ...taro }
const sizes = new Map<string, number>()
const compressCalls: Array<{ src: string; quality?: number; compressedWidth?: number }> = []
let picked: Array<{ tempFilePath: string; size: number }> = []
let pickError: unknown = null

/**
 * A stand-in compressImage that behaves like WeChat's: quality lowers a JPEG's size and is
 * ignored for a PNG; compressedWidth scales either (size ∝ area); the output is a new temp file.
 */
function fakeCompress(o: { src: string; quality?: number; compressedWidth?: number }) {
  compressCalls.push(o)
  const before = sizes.get(o.src) ?? 0
  const png = o.src.endsWith('.png')
  const byQuality = png ? 1 : (o.quality ?? 80) / 100
  const byWidth = o.compressedWidth ? (Math.min(4000, o.compressedWidth) / 4000) ** 2 : 1
  const out = `wxfile://tmp/c${compressCalls.length}.${png ? 'png' : 'jpg'}`
  sizes.set(out, Math.round(before * byQuality * byWidth))
  return Promise.resolve({ tempFilePath: out, errMsg: 'compressImage:ok' })
}

beforeEach(() => {
  sizes.clear()
  compressCalls.length = 0
  picked = []
  pickError = null
  taro.chooseMedia = () => (pickError ? Promise.reject(pickError) : Promise.resolve({ tempFiles: picked, errMsg: 'chooseMedia:ok' }))
  taro.compressImage = fakeCompress
  taro.getFileSystemManager = () => ({
    statSync: (p: string) => ({ size: sizes.get(p) ?? 0 }),
    getFileInfo: (o: { filePath: string; success: (r: { size: number }) => void }) => o.success({ size: sizes.get(o.filePath) ?? 0 }),
  })
})
afterAll(() => {
  for (const k of ['chooseMedia', 'compressImage', 'getFileSystemManager']) taro[k] = saved[k]
})

function photo(path: string, size: number) {
  sizes.set(path, size)
  picked.push({ tempFilePath: path, size })
}

describe('materials (apply, 补正)', () => {
  it('a small photo is still re-encoded: the original file (with its EXIF) is never what is uploaded', async () => {
    photo('wxfile://tmp/small.jpg', 200_000)
    const [f] = await pickMaterials('photo', 1)
    expect(compressCalls.map((c) => c.src)).toEqual(['wxfile://tmp/small.jpg'])
    expect(f.path).not.toBe('wxfile://tmp/small.jpg')
    expect(f).toMatchObject({ kind: 'photo', mime: 'image/jpeg' })
  })

  it('a 3 MB PNG is scaled down until it fits in 1 MB, not refused', async () => {
    photo('wxfile://tmp/screenshot.png', 3_000_000)
    const [f] = await pickMaterials('photo', 1)
    expect(f.size).toBeLessThanOrEqual(MAX_UPLOAD_BYTES)
    expect(f.path).not.toBe('wxfile://tmp/screenshot.png')
    expect(compressCalls.some((c) => c.compressedWidth && c.compressedWidth < 4000)).toBe(true)
    expect(f.name).toMatch(/\.(png|jpg)$/)
  })

  it('a large JPEG fits after lower quality and width', async () => {
    photo('wxfile://tmp/big.jpg', 6_000_000)
    const [f] = await pickMaterials('photo', 1)
    expect(f.size).toBeLessThanOrEqual(MAX_UPLOAD_BYTES)
  })

  it('a refused camera says so (the screen adds 去设置开启); a cancel is quiet', async () => {
    pickError = { errMsg: 'chooseMedia:fail auth deny' }
    await expect(pickMaterials('photo', 1)).rejects.toMatchObject({ message: MEDIA_DENIED_MESSAGE, cancelled: false })
    pickError = { errMsg: 'chooseMedia:fail cancel' }
    await expect(pickMaterials('photo', 1)).rejects.toMatchObject({ cancelled: true })
  })
})

describe('complaint photos (随手拍, 微诉求)', () => {
  it('a large PNG is scaled down within the target size, not refused', async () => {
    sizes.set('wxfile://tmp/shot.png', 2_500_000)
    const out = await compressPhoto({ path: 'wxfile://tmp/shot.png', size: 2_500_000, mime: 'image/png', name: 'shot.png' })
    expect(out.size).toBeLessThanOrEqual(PHOTO_TARGET_BYTES)
    expect(out.path).not.toBe('wxfile://tmp/shot.png')
  })

  it('when re-encoding fails, the original (with its EXIF) is not sent', async () => {
    taro.compressImage = () => Promise.reject({ errMsg: 'compressImage:fail' })
    sizes.set('wxfile://tmp/tiny.jpg', 100_000)
    await expect(compressPhoto({ path: 'wxfile://tmp/tiny.jpg', size: 100_000, mime: 'image/jpeg', name: 'tiny.jpg' })).rejects.toMatchObject({
      code: 'failed',
    })
  })
})
