/** The backend's SHA-256 / HMAC (noble) on UTF-8 text: published vectors, and agreement with Node's crypto. */
import { createHash, createHmac } from 'node:crypto'
import fc from 'fast-check'
import { bytesToHex } from '@noble/hashes/utils'
import { hmacSha256, sha256Hex } from '@core/hash'

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')

describe('sha256Hex', () => {
  it('matches the NIST FIPS 180-4 examples', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
  })

  it.each(['', 'abc', 'sqt_at_SJkMoiYYpQjlDpNdQrC9-KC4EOZFanO4ItxC8MKejgA', '王志强 51170219850720031X', '🐕'.repeat(40), 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(1000)])(
    'agrees with Node on %#',
    (s) => expect(sha256Hex(s)).toBe(node(s)),
  )

  it('agrees with Node on random strings (fixed seed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => sha256Hex(s) === node(s)),
      { seed: 42, numRuns: 300 },
    )
  })
})

describe('hmacSha256', () => {
  it('matches RFC 4231 test cases 2 and 6 (a key longer than the block is hashed first)', () => {
    expect(bytesToHex(hmacSha256('Jefe', 'what do ya want for nothing?'))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    )
    // case 6's key is 131 bytes of 0xaa; as text that is 131 × U+00AA, two UTF-8 bytes each, so compare with Node instead
    const longKey = '\u00aa'.repeat(131)
    const message = 'Test Using Larger Than Block-Size Key - Hash Key First'
    expect(bytesToHex(hmacSha256(longKey, message))).toBe(createHmac('sha256', Buffer.from(longKey, 'utf8')).update(message).digest('hex'))
  })

  it('agrees with Node on Chinese keys and messages', () => {
    const key = '社区通-证书密钥'
    const message = 'sqt-cert-body:cert-0001|case-0001|2026-11-23T10:00:00.000+08:00'
    expect(bytesToHex(hmacSha256(key, message))).toBe(createHmac('sha256', Buffer.from(key, 'utf8')).update(message, 'utf8').digest('hex'))
  })
})
