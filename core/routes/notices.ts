/** In-app notices for the signed-in resident, computed from the record and today (犬证年检 reminders). */
import { renewalNotices } from '@/domain/certificates/renewal'
import type { Ctx } from '../context'
import type { Router } from '../http'

export function registerNotices(r: Router, ctx: Ctx): void {
  r.on('GET', '/v1/me/notices', (req) => {
    const { resident } = ctx.verifiedResident(req)
    return renewalNotices(resident.dogs, ctx.today())
  })
}
