/**
 * E-certificates: issued on approval (电子犬证 / proof documents) and verified publicly by QR code.
 * Codes are minted under a server secret and carry a keyed checksum (core/certificate-mac.ts),
 * so a mistyped or forged code is reported as unknown before any look-up.
 */
import { certificateState, certificateValidUntil } from '@/domain/certificates/validity'
import { certificateVerifyUrl, normalizeCertificateCode } from '@/domain/certificates/code'
import { hasValidChecksum, mintCertificateCode } from '../certificate-mac'
import { maskIdNumber } from '@/domain/identity/id-number'
import { maskName } from '@/domain/identity/name'
import { findMatter } from '@/domain/matters/catalog'
import { formatDateCn } from '@/domain/time/china-time'
import type { Ctx } from '../context'
import { fail, type Router } from '../http'
import type { CaseRecord, CertificateRecord, ResidentRecord } from '../storage'
import { nextId } from '../storage'
import { residentCase } from './cases-common'
import { registerNotices } from './notices'

/** The fake issuer's signing secret. A real server keeps its own in a secret store, never in the app. */
export const CERTIFICATE_SECRET = 'sqt-fake-backend/certificates/2026'

/** Issued content of proof documents, by code (kept beside the record; PII masked). */
const contents = new WeakMap<CertificateRecord, string>()

function addressText(v: unknown): string {
  if (typeof v === 'string') return v
  if (v && typeof v === 'object') {
    const a = v as Record<string, unknown>
    return [a.region, a.community, a.detail].filter((x) => typeof x === 'string' && x).join('')
  }
  return ''
}

function optionLabel(matterId: string, key: string, value: unknown): string {
  const field = findMatter(matterId)?.form?.fields.find((f) => f.key === key) as
    { options?: Array<{ value: string; label: string }> } | undefined
  return field?.options?.find((o) => o.value === value)?.label ?? String(value ?? '')
}

function proofContent(c: CaseRecord, resident: ResidentRecord, title: string, issuedOn: string): string {
  const purpose =
    c.values.purpose === 'other' || c.values.purpose === '其他'
      ? String(c.values.purposeOther ?? '')
      : optionLabel(c.matterId ?? '', 'purpose', c.values.purpose)
  const address = addressText(c.values.address) || addressText(resident.residenceAddress)
  const since = typeof c.values.residentSince === 'string' ? c.values.residentSince : resident.residentSince
  const lines = [
    `兹证明 ${maskName(resident.name)}（公民身份号码 ${maskIdNumber(resident.idNumber)}）`,
    address ? `${since ? `自 ${formatDateCn(since)} 起` : ''}居住在 ${address}。` : '为本社区居民。',
    purpose ? `此证明用于：${purpose}。` : '',
    `特此证明。`,
    `出具单位：${resident.residenceAddress?.community ?? '本社区'}居民委员会    ${formatDateCn(issuedOn)}`,
  ]
  return `【${title}】\n${lines.filter(Boolean).join('\n')}`
}

export function issueCertificate(ctx: Ctx, c: CaseRecord): CaseRecord {
  const matter = c.matterId ? findMatter(c.matterId) : undefined
  if (!matter?.certificate) return c
  const resident = ctx.state.residents.get(c.applicantId)!
  const today = ctx.today()
  const serial = nextId(ctx.state, 'cert')
  const num = serial.replace(/\D/g, '')
  const code = mintCertificateCode(`${serial}|${c.id}|${ctx.nowIso()}`, CERTIFICATE_SECRET)
  const year = Number(today.slice(0, 4))
  const dog = matter.certificate === 'dog-licence'
  const validUntil = certificateValidUntil(matter.certificate, today)
  const licenceNo = dog ? `达犬字 ${year}-${num.padStart(5, '0')}` : `达西证 ${year}-${num}`
  const breed = String(c.values.breed === '其他' ? (c.values.breedOther ?? '') : (c.values.breed ?? ''))
  const facts: Record<string, string> = dog
    ? { 犬名: String(c.values.dogName ?? ''), 品种: breed, 犬证号: licenceNo }
    : { 证明类型: matter.name, 证明编号: licenceNo }
  const record: CertificateRecord = {
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
  }
  ctx.state.certificates.set(code, record)
  if (!dog) contents.set(record, proofContent(c, resident, matter.name, today))
  if (dog) {
    resident.dogs = [
      ...resident.dogs,
      { licenceNo, name: String(c.values.dogName ?? ''), breed, validUntil, status: 'valid' },
    ]
  }
  ctx.audit('system', 'system', 'issue-certificate', c.id, `${record.title} ${licenceNo}`)
  return { ...c, certificateCode: code }
}

export function registerCertificates(r: Router, ctx: Ctx): void {
  // 犬证 renewal reminders live beside the licences they come from
  registerNotices(r, ctx)

  // public: anyone who scans the QR code may check it, no sign-in, minimal masked facts
  r.on('GET', '/v1/certificates/:code', (req) => {
    const code = normalizeCertificateCode(req.params.code)
    // mistyped or forged: the checksum does not match, so there is nothing to look up
    if (!hasValidChecksum(code, CERTIFICATE_SECRET)) return { state: 'unknown', certificate: null }
    const cert = ctx.state.certificates.get(code)
    if (!cert) return { state: 'unknown', certificate: null }
    const { caseId: _c, revoked: _r, ...pub } = cert
    return { state: certificateState(cert, ctx.today()), certificate: pub }
  })

  // the owner's full certificate: photo, content and the QR's URL
  r.on('GET', '/v1/cases/:id/certificate', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const c = residentCase(ctx, resident.residentId, req.params.id)
    const cert = c.certificateCode ? ctx.state.certificates.get(c.certificateCode) : undefined
    if (!cert) fail('not-found', '这件事还没有电子证照')
    const { caseId: _c, revoked: _r, ...pub } = cert
    const photo = cert.kind === 'dog-licence' ? (c.materials.dogFullBodyPhoto?.[0] ?? null) : null
    return {
      certificate: pub,
      state: certificateState(cert, ctx.today()),
      verifyUrl: certificateVerifyUrl(cert.code),
      photo,
      content: contents.get(cert) ?? null,
    }
  })
}
