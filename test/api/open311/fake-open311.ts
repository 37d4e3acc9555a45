/**
 * A small fake Open311 GeoReport v2 endpoint as msw handlers, written from the published spec
 * (wiki.open311.org/GeoReport_v2), not from our own backend: JSON format, form-encoded POST,
 * errors as `[{code, description}]` with 400/403/404. Deviations real servers show are not
 * here: tests add them with `server.use(...)`.
 */
import { http, HttpResponse } from 'msw'

export const BASE = 'https://open311.example.gov/v2'
export const API_KEY = 'test-key-123'

export interface Received {
  method: string
  path: string
  query: Record<string, string>
  /** decoded form body of a POST, as (key, value) pairs in order */
  form: Array<[string, string]>
  contentType: string | null
}

export const SERVICES = [
  {
    service_code: '001',
    service_name: 'Cans left out 24x7',
    description: 'Garbage or recycling cans that have been left out for more than 24 hours after collection.',
    metadata: false,
    type: 'realtime',
    keywords: 'lorem, ipsum, dolor',
    group: 'sanitation',
  },
  {
    service_code: '002',
    service_name: 'Construction plate shifted',
    description: 'Metal construction plate covering the street or sidewalk has been moved.',
    metadata: true,
    type: 'realtime',
    keywords: 'lorem, ipsum, dolor',
    group: 'street',
  },
  {
    service_code: '003',
    service_name: 'Curb or curb ramp defect',
    description: 'Sidewalk curb or ramp has problems such as cracking, missing pieces, holes, and/or chipped curb.',
    metadata: true,
    type: 'realtime',
    keywords: 'lorem, ipsum, dolor',
    group: 'street',
  },
]

/** The spec's example definition, plus one attribute of each other datatype. */
export const DEFINITION_002 = {
  service_code: '002',
  attributes: [
    {
      variable: true,
      code: 'WHISHETN',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: null,
      order: 1,
      description: 'What is the ticket/tag/DL number?',
      values: [
        { key: 123, name: 'Ford' },
        { key: 124, name: 'Chrysler' },
      ],
    },
    {
      variable: true,
      code: 'SIZE',
      datatype: 'number',
      required: false,
      datatype_description: 'Approximate size in centimetres',
      order: 3,
      description: 'How big is it?',
      values: [],
    },
    {
      variable: false,
      code: 'SAFETY',
      datatype: 'text',
      required: false,
      datatype_description: null,
      order: 0,
      description: 'Please do not stand in the road while reporting.',
      values: [],
    },
    {
      variable: true,
      code: 'HAZARDS',
      datatype: 'multivaluelist',
      required: false,
      datatype_description: null,
      order: 2,
      description: 'Which hazards do you see?',
      values: [
        { key: 'trip', name: 'Trip hazard' },
        { key: 'noise', name: 'Noise when driven over' },
      ],
    },
    {
      variable: true,
      code: 'NOTICED',
      datatype: 'datetime',
      required: false,
      datatype_description: null,
      order: 4,
      description: 'When did you notice it?',
      values: [],
    },
  ],
}

export interface StoredRequest {
  service_request_id: string
  status: 'open' | 'closed'
  status_notes: string | null
  service_name: string
  service_code: string
  description: string | null
  agency_responsible: string | null
  service_notice: string | null
  requested_datetime: string
  updated_datetime: string | null
  expected_datetime: string | null
  address: string | null
  address_id: string | null
  zipcode: string | null
  lat: number | null
  long: number | null
  media_url: string | null
}

export function seedRequests(): StoredRequest[] {
  return [
    {
      service_request_id: '638344',
      status: 'closed',
      status_notes: 'Duplicate request.',
      service_name: 'Sidewalk and Curb Issues',
      service_code: '006',
      description: null,
      agency_responsible: 'Department of Transportation',
      service_notice: null,
      requested_datetime: '2010-04-14T06:37:38-08:00',
      updated_datetime: '2010-04-14T06:37:38-08:00',
      expected_datetime: '2010-04-15T06:37:38-08:00',
      address: '8TH AVE and J ST',
      address_id: '545483',
      zipcode: '94122',
      lat: 37.762221815,
      long: -122.4651145,
      media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
    },
    {
      service_request_id: '638349',
      status: 'open',
      status_notes: null,
      service_name: 'Sidewalk and Curb Issues',
      service_code: '006',
      description: null,
      agency_responsible: 'Department of Transportation',
      service_notice: null,
      requested_datetime: '2010-04-19T06:37:38-08:00',
      updated_datetime: null,
      expected_datetime: '2010-04-19T06:37:38-08:00',
      address: '8TH AVE and J ST',
      address_id: '545483',
      zipcode: '94122',
      lat: 37.762221815,
      long: -122.4651145,
      media_url: null,
    },
  ]
}

export interface FakeOptions {
  /** how POST requests.json answers: with the id at once, or with a token (async servers) */
  postMode?: 'id' | 'token'
  /** token polls answered "not yet" before the id appears */
  tokenPendingPolls?: number
  /** when set, every call must carry this jurisdiction_id */
  jurisdictionId?: string
}

const err = (status: number, description: string) => HttpResponse.json([{ code: status, description }], { status })

function stripJson(file: string): string | null {
  return file.endsWith('.json') ? decodeURIComponent(file.slice(0, -'.json'.length)) : null
}

export function createFakeOpen311(options: FakeOptions = {}) {
  const received: Received[] = []
  const requests = seedRequests()
  const tokens = new Map<string, { requestId: string; polls: number }>()
  let nextId = 700000
  let nextToken = 1

  async function record(request: Request): Promise<Received> {
    const url = new URL(request.url)
    const text = request.method === 'POST' ? await request.text() : ''
    const r: Received = {
      method: request.method,
      path: url.pathname.replace(new URL(BASE).pathname, ''),
      query: Object.fromEntries(url.searchParams.entries()),
      form: [...new URLSearchParams(text).entries()],
      contentType: request.headers.get('content-type'),
    }
    received.push(r)
    return r
  }

  function jurisdictionOk(values: Record<string, string>): boolean {
    return !options.jurisdictionId || values.jurisdiction_id === options.jurisdictionId
  }

  const handlers = [
    http.get(`${BASE}/services.json`, async ({ request }) => {
      const r = await record(request)
      if (!jurisdictionOk(r.query)) return err(400, 'jurisdiction_id was not provided or is invalid')
      return HttpResponse.json(SERVICES)
    }),

    http.get(`${BASE}/services/:file`, async ({ request, params }) => {
      const r = await record(request)
      if (!jurisdictionOk(r.query)) return err(400, 'jurisdiction_id was not provided or is invalid')
      const code = stripJson(String(params.file))
      if (code === '002') return HttpResponse.json(DEFINITION_002)
      if (code && SERVICES.some((s) => s.service_code === code)) return HttpResponse.json({ service_code: code, attributes: [] })
      return err(404, `service_code ${code} not found`)
    }),

    http.post(`${BASE}/requests.json`, async ({ request }) => {
      const r = await record(request)
      const form = new Map<string, string[]>()
      for (const [k, v] of r.form) form.set(k, [...(form.get(k) ?? []), v])
      const one = (k: string) => form.get(k)?.[0]
      if (one('api_key') !== API_KEY) return err(403, 'Invalid api_key')
      if (options.jurisdictionId && one('jurisdiction_id') !== options.jurisdictionId) {
        return err(400, 'jurisdiction_id was not provided or is invalid')
      }
      const code = one('service_code')
      const service = SERVICES.find((s) => s.service_code === code)
      if (!service) return err(400, `service_code ${code ?? ''} was not found`)
      const hasLatLong = one('lat') !== undefined && one('long') !== undefined
      if (!hasLatLong && !one('address_string') && !one('address_id')) {
        return err(400, 'lat & long, address_string or address_id are required')
      }
      if (code === '002' && !one('attribute[WHISHETN]')) return err(400, 'attribute[WHISHETN] is required')

      const id = String(nextId++)
      requests.push({
        service_request_id: id,
        status: 'open',
        status_notes: null,
        service_name: service.service_name,
        service_code: service.service_code,
        description: one('description') ?? null,
        agency_responsible: null,
        service_notice: null,
        requested_datetime: '2024-05-01T10:00:00+08:00',
        updated_datetime: null,
        expected_datetime: null,
        address: one('address_string') ?? null,
        address_id: one('address_id') ?? null,
        zipcode: null,
        lat: hasLatLong ? Number(one('lat')) : null,
        long: hasLatLong ? Number(one('long')) : null,
        media_url: one('media_url') ?? null,
      })
      const notice = 'The City will inspect and require the responsible party to correct within 24 hours.'
      if (options.postMode === 'token') {
        const token = `tok-${nextToken++}`
        tokens.set(token, { requestId: id, polls: 0 })
        return HttpResponse.json([{ token, service_notice: notice }])
      }
      return HttpResponse.json([{ service_request_id: id, service_notice: notice, account_id: null }])
    }),

    http.get(`${BASE}/tokens/:file`, async ({ request, params }) => {
      await record(request)
      const token = stripJson(String(params.file))
      const t = token ? tokens.get(token) : undefined
      if (!t || !token) return err(404, 'token not found')
      t.polls++
      if (t.polls <= (options.tokenPendingPolls ?? 0)) return HttpResponse.json([{ token }])
      return HttpResponse.json([{ service_request_id: t.requestId, token }])
    }),

    http.get(`${BASE}/requests.json`, async ({ request }) => {
      const r = await record(request)
      if (!jurisdictionOk(r.query)) return err(400, 'jurisdiction_id was not provided or is invalid')
      const q = r.query
      let list = requests
      if (q.service_request_id) {
        const ids = q.service_request_id.split(',')
        // spec: with service_request_id, all other parameters are ignored
        return HttpResponse.json(list.filter((x) => ids.includes(x.service_request_id)))
      }
      if (q.service_code) list = list.filter((x) => q.service_code.split(',').includes(x.service_code))
      if (q.status) list = list.filter((x) => q.status.split(',').includes(x.status))
      if (q.start_date) list = list.filter((x) => Date.parse(x.requested_datetime) >= Date.parse(q.start_date))
      if (q.end_date) list = list.filter((x) => Date.parse(x.requested_datetime) <= Date.parse(q.end_date))
      return HttpResponse.json(list)
    }),

    http.get(`${BASE}/requests/:file`, async ({ request, params }) => {
      const r = await record(request)
      if (!jurisdictionOk(r.query)) return err(400, 'jurisdiction_id was not provided or is invalid')
      const id = stripJson(String(params.file))
      const found = requests.filter((x) => x.service_request_id === id)
      if (!found.length) return err(404, `service_request_id ${id} not found`)
      return HttpResponse.json(found)
    }),
  ]

  return { handlers, received, requests, tokens }
}
