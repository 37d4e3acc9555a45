/**
 * The population record (人口库) through a provincial data-sharing gateway: signed HTTP requests
 * (app key + timestamp + nonce + HMAC-SHA256 signature headers, names configurable), a timeout
 * per attempt, retries on network errors and 5xx, and a circuit breaker. A lookup failure never
 * blocks anyone: while the gateway is down, slow or the breaker is open, the adapter answers
 * from the local residents table (the records the server already holds) — the form stays
 * editable and filing does not depend on it.
 *
 * Request: POST {baseUrl}/population/query  {"idNumber": "…"}
 * Answer:  {"code": 0, "data": {name, gender, birthDate, ethnicity, hukouAddress}} or {"code": 404}
 * Signature: hex HMAC-SHA256(secret, METHOD \n PATH \n TIMESTAMP \n NONCE \n hex SHA-256(body)).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto'
import type { PopulationRecord } from '@core/ports'
import type { ResidentRecord } from '@core/storage'

export interface GatewayOptions {
  baseUrl: string
  appKey: string
  secret: string
  /** header names (the gateway's own spelling) */
  headers?: { appKey?: string; timestamp?: string; nonce?: string; signature?: string }
  /** per attempt, default 3 000 ms */
  timeoutMs?: number
  /** further attempts after a network error, timeout or 5xx (default 2) */
  retries?: number
  /** consecutive failures that open the breaker (default 5) and how long it stays open (default 30 s) */
  breakerFailures?: number
  breakerOpenMs?: number
  now?: () => number
  /** warnings without personal data */
  warn?: (message: string) => void
}

export interface GatewayPerson {
  name: string
  gender?: 'male' | 'female'
  birthDate?: string
  ethnicity?: string
}

export function sign(secret: string, method: string, path: string, timestamp: string, nonce: string, body: string): string {
  const bodyHash = createHash('sha256').update(body).digest('hex')
  return createHmac('sha256', secret).update([method, path, timestamp, nonce, bodyHash].join('\n')).digest('hex')
}

class Unavailable extends Error {}

export class PopulationGateway {
  private failures = 0
  private openUntil = 0
  readonly stats = { calls: 0, attempts: 0, fallbacks: 0 }

  constructor(private readonly o: GatewayOptions) {}

  get breakerOpen(): boolean {
    return this.openUntil > this.now()
  }

  private now(): number {
    return (this.o.now ?? Date.now)()
  }

  /** The gateway's person for an ID number; null = the gateway says nobody; throws Unavailable when it cannot say. */
  async query(idNumber: string): Promise<GatewayPerson | null> {
    this.stats.calls++
    if (this.breakerOpen) throw new Unavailable('circuit open')
    const retries = this.o.retries ?? 2
    let last: unknown
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt) await new Promise((ok) => setTimeout(ok, 100 * 3 ** (attempt - 1)))
      try {
        const out = await this.once(idNumber)
        this.failures = 0
        return out
      } catch (e) {
        last = e
        if (!(e instanceof Unavailable)) throw e
      }
    }
    this.failures++
    if (this.failures >= (this.o.breakerFailures ?? 5)) {
      this.openUntil = this.now() + (this.o.breakerOpenMs ?? 30_000)
      this.failures = 0
      this.o.warn?.('population gateway: circuit opened')
    }
    throw last
  }

  private async once(idNumber: string): Promise<GatewayPerson | null> {
    this.stats.attempts++
    const path = '/population/query'
    const body = JSON.stringify({ idNumber })
    const timestamp = String(Math.floor(this.now() / 1000))
    const nonce = randomBytes(12).toString('hex')
    const h = this.o.headers ?? {}
    let res: Response
    try {
      res = await fetch(this.o.baseUrl.replace(/\/$/, '') + path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [h.appKey ?? 'x-app-key']: this.o.appKey,
          [h.timestamp ?? 'x-timestamp']: timestamp,
          [h.nonce ?? 'x-nonce']: nonce,
          [h.signature ?? 'x-signature']: sign(this.o.secret, 'POST', path, timestamp, nonce, body),
        },
        body,
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 3_000),
      })
    } catch (e) {
      throw new Unavailable((e as Error).name)
    }
    if (res.status >= 500) throw new Unavailable(`HTTP ${res.status}`)
    const json = (await res.json().catch(() => null)) as { code?: number; data?: GatewayPerson } | null
    if (res.status === 404 || json?.code === 404) return null
    if (res.status >= 400 || !json || json.code !== 0 || !json.data) {
      // a refused signature or app key is a setup error: say so in the log, answer from local records
      this.o.warn?.(`population gateway refused the request (HTTP ${res.status}, code ${json?.code ?? '?'}): check the app key, secret and clock`)
      throw new Unavailable(`HTTP ${res.status}`)
    }
    return json.data
  }
}

/**
 * The PopulationRecord port: the local record for the ID number, its government facts refreshed
 * from the gateway when it answers; the gateway saying "nobody" means nobody; the gateway failing
 * means the local record as it is.
 */
export function gatewayPopulation(gateway: PopulationGateway, local: PopulationRecord, warn: (m: string) => void = () => undefined): PopulationRecord {
  return {
    async findByIdNumber(idNumber) {
      let person: GatewayPerson | null
      try {
        person = await gateway.query(idNumber)
      } catch {
        gateway.stats.fallbacks++
        warn('population gateway unavailable: answered from local records')
        return local.findByIdNumber(idNumber)
      }
      if (!person) return null
      const record = await local.findByIdNumber(idNumber)
      if (!record) return null
      const refreshed: ResidentRecord = {
        ...record,
        name: person.name || record.name,
        ...(person.gender ? { gender: person.gender } : {}),
        ...(person.birthDate ? { birthDate: person.birthDate } : {}),
        ...(person.ethnicity ? { ethnicity: person.ethnicity } : {}),
      }
      return refreshed
    },
    get: (residentId) => local.get(residentId),
  }
}
