import './msw-esm-shim'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { createOpen311Client, type Open311ClientOptions } from '@/api/open311/client'
import { fetchTransport } from '@/api/open311/fetch-transport'
import { ApiError } from '@/api/contract/errors'
import type { Transport } from '@/api/contract/transport'
import type { Open311SubmitInput } from '@/api/open311/types'
import { API_KEY, BASE, createFakeOpen311, type FakeOptions } from './fake-open311'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function setup(fakeOptions: FakeOptions = {}, clientOptions: Partial<Open311ClientOptions> = {}) {
  const fake = createFakeOpen311(fakeOptions)
  server.use(...fake.handlers)
  const sleeps: number[] = []
  const client = createOpen311Client({
    transport: fetchTransport(BASE),
    apiKey: API_KEY,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    ...clientOptions,
  })
  return { fake, client, sleeps }
}

/** Runs the promise and returns the ApiError it must reject with. */
async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError)
    return e as ApiError
  }
  throw new Error('expected the call to fail')
}

const validInput: Open311SubmitInput = {
  serviceCode: '002',
  description: '人行道上的钢板移位了，有人绊倒',
  location: { lat: 31.2304, lng: 121.4737 },
  attributes: { WHISHETN: '123', HAZARDS: ['trip', 'noise'], SIZE: 40, EMPTY: '' },
  contact: { firstName: '小明', lastName: '王', phone: '13812345678', email: 'wang@example.com' },
  mediaUrl: 'https://img.example.com/a.jpg',
  deviceId: 'device-1',
}

describe('GET services', () => {
  it('lists the spec services', async () => {
    const { client, fake } = setup()
    const services = await client.listServices()
    expect(services.map((s) => s.code)).toEqual(['001', '002', '003'])
    expect(services[0]).toEqual({
      code: '001',
      name: 'Cans left out 24x7',
      description: expect.stringContaining('Garbage'),
      hasMetadata: false,
      type: 'realtime',
      keywords: ['lorem', 'ipsum', 'dolor'],
      group: 'sanitation',
    })
    expect(services[1].hasMetadata).toBe(true)
    expect(fake.received[0]).toMatchObject({ method: 'GET', path: '/services.json', query: {} })
  })

  it('accepts a wrapped list with string booleans and numeric codes', async () => {
    const { client } = setup()
    server.use(
      http.get(`${BASE}/services.json`, () =>
        HttpResponse.json({
          services: [
            { service_code: 12, service_name: 'Pothole', metadata: 'true', type: 'Realtime', keywords: ['road', 'street'], group: null },
            { service_code: '13', service_name: 'Graffiti', metadata: 'false', type: '', keywords: null },
            { service_name: 'broken item without code' },
          ],
        }),
      ),
    )
    const services = await client.listServices()
    expect(services).toEqual([
      { code: '12', name: 'Pothole', description: null, hasMetadata: true, type: 'realtime', keywords: ['road', 'street'], group: null },
      { code: '13', name: 'Graffiti', description: null, hasMetadata: false, type: null, keywords: [], group: null },
    ])
  })

  it('sends jurisdiction_id on reads when configured', async () => {
    const { client, fake } = setup({ jurisdictionId: 'city.example.gov' }, { jurisdictionId: 'city.example.gov' })
    await client.listServices()
    expect(fake.received[0].query).toEqual({ jurisdiction_id: 'city.example.gov' })
  })

  it('a server that needs jurisdiction_id answers 400 without it: Chinese message, description kept', async () => {
    const { client } = setup({ jurisdictionId: 'city.example.gov' })
    const e = await failure(client.listServices())
    expect(e.code).toBe('validation')
    expect(e.status).toBe(400)
    expect(e.message).toMatch(/[\u4e00-\u9fff]/)
    expect(e.details.description).toBe('jurisdiction_id was not provided or is invalid')
  })

  it('an unrecognisable 200 body is a bad-response', async () => {
    const { client } = setup()
    server.use(http.get(`${BASE}/services.json`, () => HttpResponse.json({ hello: 'world' })))
    const e = await failure(client.listServices())
    expect(e.code).toBe('bad-response')
    expect(e.details.reason).toBe('services-not-a-list')
  })
})

describe('GET services/{code}', () => {
  it('turns the definition into ordered form fields, informational attributes into notes', async () => {
    const { client, fake } = setup()
    const def = await client.getServiceDefinition('002')
    expect(fake.received[0].path).toBe('/services/002.json')
    expect(def.serviceCode).toBe('002')
    expect(def.notes).toEqual(['Please do not stand in the road while reporting.'])
    expect(def.fields.map((f) => [f.key, f.type, f.required])).toEqual([
      ['WHISHETN', 'picker', true],
      ['HAZARDS', 'multi-picker', false],
      ['SIZE', 'number', false],
      ['NOTICED', 'date', false],
    ])
    expect(def.fields[0]).toMatchObject({
      label: 'What is the ticket/tag/DL number?',
      options: [
        { value: '123', label: 'Ford' },
        { value: '124', label: 'Chrysler' },
      ],
    })
    expect(def.fields[2].help).toBe('Approximate size in centimetres')
    expect(def.fields[3].withTime).toBe(true)
  })

  it('encodes the code in the path', async () => {
    const { client, fake } = setup()
    await failure(client.getServiceDefinition('a/b c'))
    expect(fake.received[0].path).toBe('/services/a%2Fb%20c.json')
  })

  it('404 → not-found in Chinese, the server description in details', async () => {
    const { client } = setup()
    const e = await failure(client.getServiceDefinition('999'))
    expect(e.code).toBe('not-found')
    expect(e.status).toBe(404)
    expect(e.message).toBe('没有找到该诉求或诉求类别')
    expect(e.retryable).toBe(false)
    expect(e.details.errors).toEqual([{ code: '404', description: 'service_code 999 not found' }])
    expect(e.details.description).toBe('service_code 999 not found')
  })
})

describe('POST requests', () => {
  it('posts a form-encoded body with lat/long, attributes, contact and jurisdiction_id', async () => {
    const { client, fake } = setup({ jurisdictionId: 'city.example.gov' }, { jurisdictionId: 'city.example.gov' })
    const result = await client.submitRequest(validInput)
    expect(result).toEqual({
      requestId: '700000',
      token: null,
      notice: 'The City will inspect and require the responsible party to correct within 24 hours.',
    })
    const post = fake.received.find((r) => r.method === 'POST')!
    expect(post.path).toBe('/requests.json')
    expect(post.contentType).toMatch(/^application\/x-www-form-urlencoded/)
    expect(post.query).toEqual({})
    expect(post.form).toEqual([
      ['api_key', API_KEY],
      ['jurisdiction_id', 'city.example.gov'],
      ['service_code', '002'],
      ['lat', '31.2304'],
      ['long', '121.4737'],
      ['attribute[WHISHETN]', '123'],
      ['attribute[HAZARDS][]', 'trip'],
      ['attribute[HAZARDS][]', 'noise'],
      ['attribute[SIZE]', '40'],
      ['email', 'wang@example.com'],
      ['device_id', 'device-1'],
      ['first_name', '小明'],
      ['last_name', '王'],
      ['phone', '13812345678'],
      ['description', '人行道上的钢板移位了，有人绊倒'],
      ['media_url', 'https://img.example.com/a.jpg'],
    ])
    // the server stored what we sent
    expect(fake.requests.at(-1)).toMatchObject({ lat: 31.2304, long: 121.4737, description: validInput.description })
  })

  it('posts address_string when there is no map pin', async () => {
    const { client, fake } = setup()
    const result = await client.submitRequest({
      serviceCode: '001',
      description: '垃圾桶三天没收',
      location: { address: '四川省达州市通川区朝阳路 12 号' },
    })
    expect(result.requestId).toBe('700000')
    const form = Object.fromEntries(fake.received[0].form)
    expect(form).toEqual({
      api_key: API_KEY,
      service_code: '001',
      address_string: '四川省达州市通川区朝阳路 12 号',
      description: '垃圾桶三天没收',
    })
  })

  it('sends both lat/long and address_string when both are known', async () => {
    const { client, fake } = setup()
    await client.submitRequest({ serviceCode: '001', description: 'x', location: { lat: 31.2, lng: 107.5, address: '朝阳路' } })
    const keys = fake.received[0].form.map(([k]) => k)
    expect(keys).toEqual(['api_key', 'service_code', 'lat', 'long', 'address_string', 'description'])
  })

  it('token flow: polls tokens/{token} until the id appears, sleeping between polls', async () => {
    const { client, fake, sleeps } = setup({ postMode: 'token', tokenPendingPolls: 2 }, { tokenPollIntervalMs: 1500 })
    const result = await client.submitRequest(validInput)
    expect(result).toEqual({ requestId: '700000', token: 'tok-1', notice: expect.any(String) })
    const polls = fake.received.filter((r) => r.path.startsWith('/tokens/'))
    expect(polls.map((r) => r.path)).toEqual(['/tokens/tok-1.json', '/tokens/tok-1.json', '/tokens/tok-1.json'])
    expect(sleeps).toEqual([1500, 1500, 1500])
  })

  it('token flow is bounded: gives back the token when the id never comes', async () => {
    const { client, fake, sleeps } = setup({ postMode: 'token', tokenPendingPolls: 99 }, { maxTokenPolls: 3 })
    const result = await client.submitRequest(validInput)
    expect(result).toEqual({ requestId: null, token: 'tok-1', notice: expect.any(String) })
    expect(fake.received.filter((r) => r.path.startsWith('/tokens/'))).toHaveLength(3)
    expect(sleeps).toHaveLength(3)
    // the app can look again later
    expect(await client.resolveToken('tok-1')).toBeNull()
  })

  it('token flow: a failing poll never turns a filed request into an error', async () => {
    const { client } = setup({ postMode: 'token' })
    server.use(http.get(`${BASE}/tokens/:file`, () => new HttpResponse('<html><body>oops</body></html>', { status: 500 })))
    const result = await client.submitRequest(validInput)
    expect(result).toMatchObject({ requestId: null, token: 'tok-1' })
  })

  it('token lookups that 404 mean "not yet"; maxTokenPolls 0 never polls', async () => {
    const { client, fake, sleeps } = setup({ postMode: 'token' }, { maxTokenPolls: 0 })
    const result = await client.submitRequest(validInput)
    expect(result.requestId).toBeNull()
    expect(sleeps).toEqual([])
    expect(fake.received.filter((r) => r.path.startsWith('/tokens/'))).toHaveLength(0)
    expect(await client.resolveToken('unknown')).toBeNull()
    expect(await client.resolveToken('tok-1')).toBe('700000')
  })

  it('validates locally before sending, with Chinese field errors', async () => {
    const { client, fake } = setup()
    const e = await failure(
      client.submitRequest({
        serviceCode: ' ',
        description: '',
        location: { lat: 0, lng: 0 },
        contact: { email: 'not-an-email', phone: 'call me' },
        mediaUrl: 'ftp://x',
      }),
    )
    expect(e.code).toBe('validation')
    expect(e.fieldErrors).toEqual({
      serviceCode: '请选择诉求类别',
      location: '位置信息无效，请重新在地图上选点',
      mediaUrl: '图片地址无效',
      email: '邮箱格式不正确',
      phone: '电话号码格式不正确',
    })
    const e2 = await failure(client.submitRequest({ serviceCode: '001', location: { address: '  ' } }))
    expect(e2.fieldErrors).toEqual({ location: '请在地图上选点或填写地址', description: '请描述问题或上传照片' })
    const e3 = await failure(client.submitRequest({ serviceCode: '001', description: '长'.repeat(4001), location: { addressId: '545483' } }))
    expect(e3.fieldErrors).toEqual({ description: '问题描述不能超过4000字' })
    expect(fake.received).toHaveLength(0)
  })

  it('drops a failed GPS fix (0/0) when the resident typed an address', async () => {
    const { client, fake } = setup()
    await client.submitRequest({ serviceCode: '001', description: 'x', location: { lat: 0, lng: 0, address: '朝阳路 12 号' } })
    expect(fake.received[0].form.map(([k]) => k)).toEqual(['api_key', 'service_code', 'address_string', 'description'])
  })

  it('a photo alone is enough; address_id alone is a location', async () => {
    const { client, fake } = setup()
    await client.submitRequest({ serviceCode: '001', mediaUrl: 'https://img.example.com/b.jpg', location: { addressId: '545483' } })
    expect(Object.fromEntries(fake.received[0].form)).toEqual({
      api_key: API_KEY,
      service_code: '001',
      address_id: '545483',
      media_url: 'https://img.example.com/b.jpg',
    })
  })

  it('checks attributes against the definition when given one', async () => {
    const { client, fake } = setup()
    const definition = await client.getServiceDefinition('002')
    const e = await failure(
      client.submitRequest({ ...validInput, attributes: { HAZARDS: ['trip', 'lava'], SIZE: 'big' }, definition }),
    )
    expect(e.fieldErrors).toEqual({
      'attributes.WHISHETN': '请选择“What is the ticket/tag/DL number?”',
      'attributes.HAZARDS': '“Which hazards do you see?”的选项无效，请重新选择',
      'attributes.SIZE': '“How big is it?”应为数字',
    })
    expect(fake.received.filter((r) => r.method === 'POST')).toHaveLength(0)
    await client.submitRequest({ ...validInput, definition })
    expect(fake.received.filter((r) => r.method === 'POST')).toHaveLength(1)
  })

  it('403 invalid api_key → forbidden (never "unauthorized": the resident is logged in)', async () => {
    const { client } = setup({}, { apiKey: 'wrong' })
    const e = await failure(client.submitRequest(validInput))
    expect(e.code).toBe('forbidden')
    expect(e.status).toBe(403)
    expect(e.message).toMatch(/接口密钥/)
    expect(e.details).toMatchObject({ description: 'Invalid api_key', errors: [{ code: '403', description: 'Invalid api_key' }] })
  })

  it('400 from the server → validation with field hints and the description kept', async () => {
    const { client } = setup()
    const e = await failure(client.submitRequest({ ...validInput, attributes: {} }))
    expect(e.code).toBe('validation')
    expect(e.status).toBe(400)
    expect(e.message).toBe('诉求平台未接受提交的信息，请检查后重试')
    expect(e.fieldErrors).toEqual({ 'attributes.WHISHETN': '此项填写有误，请修改后重试' })
    expect(e.details.description).toBe('attribute[WHISHETN] is required')

    const e2 = await failure(client.submitRequest({ ...validInput, serviceCode: 'nope' }))
    expect(e2.fieldErrors).toEqual({ serviceCode: '诉求平台不认可所选类别，请重新选择' })
  })

  it('accepts a single object answer with a numeric id', async () => {
    const { client } = setup()
    server.use(http.post(`${BASE}/requests.json`, () => HttpResponse.json({ service_request_id: 293944, service_notice: null })))
    expect(await client.submitRequest(validInput)).toEqual({ requestId: '293944', token: null, notice: '' })
  })

  it('an answer with neither id nor token is a bad-response', async () => {
    const { client } = setup()
    server.use(http.post(`${BASE}/requests.json`, () => HttpResponse.json([{ service_notice: 'thanks' }])))
    const e = await failure(client.submitRequest(validInput))
    expect(e.code).toBe('bad-response')
    expect(e.details.reason).toBe('no-id-or-token')
  })

  it('a 200 that carries an error list is an error', async () => {
    const { client } = setup()
    server.use(
      http.post(`${BASE}/requests.json`, () => HttpResponse.json([{ code: 400, description: 'lat & long are required' }])),
    )
    const e = await failure(client.submitRequest(validInput))
    expect(e.code).toBe('validation')
    expect(e.fieldErrors).toEqual({ location: expect.stringMatching(/位置/) })
    expect(e.details).toMatchObject({ httpStatus: 200, description: 'lat & long are required' })
  })
})

describe('GET requests', () => {
  it('sends the spec filters and normalises the answer', async () => {
    const { client, fake } = setup()
    const list = await client.listRequests({
      serviceCode: ['006', '007'],
      status: 'closed',
      startDate: new Date('2010-04-01T00:00:00Z'),
      endDate: '2010-04-30T00:00:00-08:00',
    })
    expect(fake.received[0].query).toEqual({
      service_code: '006,007',
      status: 'closed',
      start_date: '2010-04-01T00:00:00.000Z',
      end_date: '2010-04-30T00:00:00-08:00',
    })
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({
      id: '638344',
      status: 'resolved',
      statusLabel: '已办结',
      rawStatus: 'closed',
      statusNotes: 'Duplicate request.',
      categoryName: 'Sidewalk and Curb Issues',
      location: { lat: 37.762221815, lng: -122.4651145 },
      requestedAt: '2010-04-14T14:37:38.000Z',
      expectedAt: '2010-04-15T14:37:38.000Z',
      agency: 'Department of Transportation',
    })
  })

  it('several ids go as one comma list', async () => {
    const { client, fake } = setup()
    const both = await client.listRequests({ status: ['open', 'closed'] })
    expect(fake.received[0].query).toEqual({ status: 'open,closed' })
    expect(both).toHaveLength(2)
    fake.received.length = 0
    const list = await client.listRequests({ ids: ['638344', '638349'] })
    expect(fake.received[0].query).toEqual({ service_request_id: '638344,638349' })
    expect(list.map((r) => [r.id, r.status])).toEqual([
      ['638344', 'resolved'],
      ['638349', 'submitted'],
    ])
  })

  it('accepts a wrapped list with strings for numbers, blanks for nulls and mixed offsets', async () => {
    const { client } = setup()
    server.use(
      http.get(`${BASE}/requests.json`, () =>
        HttpResponse.json({
          service_requests: [
            {
              service_request_id: 101,
              status: 'Open',
              status_notes: '',
              service_name: '',
              service_code: 7,
              lat: '30.5728',
              long: '104.0668',
              requested_datetime: '2024-05-01 08:00:00',
              updated_datetime: '2024-05-01T02:30:00+05:30',
              address: '',
            },
            { service_request_id: '102', status: 'closed', lat: 0, long: 0, requested_datetime: '2024-05-01T00:00:00Z' },
            { service_request_id: null, status: 'open' },
            { service_request_id: '103', lat: null, long: null, expected_datetime: 'not a date' },
          ],
        }),
      ),
    )
    const list = await client.listRequests()
    expect(list.map((r) => r.id)).toEqual(['101', '102', '103'])
    expect(list[0]).toMatchObject({
      status: 'submitted', // updated == requested: nobody has touched it
      categoryName: '7',
      serviceCode: '7',
      statusNotes: null,
      address: null,
      location: { lat: 30.5728, lng: 104.0668 },
      requestedAt: '2024-05-01T00:00:00.000Z',
      updatedAt: '2024-04-30T21:00:00.000Z',
    })
    expect(list[1]).toMatchObject({ status: 'resolved', location: null })
    expect(list[2]).toMatchObject({ status: 'submitted', location: null, expectedAt: null, requestedAt: null })
  })

  it('GET requests/{id} returns the one request', async () => {
    const { client, fake } = setup()
    const r = await client.getRequest('638349')
    expect(fake.received[0].path).toBe('/requests/638349.json')
    expect(r).toMatchObject({ id: '638349', status: 'submitted', statusLabel: '已提交，等待受理', updatedAt: null })
  })

  it('GET requests/{id}: 404 and an empty 200 list are both not-found', async () => {
    const { client } = setup()
    const e = await failure(client.getRequest('1'))
    expect(e.code).toBe('not-found')
    expect(e.details.description).toBe('service_request_id 1 not found')
    server.use(http.get(`${BASE}/requests/:file`, () => HttpResponse.json([])))
    const e2 = await failure(client.getRequest('1'))
    expect(e2.code).toBe('not-found')
    expect(e2.message).toBe('没有找到该诉求')
  })

  it('GET requests/{id}: a lone unwrapped object without its id is taken as that request', async () => {
    const { client } = setup()
    server.use(http.get(`${BASE}/requests/:file`, () => HttpResponse.json({ service_request: { status: 'closed', lat: '1', long: '2' } })))
    expect(await client.getRequest('55')).toMatchObject({ id: '55', status: 'resolved', location: { lat: 1, lng: 2 } })
  })
})

describe('error shapes real servers send', () => {
  const respond = (body: unknown, init: ResponseInit & { raw?: boolean } = {}) =>
    server.use(
      http.get(`${BASE}/services.json`, () =>
        typeof body === 'string' ? new HttpResponse(body, init) : HttpResponse.json(body as object, init),
      ),
    )

  it('a single {"error": {...}} object', async () => {
    const { client } = setup()
    respond({ error: { code: 403, description: 'API key disabled' } }, { status: 403 })
    const e = await failure(client.listServices())
    expect(e.code).toBe('forbidden')
    expect(e.details.description).toBe('API key disabled')
  })

  it('a bare {code, description} object and errors without a code', async () => {
    const { client } = setup()
    respond({ code: 404, description: 'No such jurisdiction' }, { status: 404 })
    const e = await failure(client.listServices())
    expect(e.code).toBe('not-found')
    expect(e.details.errors).toEqual([{ code: '404', description: 'No such jurisdiction' }])

    respond([{ description: 'Missing parameter' }], { status: 400 })
    const e2 = await failure(client.listServices())
    expect(e2.code).toBe('validation')
    expect(e2.details.errors).toEqual([{ code: null, description: 'Missing parameter' }])
  })

  it('an HTML error page → generic Chinese message naming the status', async () => {
    const { client } = setup()
    respond('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>', {
      status: 502,
      headers: { 'content-type': 'text/html' },
    })
    const e = await failure(client.listServices())
    expect(e.code).toBe('server')
    expect(e.status).toBe(502)
    expect(e.retryable).toBe(true)
    expect(e.message).toBe('诉求平台返回错误（HTTP 502），请稍后重试')
    expect(e.details).toMatchObject({ format: 'html', htmlTitle: '502 Bad Gateway' })
  })

  it('an HTML page with 200 is a bad-response, not data', async () => {
    const { client } = setup()
    respond('<html><body>Maintenance</body></html>', { status: 200, headers: { 'content-type': 'text/html' } })
    const e = await failure(client.listServices())
    expect(e.code).toBe('bad-response')
    expect(e.details.format).toBe('html')
  })

  it('429 + Retry-After seconds → rate-limited, retryable, retryAfterSeconds', async () => {
    const { client } = setup()
    respond([{ code: 429, description: 'Too many requests' }], { status: 429, headers: { 'Retry-After': '30' } })
    const e = await failure(client.listServices())
    expect(e.code).toBe('rate-limited')
    expect(e.retryable).toBe(true)
    expect(e.details.retryAfterSeconds).toBe(30)
    expect(e.message).toBe('请求太频繁，请 30 秒后再试')
    expect(e.details.description).toBe('Too many requests')
  })

  it('429 + Retry-After as an HTTP date, and without the header', async () => {
    const { client } = setup({}, { now: () => Date.parse('2024-05-01T08:00:00Z') })
    respond('Slow down', { status: 429, headers: { 'Retry-After': 'Wed, 01 May 2024 08:02:00 GMT' } })
    const e = await failure(client.listServices())
    expect(e.details.retryAfterSeconds).toBe(120)

    respond('', { status: 429 })
    const e2 = await failure(client.listServices())
    expect(e2.code).toBe('rate-limited')
    expect(e2.details.retryAfterSeconds).toBeNull()
    expect(e2.message).toBe('请求太频繁，请稍后再试')
  })

  it('an XML-only server → a clear bad-response saying XML is not supported', async () => {
    const { client } = setup()
    respond('<?xml version="1.0" encoding="utf-8"?><services><service><service_code>001</service_code></service></services>', {
      status: 200,
      headers: { 'content-type': 'text/xml' },
    })
    const e = await failure(client.listServices())
    expect(e.code).toBe('bad-response')
    expect(e.message).toMatch(/XML/)
    expect(e.message).toMatch(/不支持/)
    expect(e.details).toMatchObject({ format: 'xml', reason: 'xml-not-supported' })
  })

  it('a plain-text error keeps the text as the description', async () => {
    const { client } = setup()
    respond('Invalid jurisdiction', { status: 400 })
    const e = await failure(client.listServices())
    expect(e.code).toBe('validation')
    expect(e.message).toMatch(/HTTP 400/)
    expect(e.details.description).toBe('Invalid jurisdiction')
  })

  it('a network failure → network, retryable', async () => {
    const { client } = setup()
    server.use(http.get(`${BASE}/services.json`, () => HttpResponse.error()))
    const e = await failure(client.listServices())
    expect(e.code).toBe('network')
    expect(e.retryable).toBe(true)
    expect(e.message).toBe('无法连接诉求平台，请检查网络后重试')
  })
})

describe('transport seam', () => {
  it('the shared Transport (src/api/transport.ts) plugs in as is, form body passed as a string', async () => {
    const seen: Parameters<Transport>[0][] = []
    const transport: Transport = async (req) => {
      seen.push(req)
      return { status: 200, body: [{ token: 'abc', service_notice: '' }] }
    }
    const client = createOpen311Client({ transport, apiKey: 'k', maxTokenPolls: 0 })
    expect(await client.submitRequest({ serviceCode: '1', description: 'd', location: { lat: 1, lng: 2 } })).toEqual({
      requestId: null,
      token: 'abc',
      notice: '',
    })
    expect(seen[0]).toEqual({
      method: 'POST',
      path: '/requests.json',
      query: undefined,
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      body: 'api_key=k&service_code=1&lat=1&long=2&description=d',
    })
  })

  it('a transport that already throws an ApiError (e.g. a timeout) is passed through', async () => {
    const transport: Transport = async () => {
      throw new ApiError({ code: 'timeout' })
    }
    const client = createOpen311Client({ transport, apiKey: 'k' })
    expect((await failure(client.listServices())).code).toBe('timeout')
  })
})

describe('what real servers answered (issue 17)', () => {
  const answering = (status: number, body: unknown): Transport => async () => ({ status, body, headers: {} })

  it('getRequest refuses an answer about a different request', async () => {
    const client = createOpen311Client({ transport: answering(200, [{ service_request_id: '99', status: 'open', service_code: '1' }]), apiKey: 'k' })
    const e = await failure(client.getRequest('12'))
    expect(e.code).toBe('bad-response')
    expect(e.details.reason).toBe('answer-about-another-request')
    const ok = createOpen311Client({ transport: answering(200, [{ service_request_id: 0, status: 'open', service_code: '0' }]), apiKey: 'k' })
    expect((await ok.getRequest('0')).id).toBe('0')
  })

  it('a 400 about the api_key is a setup error, not the resident’s input', async () => {
    const client = createOpen311Client({ transport: answering(400, [{ code: 400, description: 'Invalid api_key' }]), apiKey: 'k', maxTokenPolls: 0 })
    const e = await failure(client.submitRequest({ serviceCode: '1', description: '路灯坏了', location: { lat: 31.2, lng: 107.5 } } as Open311SubmitInput))
    expect(e.code).toBe('forbidden')
    expect(e.details.reason).toBe('api-key')
    expect(e.fieldErrors).toEqual({})
    expect(e.message).toMatch(/接入配置/)
  })

  it('keeps the text of an XML error body', async () => {
    const xml = '<?xml version="1.0" encoding="utf-8"?><errors><error><code>404</code><description>Service request 12 not found</description></error></errors>'
    const client = createOpen311Client({ transport: answering(404, xml), apiKey: 'k' })
    const e = await failure(client.getRequest('12'))
    expect(e.details.format).toBe('xml')
    expect(e.details.description).toBe('Service request 12 not found')
  })

  it('a server that never answers is a timeout error (fetchTransport gives up)', async () => {
    const never: typeof fetch = (_url, init) =>
      new Promise((_ok, fail) => init?.signal?.addEventListener('abort', () => fail(Object.assign(new Error('aborted'), { name: 'TimeoutError' }))))
    const client = createOpen311Client({ transport: fetchTransport(BASE, never, { timeoutMs: 50 }), apiKey: 'k' })
    const e = await failure(client.listServices())
    expect(e.code).toBe('timeout')
    expect(e.message).toMatch(/超时/)
  })
})
