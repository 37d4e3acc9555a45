/**
 * Keyed checksum for certificate codes (HMAC-SHA-256, truncated to base32). The secret is
 * the issuing server's: a code whose checksum does not match was mistyped or forged, and
 * the public check reports it as 无法识别 without a database look-up. Pure TypeScript (no
 * TextEncoder / crypto: the fake backend also runs in-process inside WeChat).
 */
import { CODE_ALPHABET, CODE_BODY_LENGTH, CODE_LENGTH, CODE_MAC_LENGTH, isWellFormedCertificateCode } from './code'

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]

export function utf8(s: string): number[] {
  const out: number[] = []
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63))
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
  }
  return out
}

export function sha256(bytes: readonly number[]): number[] {
  const h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
  const msg = [...bytes, 0x80]
  while (msg.length % 64 !== 56) msg.push(0)
  const bits = bytes.length * 8
  for (let i = 7; i >= 0; i--) msg.push(i >= 4 ? Math.floor(bits / 2 ** (8 * i)) & 255 : (bits >>> (8 * i)) & 255)
  const w = new Array<number>(64)
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n))
  for (let off = 0; off < msg.length; off += 64) {
    for (let i = 0; i < 16; i++) {
      const j = off + i * 4
      w[i] = (msg[j] << 24) | (msg[j + 1] << 16) | (msg[j + 2] << 8) | msg[j + 3] | 0
    }
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3)
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10)
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0
    }
    let [a, b, c, d, e, f, g, hh] = h
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0
      hh = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    h[0] = (h[0] + a) | 0
    h[1] = (h[1] + b) | 0
    h[2] = (h[2] + c) | 0
    h[3] = (h[3] + d) | 0
    h[4] = (h[4] + e) | 0
    h[5] = (h[5] + f) | 0
    h[6] = (h[6] + g) | 0
    h[7] = (h[7] + hh) | 0
  }
  return h.flatMap((x) => [(x >>> 24) & 255, (x >>> 16) & 255, (x >>> 8) & 255, x & 255])
}

export function hmacSha256(key: string, message: string): number[] {
  let k = utf8(key)
  if (k.length > 64) k = sha256(k)
  const padded = [...k, ...new Array<number>(64 - k.length).fill(0)]
  const inner = sha256([...padded.map((b) => b ^ 0x36), ...utf8(message)])
  return sha256([...padded.map((b) => b ^ 0x5c), ...inner])
}

/** The first `n` base32 characters of the bytes. */
function base32(bytes: readonly number[], n: number): string {
  let out = ''
  let acc = 0
  let bits = 0
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xffff
    bits += 8
    while (bits >= 5 && out.length < n) {
      out += CODE_ALPHABET[(acc >> (bits - 5)) & 31]
      bits -= 5
    }
    if (out.length >= n) break
  }
  return out
}

function macOf(body: string, secret: string): string {
  return base32(hmacSha256(secret, `sqt-cert-mac:${body}`), CODE_MAC_LENGTH)
}

/** A new code: body derived from a unique seed under the secret (unguessable), then its checksum. */
export function mintCertificateCode(seed: string, secret: string): string {
  const body = base32(hmacSha256(secret, `sqt-cert-body:${seed}`), CODE_BODY_LENGTH)
  return body + macOf(body, secret)
}

/** true only for a well-formed code whose checksum matches this secret. */
export function hasValidChecksum(code: string, secret: string): boolean {
  if (!isWellFormedCertificateCode(code) || code.length !== CODE_LENGTH) return false
  const body = code.slice(0, CODE_BODY_LENGTH)
  const mac = macOf(body, secret)
  // compare every character (no early exit)
  let diff = 0
  for (let i = 0; i < CODE_MAC_LENGTH; i++) diff |= mac.charCodeAt(i) ^ code.charCodeAt(CODE_BODY_LENGTH + i)
  return diff === 0
}
