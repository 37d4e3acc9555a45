/**
 * Forwarding complaints to a city's Open311 endpoint (server/open311/forwarder.ts) against a
 * small fake city server over HTTP: each complaint is filed once under its mapped service —
 * with service_request_id 0, a real id — without the resident's personal data; token answers
 * are resolved; statuses are polled back; a refused api_key stops the retries.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createOpen311Client } from '@/api/open311/client'
import { fetchTransport } from '@/api/open311/fetch-transport'
import type { CaseRecord } from '@core/storage'
import { memoryLinks, Open311Forwarder, toWgs84 } from '../../server/open311/forwarder'

interface City {
  url: string
  posts: Array<Record<string, string>>
  statuses: Map<string, string>
  mode: 'id-zero' | 'token' | 'bad-key'
  server: Server
}

async function city(): Promise<City> {
  const c = { posts: [], statuses: new Map<string, string>(), mode: 'id-zero' } as unknown as City
  let next = 0
  c.server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (x: Buffer) => chunks.push(x))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://city')
      const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
      if (url.pathname === '/services.json') {
        return send(200, [
          { service_code: '0', service_name: '路灯 Streetlight', type: 'realtime', metadata: false, keywords: 'streetlight,路灯,井盖', group: '' },
          { service_code: '7', service_name: '噪音 Noise', type: 'realtime', metadata: false, keywords: 'noise', group: '' },
        ])
      }
      if (url.pathname === '/requests.json' && req.method === 'POST') {
        const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')))
        if (c.mode === 'bad-key') return send(400, [{ code: 400, description: 'Invalid api_key' }])
        c.posts.push(form)
        const id = String(next++)
        c.statuses.set(id, 'open')
        return send(200, c.mode === 'token' ? [{ token: `t-${id}` }] : [{ service_request_id: Number(id), service_notice: '' }])
      }
      const token = /^\/tokens\/(.+)\.json$/.exec(url.pathname)
      if (token) return send(200, [{ token: token[1], service_request_id: token[1].slice(2) }])
      if (url.pathname === '/requests.json') {
        const ids = (url.searchParams.get('service_request_id') ?? '').split(',')
        return send(
          200,
          ids.filter((id) => c.statuses.has(id)).map((id) => ({ service_request_id: id, status: c.statuses.get(id), service_code: '0', status_notes: c.statuses.get(id) === 'closed' ? '已修复' : null })),
        )
      }
      return send(404, [{ code: 404, description: 'not found' }])
    })
  })
  await new Promise<void>((ok) => c.server.listen(0, '127.0.0.1', () => ok()))
  c.url = `http://127.0.0.1:${(c.server.address() as AddressInfo).port}`
  return c
}

const complaint = (id: string, categoryId: string): CaseRecord =>
  ({
    id,
    kind: 'complaint',
    categoryId,
    title: '井盖松动',
    complaint: { description: '小区门口的井盖松动了，踩上去会晃。', location: { lat: 31.2139, lng: 107.4865, address: '西外大街 90 号' }, photos: [] },
    values: { contactPhone: '13908182345' },
  }) as unknown as CaseRecord

let c: City
beforeEach(async () => {
  c = await city()
})
afterEach(() => new Promise<void>((ok) => c.server.close(() => ok())))

type StatusUpdate = { caseId: string; serviceRequestId: string; status: string; notes: string | null }
const forwarder = (cases: CaseRecord[], links = memoryLinks(), onStatus?: (u: StatusUpdate) => Promise<unknown>) => ({
  links,
  f: new Open311Forwarder({
    onStatus,
    client: createOpen311Client({ transport: fetchTransport(c.url, fetch, { timeoutMs: 2_000 }), apiKey: 'city-key', maxTokenPolls: 0 }),
    links,
    complaints: async () => cases,
    categories: { explicit: { 'public-facilities': '0', noise: '7' } },
  }),
})

it('files each complaint once under its service, keeps id 0, sends no personal data, polls the status back', async () => {
  const { f, links } = forwarder([complaint('case-1', 'public-facilities'), complaint('case-2', 'noise')])
  expect(await f.forwardNew()).toBe(2)
  expect(await f.forwardNew()).toBe(0)
  expect(c.posts.map((p) => p.service_code)).toEqual(['0', '7'])
  // the place as WeChat gave it (GCJ-02) goes out in WGS84, about 500 m away here
  expect(c.posts[0]).toMatchObject({ api_key: 'city-key', lat: '31.216081', long: '107.481886', address_string: '西外大街 90 号' })
  expect(JSON.stringify(c.posts)).not.toContain('13908182345')
  const stored = await links.all()
  expect(stored.find((l) => l.caseId === 'case-1')).toMatchObject({ serviceRequestId: '0', serviceCode: '0', lastError: null })
  c.statuses.set('0', 'closed')
  await f.pollStatus()
  expect((await links.all()).find((l) => l.caseId === 'case-1')).toMatchObject({ remoteStatus: 'closed', statusNotes: '已修复' })
})

it('hands each change of the city’s status to the timeline once, and again after a failed write', async () => {
  const updates: StatusUpdate[] = []
  let failNext = false
  const { f, links } = forwarder([complaint('case-5', 'noise')], memoryLinks(), async (u) => {
    if (failNext) {
      failNext = false
      throw new Error('database lost')
    }
    updates.push(u)
  })
  await f.forwardNew()
  await f.pollStatus()
  await f.pollStatus()
  expect(updates).toEqual([{ caseId: 'case-5', serviceRequestId: '0', status: 'open', notes: null }])
  c.statuses.set('0', 'closed')
  failNext = true
  await f.pollStatus()
  expect(updates).toHaveLength(1)
  expect((await links.all())[0].remoteStatus).toBe('open')
  await f.pollStatus()
  expect(updates.at(-1)).toEqual({ caseId: 'case-5', serviceRequestId: '0', status: 'closed', notes: '已修复' })
  expect((await links.all())[0].remoteStatus).toBe('closed')
})

it('converts GCJ-02 to WGS84: a GPS point shifted by WeChat comes back to within a metre', () => {
  // Tiananmen: WGS84 39.908716, 116.397476 is GCJ-02 39.910124, 116.403719 (≈ 550 m north-east)
  const back = toWgs84({ lat: 39.910124, lng: 116.403719 })
  expect(Math.abs(back.lat - 39.908716)).toBeLessThan(1e-5)
  expect(Math.abs(back.lng - 116.397476)).toBeLessThan(1e-5)
  // outside China there is no offset
  expect(toWgs84({ lat: 51.5007, lng: -0.1246 })).toEqual({ lat: 51.5007, lng: -0.1246 })
})

it('a token answer is resolved to the request id on the next pass', async () => {
  c.mode = 'token'
  const { f, links } = forwarder([complaint('case-3', 'noise')])
  await f.forwardNew()
  expect((await links.all())[0]).toMatchObject({ token: 't-0', serviceRequestId: null })
  await f.pollStatus()
  expect((await links.all())[0]).toMatchObject({ serviceRequestId: '0', remoteStatus: 'open' })
})

it('a refused api_key is recorded as a setup error and not retried', async () => {
  c.mode = 'bad-key'
  const { f, links } = forwarder([complaint('case-4', 'noise')])
  await f.forwardNew()
  await f.forwardNew()
  const [l] = await links.all()
  expect(l).toMatchObject({ serviceRequestId: null, lastError: 'forbidden:api-key', attempts: 5 })
})
