/**
 * The QR matrices the certificate card draws, read back by an independent decoder (jsQR):
 * the module matrix is painted into an RGBA image with a quiet zone, as a phone camera
 * would see it on screen, and decoded.
 */
import jsQR from 'jsqr'
import { qrMatrix, qrRuns, type QrMatrix } from '@/lib/qr'
import { certificateVerifyUrl } from '@/domain/certificates/code'
import { mintCertificateCode } from '@core/certificate-mac'

const QUIET = 4
const SCALE = 4

function decode(m: QrMatrix): string | null {
  const side = (m.length + 2 * QUIET) * SCALE
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255)
  m.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return
      for (let dy = 0; dy < SCALE; dy++)
        for (let dx = 0; dx < SCALE; dx++) {
          const px = ((y + QUIET) * SCALE + dy) * side + (x + QUIET) * SCALE + dx
          rgba.fill(0, px * 4, px * 4 + 3)
        }
    }),
  )
  return jsQR(rgba, side, side)?.data ?? null
}

/** verify URLs the way the backend mints them (core/routes/certificates.ts) */
const VERIFY_URLS = ['cert-0001|case-0001', 'cert-0002|case-0107', 'cert-0913|bundle-0042'].map((seed) =>
  certificateVerifyUrl(mintCertificateCode(`${seed}|2026-11-23T10:00:00.000+08:00`, 'test-secret')),
)

describe('qrMatrix', () => {
  it.each(VERIFY_URLS)('decodes back to the certificate verify URL %s', (url) => {
    expect(decode(qrMatrix(url))).toBe(url)
  })

  it('decodes Chinese text as the same text (UTF-8 byte mode)', () => {
    expect(decode(qrMatrix('社区通 电子犬证 核验'))).toBe('社区通 电子犬证 核验')
  })

  it('picks a small version for a verify URL (33×33 modules, version 4)', () => {
    const m = qrMatrix(VERIFY_URLS[0])
    expect(m).toHaveLength(33)
    expect(m.every((row) => row.length === 33)).toBe(true)
  })

  it('qrRuns covers exactly the dark modules', () => {
    const m = qrMatrix(VERIFY_URLS[0])
    qrRuns(m).forEach((row, y) => {
      const dark = new Array<boolean>(m.length).fill(false)
      for (const [x, len] of row) for (let i = x; i < x + len; i++) dark[i] = true
      expect(dark).toEqual(m[y])
    })
  })
})
