/**
 * 犬只年检 reminders: a licence can be renewed within 30 days before it expires, so from
 * then on the resident gets a notice (and after expiry, a stronger one). Pure; the server
 * computes notices with it from the profile's dogs and today.
 */
import { daysBetween } from '@/domain/time/china-time'

export const RENEWAL_WINDOW_DAYS = 30
export const RENEWAL_MATTER_ID = 'dog-annual-review'

export interface LicensedDog {
  licenceNo: string
  name: string
  validUntil: string
  status: 'valid' | 'expired' | 'cancelled'
}

export interface RenewalNotice {
  kind: 'licence-renewal'
  id: string
  title: string
  body: string
  matterId: string
  dueDate: string
  daysLeft: number
}

export function renewalNotices(dogs: readonly LicensedDog[], today: string): RenewalNotice[] {
  const out: RenewalNotice[] = []
  for (const dog of dogs) {
    if (dog.status === 'cancelled') continue
    const daysLeft = daysBetween(today, dog.validUntil)
    if (daysLeft > RENEWAL_WINDOW_DAYS) continue
    const name = dog.name ? `「${dog.name}」` : '您的犬只'
    out.push({
      kind: 'licence-renewal',
      id: `licence-renewal:${dog.licenceNo}:${dog.validUntil}`,
      title: daysLeft < 0 ? `${name}的犬证已过期` : `${name}的犬证快到期了`,
      body:
        daysLeft < 0
          ? `犬证 ${dog.licenceNo} 已于 ${dog.validUntil} 到期，请尽快办理犬只年检，过期未检的犬证会被注销。`
          : `犬证 ${dog.licenceNo} 将于 ${dog.validUntil} 到期（还有 ${daysLeft} 天），请在到期前办理犬只年检。`,
      matterId: RENEWAL_MATTER_ID,
      dueDate: dog.validUntil,
      daysLeft,
    })
  }
  return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate))
}
