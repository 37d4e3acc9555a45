/** The core's pure-TS SHA-256 agrees with Node's on text of every shape and length. */
import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { sha256Hex } from '@/domain/crypto/sha256'

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')

describe('sha256Hex', () => {
  it.each(['', 'abc', 'sqt_at_SJkMoiYYpQjlDpNdQrC9-KC4EOZFanO4ItxC8MKejgA', '王志强 51170219850720031X', '🐕'.repeat(40), 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(1000)])(
    '%#',
    (s) => expect(sha256Hex(s)).toBe(node(s)),
  )

  it('matches on random strings (fixed seed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => sha256Hex(s) === node(s)),
      { seed: 42, numRuns: 300 },
    )
  })
})
