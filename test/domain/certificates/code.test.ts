import {
  CODE_LENGTH,
  certificateVerifyUrl,
  codeFromInput,
  codeFromLaunch,
  formatCertificateCode,
  isWellFormedCertificateCode,
  normalizeCertificateCode,
} from '@/domain/certificates/code'
import { hasValidChecksum, mintCertificateCode } from '@core/certificate-mac'
import { certificateState, certificateValidUntil } from '@/domain/certificates/validity'
import { renewalNotices } from '@/domain/certificates/renewal'

const SECRET = 'test-secret'

describe('certificate codes', () => {
  const code = mintCertificateCode('cert-0001|case-0001', SECRET)

  it('are 18 Crockford base32 characters with a valid checksum', () => {
    // pinned: codes already issued must keep verifying whatever computes the HMAC
    expect(code).toBe('R8MQDRJ603Y6VSW82X')
    expect(code).toHaveLength(CODE_LENGTH)
    expect(isWellFormedCertificateCode(code)).toBe(true)
    expect(hasValidChecksum(code, SECRET)).toBe(true)
  })

  it('differ per seed and cannot be checked without the secret', () => {
    expect(mintCertificateCode('cert-0002|case-0001', SECRET)).not.toBe(code)
    expect(hasValidChecksum(code, 'another-secret')).toBe(false)
  })

  it('any single changed character is detected', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
    for (let i = 0; i < code.length; i++) {
      const other = alphabet[(alphabet.indexOf(code[i]) + 1) % alphabet.length]
      expect(hasValidChecksum(code.slice(0, i) + other + code.slice(i + 1), SECRET)).toBe(false)
    }
    expect(hasValidChecksum(code.slice(1), SECRET)).toBe(false)
    expect(hasValidChecksum('', SECRET)).toBe(false)
  })

  it('are read back however a person types or a scanner hands them over', () => {
    expect(normalizeCertificateCode(' 7k3m-q2hx oil ')).toBe('7K3MQ2HX011')
    expect(formatCertificateCode(code)).toBe(
      `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}-${code.slice(12)}`,
    )
    expect(codeFromInput(formatCertificateCode(code).toLowerCase())).toBe(code)
    const url = certificateVerifyUrl(code)
    expect(url).toBe(`https://sqt.example.gov.cn/v?c=${code}`)
    expect(codeFromInput(url)).toBe(code)
    expect(codeFromLaunch({ c: code })).toBe(code)
    expect(codeFromLaunch({ scene: encodeURIComponent(`c=${code}`) })).toBe(code)
    expect(codeFromLaunch({ scene: code })).toBe(code)
    expect(codeFromLaunch({ q: encodeURIComponent(url) })).toBe(code)
    expect(codeFromLaunch({})).toBe('')
    expect(codeFromLaunch({ scene: '%E4%B8%AD%' })).not.toBe(code) // malformed escapes do not throw
  })
})

describe('validity', () => {
  it('licences run a year, proofs three months; state follows today', () => {
    expect(certificateValidUntil('dog-licence', '2026-11-23')).toBe('2027-11-22')
    expect(certificateValidUntil('proof-document', '2026-11-30')).toBe('2027-02-27')
    const cert = { validUntil: '2027-11-22' }
    expect(certificateState(cert, '2027-11-22')).toBe('valid')
    expect(certificateState(cert, '2027-11-23')).toBe('expired')
    expect(certificateState({ ...cert, revoked: true }, '2026-12-01')).toBe('revoked')
  })
})

describe('renewal notices', () => {
  const dog = { licenceNo: '达犬字 2025-00318', name: '豆豆', validUntil: '2027-01-10', status: 'valid' as const }

  it('appear from 30 days before expiry, not earlier; expired ones say so', () => {
    expect(renewalNotices([dog], '2026-12-10')).toHaveLength(0)
    expect(renewalNotices([dog], '2026-12-11')).toMatchObject([
      { daysLeft: 30, matterId: 'dog-annual-review', dueDate: '2027-01-10' },
    ])
    expect(renewalNotices([dog], '2026-12-15')[0].body).toContain('还有 26 天')
    expect(renewalNotices([dog], '2027-01-12')[0].title).toBe('「豆豆」的犬证已过期')
    expect(renewalNotices([{ ...dog, status: 'cancelled' }], '2026-12-15')).toHaveLength(0)
  })
})
