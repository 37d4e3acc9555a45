/** E-certificates: issued on approval (电子犬证 / proof documents) and verified publicly by QR code. */
import { maskName } from '@/domain/identity/name'
import { findMatter } from '@/domain/matters/catalog'
import type { Ctx } from '../context'
import type { Router } from '../http'
import type { CaseRecord } from '../state'
import { nextId } from '../state'

export function issueCertificate(ctx: Ctx, c: CaseRecord): CaseRecord {
  const matter = c.matterId ? findMatter(c.matterId) : undefined
  if (!matter?.certificate) return c
  const resident = ctx.state.residents.get(c.applicantId)!
  const today = ctx.today()
  const serial = nextId(ctx.state, 'cert')
  const code = `Q${serial.replace(/\D/g, '')}${c.id.replace(/\D/g, '').slice(-4)}`
  const year = Number(today.slice(0, 4))
  const dog = matter.certificate === 'dog-licence'
  const validUntil = dog ? `${year + 1}${today.slice(4)}` : null
  const licenceNo = dog ? `达犬字 ${year}-${serial.replace(/\D/g, '').padStart(5, '0')}` : `达西证 ${year}-${serial.replace(/\D/g, '')}`
  const facts: Record<string, string> = dog
    ? { 犬名: String(c.values.dogName ?? ''), 品种: String(c.values.breed ?? ''), 犬证号: licenceNo }
    : { 证明类型: matter.name, 用途: String(c.values.purpose ?? '') }
  ctx.state.certificates.set(code, {
    code,
    kind: matter.certificate,
    serialNo: licenceNo,
    title: dog ? '电子犬证' : matter.name,
    issuedAt: ctx.nowIso(),
    validUntil,
    holderMasked: maskName(resident.name),
    facts,
    caseId: c.id,
    revoked: false,
  })
  if (dog) {
    resident.dogs = [
      ...resident.dogs,
      { licenceNo, name: String(c.values.dogName ?? ''), breed: String(c.values.breed ?? ''), validUntil: validUntil!, status: 'valid' },
    ]
  }
  return { ...c, certificateCode: code }
}

export function registerCertificates(r: Router, ctx: Ctx): void {
  // public: anyone who scans the QR code may check it, no sign-in, minimal masked facts
  r.on('GET', '/v1/certificates/:code', (req) => {
    const cert = ctx.state.certificates.get(req.params.code)
    if (!cert) return { state: 'unknown', certificate: null }
    const { caseId: _c, revoked, ...pub } = cert
    const state = revoked ? 'revoked' : cert.validUntil && cert.validUntil < ctx.today() ? 'expired' : 'valid'
    return { state, certificate: pub }
  })
}
