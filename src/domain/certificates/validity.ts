/**
 * How long an issued certificate is valid, and what state it is in on a given day.
 * Shared by the issuing server and the app (which shows 有效 / 已过期 from the same rule).
 */
import { addDays, addMonths } from '@/domain/time/china-time'

export type CertificateKind = 'dog-licence' | 'proof-document'
export type CertificateState = 'valid' | 'expired' | 'revoked' | 'unknown'

/** 电子犬证: one year (renewed by 犬只年检). */
export const DOG_LICENCE_VALID_MONTHS = 12
/** 居住/困难/门牌证明: three months, after which the recipient should ask for a fresh one. */
export const PROOF_VALID_MONTHS = 3

/** Last day the certificate is valid (inclusive). */
export function certificateValidUntil(kind: CertificateKind, issuedOn: string): string {
  return addDays(addMonths(issuedOn, kind === 'dog-licence' ? DOG_LICENCE_VALID_MONTHS : PROOF_VALID_MONTHS), -1)
}

export function certificateState(
  cert: { validUntil: string | null; revoked?: boolean },
  today: string,
): CertificateState {
  if (cert.revoked) return 'revoked'
  if (cert.validUntil && cert.validUntil < today) return 'expired'
  return 'valid'
}

export const CERTIFICATE_STATE_LABELS: Record<CertificateState, string> = {
  valid: '有效',
  expired: '已过期',
  revoked: '已注销',
  unknown: '无法识别',
}
