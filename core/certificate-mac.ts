/**
 * Keyed checksum for certificate codes (HMAC-SHA-256, truncated to base32). The secret is
 * the issuing server's: a code whose checksum does not match was mistyped or forged, and
 * the public check reports it as 无法识别 without a database look-up. Only the backend mints
 * and checks codes; the app reads a code's shape (src/domain/certificates/code.ts) and asks
 * the backend.
 */
import { CODE_ALPHABET, CODE_BODY_LENGTH, CODE_LENGTH, CODE_MAC_LENGTH, isWellFormedCertificateCode } from '@/domain/certificates/code'
import { hmacSha256 } from './hash'

/** The first `n` base32 characters of the bytes. */
function base32(bytes: Uint8Array, n: number): string {
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
