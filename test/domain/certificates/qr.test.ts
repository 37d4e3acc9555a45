/**
 * The QR encoder's output was checked once with an independent decoder (jsQR) for versions
 * 1, 2, 4 and 10; these tests pin the structure a scanner relies on.
 */
import { qrMatrix, qrRuns } from '@/lib/qr'
import { certificateVerifyUrl } from '@/domain/certificates/code'

const URL = certificateVerifyUrl('7K3MQ2HX9D4TPA6R4W')

function finderAt(m: boolean[][], x0: number, y0: number): boolean {
  for (let y = 0; y < 7; y++) {
    for (let x = 0; x < 7; x++) {
      const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3))
      if (m[y0 + y][x0 + x] !== (ring !== 2)) return false
    }
  }
  return true
}

/** 15 format bits from the copy around the top-left finder (ISO 18004 7.9). */
function formatBits(m: boolean[][]): number {
  const cells: Array<[number, number]> = []
  for (let i = 0; i <= 5; i++) cells.push([8, i])
  cells.push([8, 7], [8, 8], [7, 8])
  for (let i = 9; i < 15; i++) cells.push([14 - i, 8])
  return cells.reduce((acc, [x, y], i) => acc | ((m[y][x] ? 1 : 0) << i), 0)
}

function secondFormatBits(m: boolean[][]): number {
  const n = m.length
  let bits = 0
  for (let i = 0; i < 8; i++) bits |= (m[8][n - 1 - i] ? 1 : 0) << i
  for (let i = 8; i < 15; i++) bits |= (m[n - 15 + i][8] ? 1 : 0) << i
  return bits
}

function bchValid(bits: number): boolean {
  let rem = bits
  for (let i = 14; i >= 10; i--) if ((rem >>> i) & 1) rem ^= 0x537 << (i - 10)
  return rem === 0
}

describe('qrMatrix', () => {
  it('picks the smallest version that fits: 21×21 for a short text, 33×33 (v4) for a verify URL', () => {
    expect(qrMatrix('HELLO')).toHaveLength(21)
    const m = qrMatrix(URL)
    expect(m).toHaveLength(33)
    expect(m.every((row) => row.length === 33)).toBe(true)
  })

  it('has the three finder patterns and the timing patterns', () => {
    const m = qrMatrix(URL)
    const n = m.length
    expect(finderAt(m, 0, 0)).toBe(true)
    expect(finderAt(m, n - 7, 0)).toBe(true)
    expect(finderAt(m, 0, n - 7)).toBe(true)
    for (let i = 8; i < n - 8; i++) {
      expect(m[6][i]).toBe(i % 2 === 0)
      expect(m[i][6]).toBe(i % 2 === 0)
    }
    expect(m[n - 8][8]).toBe(true) // the dark module
  })

  it('carries valid format information for error correction level M, twice', () => {
    for (const text of ['HELLO', URL, 'x'.repeat(200)]) {
      const m = qrMatrix(text)
      const raw = formatBits(m)
      expect(secondFormatBits(m)).toBe(raw)
      const bits = raw ^ 0x5412
      expect(bchValid(bits)).toBe(true)
      expect(bits >>> 13).toBe(0b00) // M
    }
  })

  it('is deterministic, differs by content, and refuses what does not fit in version 10', () => {
    expect(qrMatrix(URL)).toEqual(qrMatrix(URL))
    expect(qrMatrix(URL)).not.toEqual(qrMatrix(certificateVerifyUrl('7K3MQ2HX9D4TPA6R4X')))
    expect(qrMatrix('x'.repeat(213))).toHaveLength(57)
    expect(() => qrMatrix('x'.repeat(214))).toThrow()
  })

  it('qrRuns covers exactly the dark modules', () => {
    const m = qrMatrix(URL)
    const runs = qrRuns(m)
    runs.forEach((row, y) => {
      const dark = new Array<boolean>(m.length).fill(false)
      for (const [x, len] of row) for (let i = x; i < x + len; i++) dark[i] = true
      expect(dark).toEqual(m[y])
    })
  })
})
