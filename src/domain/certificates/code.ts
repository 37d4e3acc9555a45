/**
 * Certificate codes (电子犬证 / 证明 verification codes): format, normalisation, the verify URL
 * a QR code carries, and reading a code back from a scan. Pure; shared by the app and the
 * fake backend. The keyed checksum that makes a code tamper-evident is in `mac.ts`
 * (server side only: the client cannot tell a forged code from a real one, only a mistyped one).
 */

/** Crockford base32: no I, L, O, U, so a code read aloud or typed is hard to get wrong. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
/** unguessable part */
export const CODE_BODY_LENGTH = 12
/** keyed checksum over the body */
export const CODE_MAC_LENGTH = 6
export const CODE_LENGTH = CODE_BODY_LENGTH + CODE_MAC_LENGTH

/** Where a certificate's QR code points. `c` is the certificate code. */
export const VERIFY_URL_BASE = 'https://sqt.example.gov.cn/v'

export function certificateVerifyUrl(code: string): string {
  return `${VERIFY_URL_BASE}?c=${encodeURIComponent(code)}`
}

/** Upper-case, drop spaces and dashes, and read the look-alikes O→0, I/L→1 as Crockford does. */
export function normalizeCertificateCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-—_·.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
}

/** Right length and alphabet (says nothing about whether the code is genuine). */
export function isWellFormedCertificateCode(code: string): boolean {
  if (code.length !== CODE_LENGTH) return false
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return false
  return true
}

/** For reading aloud / typing: groups of four, e.g. 7K3M-Q2HX-9D4T-PA6R4W. */
export function formatCertificateCode(code: string): string {
  if (code.length !== CODE_LENGTH) return code
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}-${code.slice(12)}`
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/**
 * The code from what opened the verify page: `c` (H5 link / QR URL), `scene` (weapp 小程序码,
 * `c=CODE` or the bare code, URL-encoded) or `q` (a scanned ordinary QR: the whole URL,
 * URL-encoded). '' when there is none.
 */
export function codeFromLaunch(params: Record<string, string | undefined>): string {
  const direct = params.c ? safeDecode(params.c) : ''
  if (direct.trim()) return normalizeCertificateCode(direct)
  for (const key of ['scene', 'q'] as const) {
    const raw = params[key]
    if (!raw) continue
    const text = safeDecode(safeDecode(raw))
    const m = /(?:^|[?&])c=([^&#]+)/.exec(text)
    if (m) return normalizeCertificateCode(safeDecode(m[1]))
    if (!text.includes('=') && !text.includes('/')) return normalizeCertificateCode(text)
  }
  return ''
}

/** A code typed by hand, or a pasted verify URL. */
export function codeFromInput(input: string): string {
  const m = /[?&]c=([^&#\s]+)/.exec(input)
  return normalizeCertificateCode(m ? safeDecode(m[1]) : input)
}
