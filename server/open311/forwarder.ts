/**
 * Forwarding complaints (微诉求/随手拍) to a city's Open311 GeoReport v2 endpoint, when one is
 * configured: every complaint case not yet forwarded is filed under the service its category
 * maps to (src/api/open311/category-map.ts: the city's explicit table, else keywords), the place
 * converted from WeChat's GCJ-02 to Open311's WGS84, and the
 * returned service_request_id or token is stored; later passes resolve tokens and poll the
 * status of forwarded requests. The API key stays on the server. Only the category, the
 * description and the place are sent — never the resident's name, phone or ID number.
 *
 * Links live in the `open311_requests` table (shared by the instances; a case is claimed by
 * inserting its row, so two instances never file it twice). A failed filing is retried on later
 * passes up to `maxAttempts`; a crash between the city's answer and storing it can file a case
 * twice on the city's side (Open311 has no idempotency key).
 * Each change of the city's status or notes is written into the case's timeline first (`onStatus`:
 * the server passes the core's recordCityUpdate, a public 市级平台反馈 line) and then onto the
 * link, so a crash in between repeats a line rather than losing one.
 */
import gcoord from 'gcoord'
import { sql, type Kysely } from 'kysely'
import { isApiError } from '@/api/contract/errors'
import { createCategoryMap, type CategoryMap, type CategoryMapConfig } from '@/api/open311/category-map'
import type { Open311Client } from '@/api/open311/client'
import type { CaseRecord } from '@core/storage'

export interface ForwardLink {
  caseId: string
  serviceCode: string | null
  serviceRequestId: string | null
  token: string | null
  remoteStatus: string | null
  statusNotes: string | null
  attempts: number
  lastError: string | null
}

export interface LinkStore {
  all(): Promise<ForwardLink[]>
  /** true when this caller got the case (no link existed) */
  claim(caseId: string): Promise<boolean>
  put(link: ForwardLink): Promise<void>
}

const blank = (caseId: string): ForwardLink => ({
  caseId,
  serviceCode: null,
  serviceRequestId: null,
  token: null,
  remoteStatus: null,
  statusNotes: null,
  attempts: 0,
  lastError: null,
})

export function memoryLinks(): LinkStore {
  const m = new Map<string, ForwardLink>()
  return {
    all: async () => [...m.values()].map((l) => ({ ...l })),
    async claim(caseId) {
      if (m.has(caseId)) return false
      m.set(caseId, blank(caseId))
      return true
    },
    put: async (l) => void m.set(l.caseId, { ...l }),
  }
}

interface LinkRow {
  case_id: string
  service_code: string | null
  service_request_id: string | null
  token: string | null
  remote_status: string | null
  status_notes: string | null
  attempts: number
  last_error: string | null
}

export function sqlLinks(db: Kysely<any>): LinkStore { // eslint-disable-line @typescript-eslint/no-explicit-any
  return {
    async all() {
      const r = await sql<LinkRow>`select * from open311_requests`.execute(db)
      return r.rows.map((x) => ({
        caseId: x.case_id,
        serviceCode: x.service_code,
        serviceRequestId: x.service_request_id,
        token: x.token,
        remoteStatus: x.remote_status,
        statusNotes: x.status_notes,
        attempts: Number(x.attempts),
        lastError: x.last_error,
      }))
    },
    async claim(caseId) {
      const r = await sql`insert into open311_requests (case_id) values (${caseId}) on conflict do nothing returning case_id`.execute(db)
      return r.rows.length === 1
    },
    async put(l) {
      await sql`update open311_requests set service_code = ${l.serviceCode}, service_request_id = ${l.serviceRequestId}, token = ${l.token},
        remote_status = ${l.remoteStatus}, status_notes = ${l.statusNotes}, attempts = ${l.attempts}, last_error = ${l.lastError}, updated_at = now()
        where case_id = ${l.caseId}`.execute(db)
    },
  }
}

/**
 * The app stores places as WeChat gives them: GCJ-02, China's offset datum (src/platform/location.ts).
 * Open311 speaks WGS84 (GPS); sent as they are, pins land a few hundred metres off.
 */
export function toWgs84(p: { lat: number; lng: number }): { lat: number; lng: number } {
  const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.GCJ02, gcoord.WGS84)
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 }
}

export interface ForwarderOptions {
  client: Open311Client
  links: LinkStore
  /** the committed complaint cases (copies) */
  complaints: () => Promise<CaseRecord[]>
  categories?: CategoryMapConfig
  maxAttempts?: number
  /** warnings without personal data */
  warn?: (message: string) => void
  /** the city's status or notes changed: into the case timeline (a throw = try again next pass) */
  onStatus?: (update: { caseId: string; serviceRequestId: string; status: string; notes: string | null }) => Promise<unknown>
}

export class Open311Forwarder {
  private map: CategoryMap | null = null
  private timer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null

  constructor(private readonly o: ForwarderOptions) {}

  private async categoryMap(): Promise<CategoryMap> {
    if (!this.map) {
      this.map = createCategoryMap(await this.o.client.listServices(), this.o.categories)
      for (const w of this.map.warnings) this.o.warn?.(`open311: ${w}`)
    }
    return this.map
  }

  /** Files every complaint not filed yet (and retries failed ones); returns how many were filed. */
  async forwardNew(): Promise<number> {
    const links = new Map((await this.o.links.all()).map((l) => [l.caseId, l]))
    const max = this.o.maxAttempts ?? 5
    let filed = 0
    for (const c of await this.o.complaints()) {
      let link = links.get(c.id)
      if (link && (link.serviceRequestId !== null || link.token !== null || link.attempts >= max)) continue
      if (!link) {
        if (!(await this.o.links.claim(c.id))) continue
        link = blank(c.id)
      }
      const next: ForwardLink = { ...link, attempts: link.attempts + 1 }
      try {
        const service = (await this.categoryMap()).serviceFor(c.categoryId ?? 'other')
        if (!service) {
          await this.o.links.put({ ...next, attempts: max, lastError: 'no-service-for-category' })
          continue
        }
        const loc = c.complaint?.location
        const result = await this.o.client.submitRequest({
          serviceCode: service.code,
          description: c.complaint?.description ?? c.title,
          location: loc ? { ...toWgs84(loc), ...(loc.address ? { address: loc.address } : {}) } : { address: c.title },
        })
        await this.o.links.put({ ...next, serviceCode: service.code, serviceRequestId: result.requestId, token: result.token, lastError: null })
        filed++
      } catch (e) {
        const reason = isApiError(e) ? [e.code, e.details.reason].filter(Boolean).join(':') : 'error'
        // a refused api_key is a setup problem: no retries until someone fixes the configuration
        await this.o.links.put({ ...next, attempts: isApiError(e) && e.details.reason === 'api-key' ? max : next.attempts, lastError: reason })
        this.o.warn?.(`open311: filing ${c.id} failed (${reason})`)
      }
    }
    return filed
  }

  /** Resolves tokens and reads the city's status of every forwarded request. */
  async pollStatus(): Promise<void> {
    const links = await this.o.links.all()
    for (const l of links.filter((x) => x.serviceRequestId === null && x.token !== null)) {
      try {
        const id = await this.o.client.resolveToken(l.token!)
        if (id !== null) await this.o.links.put({ ...l, serviceRequestId: id })
      } catch {
        // next pass
      }
    }
    const withId = (await this.o.links.all()).filter((x) => x.serviceRequestId !== null)
    for (let i = 0; i < withId.length; i += 50) {
      const chunk = withId.slice(i, i + 50)
      try {
        const answers = await this.o.client.listRequests({ ids: chunk.map((x) => x.serviceRequestId!) })
        for (const a of answers) {
          const l = chunk.find((x) => x.serviceRequestId === a.id)
          if (l && (l.remoteStatus !== a.rawStatus || l.statusNotes !== a.statusNotes)) {
            await this.o.onStatus?.({ caseId: l.caseId, serviceRequestId: a.id, status: a.rawStatus, notes: a.statusNotes })
            await this.o.links.put({ ...l, remoteStatus: a.rawStatus, statusNotes: a.statusNotes })
          }
        }
      } catch (e) {
        this.o.warn?.(`open311: status poll failed (${isApiError(e) ? e.code : 'error'})`)
      }
    }
  }

  /** One pass now, then every `intervalMs`; passes never overlap. */
  start(intervalMs: number): void {
    const pass = () => {
      this.running ??= (async () => {
        try {
          await this.forwardNew()
          await this.pollStatus()
        } catch (e) {
          this.o.warn?.(`open311: pass failed (${isApiError(e) ? e.code : 'error'})`)
        } finally {
          this.running = null
        }
      })()
    }
    pass()
    this.timer = setInterval(pass, intervalMs)
    this.timer.unref()
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await this.running
  }
}
