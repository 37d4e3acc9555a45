/**
 * A local stand-in for the provincial data-sharing gateway (tests): checks the app key, a
 * timestamp within 5 minutes and the HMAC signature (401/403 otherwise), answers
 * POST /population/query from the records it is given; tests can make it fail (5xx) or slow.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { sign, type GatewayPerson } from './gateway'

export interface GatewaySimulator {
  url: string
  requests: number
  /** the next n requests answer 503 */
  failNext(n: number): void
  delayMs: number
  close(): Promise<void>
}

export async function startGatewaySimulator(o: { appKey: string; secret: string; people: Record<string, GatewayPerson> }): Promise<GatewaySimulator> {
  let failing = 0
  const timers = new Set<NodeJS.Timeout>()
  const sim: GatewaySimulator = {
    url: '',
    requests: 0,
    delayMs: 0,
    failNext: (n) => void (failing = n),
    close: () =>
      new Promise<void>((ok) => {
        for (const t of timers) clearTimeout(t)
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      sim.requests++
      const body = Buffer.concat(chunks).toString('utf8')
      const reply = (status: number, json: unknown) => {
        const t = setTimeout(() => {
          timers.delete(t)
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json))
        }, sim.delayMs)
        timers.add(t)
      }
      if (failing > 0) {
        failing--
        return reply(503, { code: 503, message: 'gateway busy' })
      }
      const h = (k: string) => String(req.headers[k] ?? '')
      if (h('x-app-key') !== o.appKey) return reply(401, { code: 401, message: 'unknown app key' })
      if (Math.abs(Date.now() / 1000 - Number(h('x-timestamp'))) > 300) return reply(403, { code: 403, message: 'timestamp out of range' })
      if (h('x-signature') !== sign(o.secret, req.method ?? '', req.url ?? '', h('x-timestamp'), h('x-nonce'), body)) {
        return reply(401, { code: 401, message: 'bad signature' })
      }
      if (req.url !== '/population/query') return reply(404, { code: 404, message: 'no such api' })
      let idNumber = ''
      try {
        idNumber = String(JSON.parse(body).idNumber ?? '')
      } catch {
        return reply(400, { code: 400, message: 'bad json' })
      }
      const person = Object.prototype.hasOwnProperty.call(o.people, idNumber) ? o.people[idNumber] : undefined
      return reply(200, person ? { code: 0, data: person } : { code: 404, message: 'not found' })
    })
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()))
  sim.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return sim
}
