import {
  asBool,
  asDateTime,
  asId,
  asKeywords,
  asLocation,
  asNumber,
  asOpen311Status,
  asText,
  attributeToField,
  decodeBody,
  extractErrors,
  formEncode,
  looksLikeErrorBody,
  normalizeAttribute,
  normalizeRequest,
  normalizeService,
  normalizeServiceDefinition,
  normalizeServices,
  normalizeSubmitResult,
  normalizeTokenResult,
  parseOffset,
  sortByOrder,
  unwrapList,
} from '@/api/open311/normalize'
import { fieldErrorsFromDescriptions, parseRetryAfter } from '@/api/open311/errors'

describe('scalars', () => {
  it('asText trims, turns numbers into text and blanks into null', () => {
    expect(asText('  hi ')).toBe('hi')
    expect(asText(42)).toBe('42')
    expect(asText('')).toBeNull()
    expect(asText('   ')).toBeNull()
    expect(asText(null)).toBeNull()
    expect(asText(undefined)).toBeNull()
    expect(asText(NaN)).toBeNull()
    expect(asText(true)).toBeNull()
  })

  it('asId accepts strings and numbers, 0 and "0" included (real ids); "null" and empty are unknown', () => {
    expect(asId(638344)).toBe('638344')
    expect(asId(' 638344 ')).toBe('638344')
    expect(asId(0)).toBe('0')
    expect(asId('0')).toBe('0')
    expect(asId('null')).toBeNull()
    expect(asId('')).toBeNull()
    expect(asId(undefined)).toBeNull()
  })

  it('asBool reads "true"/"false" strings, 1/0 and falls back otherwise', () => {
    expect(asBool(true)).toBe(true)
    expect(asBool('true')).toBe(true)
    expect(asBool('TRUE')).toBe(true)
    expect(asBool('false')).toBe(false)
    expect(asBool('False')).toBe(false)
    expect(asBool(1)).toBe(true)
    expect(asBool('0')).toBe(false)
    expect(asBool(null)).toBe(false)
    expect(asBool(undefined, true)).toBe(true)
    expect(asBool('', true)).toBe(true)
    expect(asBool('maybe', true)).toBe(true)
  })

  it('asNumber accepts numeric strings only', () => {
    expect(asNumber('37.762221815')).toBeCloseTo(37.762221815)
    expect(asNumber(' -122.46 ')).toBeCloseTo(-122.46)
    expect(asNumber(3)).toBe(3)
    expect(asNumber('')).toBeNull()
    expect(asNumber('12abc')).toBeNull()
    expect(asNumber(null)).toBeNull()
    expect(asNumber(Infinity)).toBeNull()
  })

  it('asLocation: strings or numbers; 0/0, null, blank and out-of-range mean no location', () => {
    expect(asLocation('37.76', '-122.46')).toEqual({ lat: 37.76, lng: -122.46 })
    expect(asLocation(31.2304, 121.4737)).toEqual({ lat: 31.2304, lng: 121.4737 })
    expect(asLocation(0, 0)).toBeNull()
    expect(asLocation('0', '0.0')).toBeNull()
    expect(asLocation(null, null)).toBeNull()
    expect(asLocation('', '')).toBeNull()
    expect(asLocation(37.7, undefined)).toBeNull()
    expect(asLocation(137.7, 10)).toBeNull()
    // one zero coordinate is a real place (the equator)
    expect(asLocation(0, 32.5)).toEqual({ lat: 0, lng: 32.5 })
  })

  it('asKeywords splits comma lists (also full-width) and accepts arrays', () => {
    expect(asKeywords('lorem, ipsum,dolor')).toEqual(['lorem', 'ipsum', 'dolor'])
    expect(asKeywords('垃圾，卫生；污水')).toEqual(['垃圾', '卫生', '污水'])
    expect(asKeywords(['a', ' b ', '', null, 'a'])).toEqual(['a', 'b'])
    expect(asKeywords(null)).toEqual([])
    expect(asKeywords('')).toEqual([])
  })
})

describe('datetimes → UTC ISO', () => {
  it('keeps the instant for any offset form', () => {
    expect(asDateTime('2010-04-14T06:37:38-08:00')).toBe('2010-04-14T14:37:38.000Z')
    expect(asDateTime('2010-04-14T06:37:38-0800')).toBe('2010-04-14T14:37:38.000Z')
    expect(asDateTime('2010-04-14T06:37:38-08')).toBe('2010-04-14T14:37:38.000Z')
    expect(asDateTime('2010-04-14T14:37:38Z')).toBe('2010-04-14T14:37:38.000Z')
    expect(asDateTime('2024-05-01T20:07:00+05:30')).toBe('2024-05-01T14:37:00.000Z')
    expect(asDateTime('2024-05-01T08:00:00.123456+08:00')).toBe('2024-05-01T00:00:00.123Z')
  })

  it('accepts a space for T, missing seconds and UTC/GMT words', () => {
    expect(asDateTime('2024-05-01 08:00:00+08:00')).toBe('2024-05-01T00:00:00.000Z')
    expect(asDateTime('2024-05-01T08:00+08:00')).toBe('2024-05-01T00:00:00.000Z')
    expect(asDateTime('2024-05-01 08:00:00 UTC')).toBe('2024-05-01T08:00:00.000Z')
  })

  it('reads a datetime without offset in the default offset (China time unless told)', () => {
    expect(asDateTime('2024-05-01T08:00:00')).toBe('2024-05-01T00:00:00.000Z')
    expect(asDateTime('2024-05-01 08:00:00', '-05:00')).toBe('2024-05-01T13:00:00.000Z')
    expect(asDateTime('2024-05-01')).toBe('2024-04-30T16:00:00.000Z')
  })

  it('accepts epoch seconds and milliseconds, RFC 2822 with a zone', () => {
    expect(asDateTime(1714550400)).toBe('2024-05-01T08:00:00.000Z')
    expect(asDateTime(1714550400000)).toBe('2024-05-01T08:00:00.000Z')
    expect(asDateTime('1714550400')).toBe('2024-05-01T08:00:00.000Z')
    expect(asDateTime('Wed, 01 May 2024 08:00:00 GMT')).toBe('2024-05-01T08:00:00.000Z')
  })

  it('returns null for missing and impossible values instead of guessing', () => {
    expect(asDateTime(null)).toBeNull()
    expect(asDateTime('')).toBeNull()
    expect(asDateTime(undefined)).toBeNull()
    expect(asDateTime('0000-00-00 00:00:00')).toBeNull()
    expect(asDateTime('2023-02-29T10:00:00Z')).toBeNull()
    expect(asDateTime('2024-05-01T25:00:00Z')).toBeNull()
    expect(asDateTime('05/01/2024 08:00')).toBeNull()
    expect(asDateTime('soon')).toBeNull()
    expect(asDateTime(0)).toBeNull()
  })

  it('parseOffset reads all offset spellings', () => {
    expect(parseOffset('Z')).toBe(0)
    expect(parseOffset('+08:00')).toBe(480)
    expect(parseOffset('-0530')).toBe(-330)
    expect(parseOffset('+05')).toBe(300)
    expect(parseOffset('+25:00')).toBeNull()
    expect(parseOffset('nonsense')).toBeNull()
  })
})

describe('bodies and lists', () => {
  it('decodeBody tells JSON, empty, HTML, XML and text apart', () => {
    expect(decodeBody([{ a: 1 }])).toEqual({ kind: 'json', value: [{ a: 1 }] })
    expect(decodeBody('[{"a":1}]')).toEqual({ kind: 'json', value: [{ a: 1 }] })
    expect(decodeBody('\uFEFF {"a":1}')).toEqual({ kind: 'json', value: { a: 1 } })
    expect(decodeBody('')).toEqual({ kind: 'empty' })
    expect(decodeBody(undefined)).toEqual({ kind: 'empty' })
    expect(decodeBody('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>x</body></html>')).toEqual({
      kind: 'html',
      title: '502 Bad Gateway',
    })
    expect(decodeBody('<?xml version="1.0" encoding="utf-8"?><services><service></service></services>')).toEqual({ kind: 'xml' })
    expect(decodeBody('<services></services>')).toEqual({ kind: 'xml' })
    expect(decodeBody('Invalid api_key')).toEqual({ kind: 'text', text: 'Invalid api_key' })
    expect(decodeBody('{broken')).toEqual({ kind: 'text', text: '{broken' })
  })

  it('unwrapList accepts bare arrays, wrappers, nested XML-bridge wrappers and lone objects', () => {
    const items = [{ service_code: '1' }]
    expect(unwrapList(items, ['services'], 'service_code')).toBe(items)
    expect(unwrapList({ services: items }, ['services'], 'service_code')).toBe(items)
    expect(unwrapList({ services: { service: items } }, ['services'], 'service_code')).toBe(items)
    expect(unwrapList({ services: { service_code: '1' } }, ['services'], 'service_code')).toEqual(items)
    expect(unwrapList({ service_code: '1' }, ['services'], 'service_code')).toEqual(items)
    expect(unwrapList({ services: null }, ['services'], 'service_code')).toEqual([])
    expect(unwrapList({ service_request: { status: 'open' } }, ['service_request'], 'service_request_id')).toEqual([{ status: 'open' }])
    expect(unwrapList({ foo: 1 }, ['services'], 'service_code')).toBeNull()
    expect(unwrapList('nope', ['services'], 'service_code')).toBeNull()
  })
})

describe('errors', () => {
  it('extractErrors reads every shape seen in the wild', () => {
    expect(extractErrors([{ code: 403, description: 'Invalid api_key' }])).toEqual([{ code: '403', description: 'Invalid api_key' }])
    expect(extractErrors({ code: '400', description: 'bad' })).toEqual([{ code: '400', description: 'bad' }])
    expect(extractErrors({ error: { code: 404, description: 'gone' } })).toEqual([{ code: '404', description: 'gone' }])
    expect(extractErrors({ errors: [{ description: 'a' }, { description: 'b' }] })).toEqual([
      { code: null, description: 'a' },
      { code: null, description: 'b' },
    ])
    expect(extractErrors({ error: 'Something broke' })).toEqual([{ code: null, description: 'Something broke' }])
    expect(extractErrors({ error: { description: 'x' }, code: 400 })).toEqual([{ code: '400', description: 'x' }])
    expect(extractErrors({ message: 'Rate limit exceeded' })).toEqual([{ code: null, description: 'Rate limit exceeded' }])
    expect(extractErrors(['plain'])).toEqual([{ code: null, description: 'plain' }])
    expect(extractErrors({})).toEqual([])
    expect(extractErrors(null)).toEqual([])
  })

  it('looksLikeErrorBody spots error lists in 200 answers but not real answers', () => {
    const keys = ['service_request_id', 'token']
    expect(looksLikeErrorBody([{ code: 400, description: 'service_code missing' }], keys)).toBe(true)
    expect(looksLikeErrorBody({ error: { description: 'x' } }, keys)).toBe(true)
    expect(looksLikeErrorBody([{ service_request_id: '1', service_notice: 'ok' }], keys)).toBe(false)
    expect(looksLikeErrorBody([], keys)).toBe(false)
    expect(looksLikeErrorBody([{ token: 't', description: 'x', code: 1 }], keys)).toBe(false)
  })

  it('fieldErrorsFromDescriptions points server descriptions at our fields', () => {
    expect(
      fieldErrorsFromDescriptions([
        { code: '400', description: 'attribute[WHISHETN] is required' },
        { code: '400', description: 'service_code 9 was not found' },
        { code: '400', description: 'lat & long, address_string or address_id are required' },
        { code: '400', description: 'email is invalid' },
      ]),
    ).toEqual({
      'attributes.WHISHETN': expect.any(String),
      serviceCode: expect.stringMatching(/类别/),
      location: expect.stringMatching(/位置/),
      email: expect.stringMatching(/邮箱/),
    })
  })

  it('parseRetryAfter reads seconds and HTTP dates', () => {
    const now = Date.parse('2024-05-01T08:00:00Z')
    expect(parseRetryAfter('120', now)).toBe(120)
    expect(parseRetryAfter('Wed, 01 May 2024 08:01:30 GMT', now)).toBe(90)
    expect(parseRetryAfter('Wed, 01 May 2024 07:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter(undefined, now)).toBeNull()
    expect(parseRetryAfter('soon', now)).toBeNull()
  })
})

describe('services', () => {
  it('normalises a spec service', () => {
    expect(
      normalizeService({
        service_code: '001',
        service_name: 'Cans left out 24x7',
        description: 'Garbage cans',
        metadata: false,
        type: 'realtime',
        keywords: 'lorem, ipsum, dolor',
        group: 'sanitation',
      }),
    ).toEqual({
      code: '001',
      name: 'Cans left out 24x7',
      description: 'Garbage cans',
      hasMetadata: false,
      type: 'realtime',
      keywords: ['lorem', 'ipsum', 'dolor'],
      group: 'sanitation',
    })
  })

  it('accepts numeric codes, "true" booleans, odd types and missing values', () => {
    expect(normalizeService({ service_code: 17, metadata: 'true', type: 'BATCH', keywords: '', group: '' })).toEqual({
      code: '17',
      name: '17',
      description: null,
      hasMetadata: true,
      type: 'batch',
      keywords: [],
      group: null,
    })
    expect(normalizeService({ service_code: 'x', metadata: 'false', type: 'whatever' })).toMatchObject({ hasMetadata: false, type: null })
  })

  it('drops services without a code and duplicates', () => {
    const list = normalizeServices([{ service_code: '1' }, { service_name: 'no code' }, null, { service_code: 1 }, 'junk'])
    expect(list.map((s) => s.code)).toEqual(['1'])
  })
})

describe('service definitions → fields', () => {
  it('maps datatypes to field types, keeps options and help, sorts by order', () => {
    const def = normalizeServiceDefinition(
      {
        service_code: '002',
        attributes: [
          { variable: true, code: 'B', datatype: 'number', required: false, order: 2, description: 'Size', datatype_description: 'cm' },
          {
            variable: 'true',
            code: 'A',
            datatype: 'singlevaluelist',
            required: 'true',
            order: '1',
            description: 'Make',
            values: [
              { key: 123, name: 'Ford' },
              { key: '124', name: '' },
            ],
          },
          { variable: 'false', code: 'N', datatype: 'text', order: 0, description: 'Stay safe' },
          { variable: true, code: 'C', datatype: 'text', description: 'More' },
          { variable: true, code: 'D', datatype: 'datetime', order: 3, description: 'When' },
          { variable: true, code: 'E', datatype: 'multivaluelist', order: 4, description: 'Which', values: [{ key: 'x', name: 'X' }] },
        ],
      },
      '002',
    )!
    expect(def.serviceCode).toBe('002')
    expect(def.notes).toEqual(['Stay safe'])
    expect(def.fields.map((f) => f.key)).toEqual(['A', 'B', 'D', 'E', 'C'])
    expect(def.fields[0]).toEqual({
      key: 'A',
      label: 'Make',
      type: 'picker',
      required: true,
      order: 1,
      options: [
        { value: '123', label: 'Ford' },
        { value: '124', label: '124' },
      ],
    })
    expect(def.fields[1]).toMatchObject({ type: 'number', help: 'cm', required: false })
    expect(def.fields[2]).toMatchObject({ type: 'date', withTime: true })
    expect(def.fields[3]).toMatchObject({ type: 'multi-picker', options: [{ value: 'x', label: 'X' }] })
    expect(def.fields[4]).toMatchObject({ type: 'textarea', order: null })
  })

  it('is liberal: no attributes, null attributes, a list around the definition, unknown datatypes', () => {
    expect(normalizeServiceDefinition({ service_code: '9' }, '9')).toEqual({ serviceCode: '9', attributes: [], fields: [], notes: [] })
    expect(normalizeServiceDefinition({ service_code: '9', attributes: null }, '9')?.fields).toEqual([])
    expect(normalizeServiceDefinition([{ attributes: [{ code: 'Q', datatype: 'Integer' }] }], '9')).toMatchObject({
      serviceCode: '9',
      fields: [{ key: 'Q', type: 'number', label: 'Q', required: false }],
    })
    expect(normalizeServiceDefinition('nope', '9')).toBeNull()
    expect(normalizeServiceDefinition({ attributes: 'weird' }, '9')).toBeNull()
  })

  it('a value list without values becomes a text field; an absent variable means "ask"', () => {
    const a = normalizeAttribute({ code: 'L', datatype: 'singlevaluelist', values: [] })!
    expect(a.variable).toBe(true)
    expect(attributeToField(a)).toMatchObject({ type: 'text' })
    expect(attributeToField(a).options).toBeUndefined()
    expect(normalizeAttribute({ datatype: 'string' })).toBeNull()
  })

  it('sortByOrder is stable and puts unordered items last', () => {
    const items = [{ id: 'x', order: null }, { id: 'b', order: 2 }, { id: 'a', order: 1 }, { id: 'b2', order: 2 }, { id: 'y', order: null }]
    expect(sortByOrder(items).map((i) => i.id)).toEqual(['a', 'b', 'b2', 'x', 'y'])
  })
})

describe('service requests → complaint summaries', () => {
  const spec = {
    service_request_id: 638344,
    status: 'closed',
    status_notes: 'Duplicate request.',
    service_name: 'Sidewalk and Curb Issues',
    service_code: '006',
    description: null,
    agency_responsible: null,
    service_notice: null,
    requested_datetime: '2010-04-14T06:37:38-08:00',
    updated_datetime: '2010-04-14T06:37:38-08:00',
    expected_datetime: '2010-04-15T06:37:38-08:00',
    address: '8TH AVE and J ST',
    address_id: 545483,
    zipcode: 94122,
    lat: '37.762221815',
    long: '-122.4651145',
    media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
  }

  it('normalises every field', () => {
    expect(normalizeRequest(spec)).toEqual({
      id: '638344',
      status: 'resolved',
      statusLabel: '已办结',
      rawStatus: 'closed',
      statusNotes: 'Duplicate request.',
      serviceCode: '006',
      categoryName: 'Sidewalk and Curb Issues',
      description: null,
      address: '8TH AVE and J ST',
      addressId: '545483',
      zipcode: '94122',
      location: { lat: 37.762221815, lng: -122.4651145 },
      mediaUrl: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
      requestedAt: '2010-04-14T14:37:38.000Z',
      updatedAt: '2010-04-14T14:37:38.000Z',
      expectedAt: '2010-04-15T14:37:38.000Z',
      agency: null,
      notice: null,
    })
  })

  it('open with nothing said yet → submitted; notes, a later update or an extended status → in-progress', () => {
    const base = { service_request_id: '1', status: 'open', requested_datetime: '2024-05-01T08:00:00+08:00' }
    expect(normalizeRequest(base)).toMatchObject({ status: 'submitted', statusLabel: '已提交，等待受理', rawStatus: 'open' })
    expect(normalizeRequest({ ...base, updated_datetime: '2024-05-01T08:00:00+08:00' })?.status).toBe('submitted')
    expect(normalizeRequest({ ...base, status_notes: 'Crew assigned' })).toMatchObject({ status: 'in-progress', statusLabel: '处理中' })
    expect(normalizeRequest({ ...base, updated_datetime: '2024-05-02T08:00:00+08:00' })?.status).toBe('in-progress')
    expect(normalizeRequest({ ...base, status: 'in_progress' })).toMatchObject({ status: 'in-progress', rawStatus: 'open' })
  })

  it('reads closed in any case and never invents "closed" for unknown words', () => {
    expect(asOpen311Status('Closed')).toBe('closed')
    expect(asOpen311Status('CLOSED')).toBe('closed')
    expect(asOpen311Status('completed')).toBe('closed')
    expect(asOpen311Status('acknowledged')).toBe('open')
    expect(asOpen311Status(null)).toBe('open')
    expect(normalizeRequest({ service_request_id: '2' })).toMatchObject({ status: 'submitted', rawStatus: 'open', categoryName: '' })
  })

  it('treats null, "" and absent keys alike, and 0/0 as no location', () => {
    const r = normalizeRequest({
      service_request_id: '3',
      status: 'open',
      status_notes: '',
      service_name: '',
      service_code: 'abc',
      address: '   ',
      lat: 0,
      long: 0,
      media_url: '',
      requested_datetime: '',
      agency_responsible: null,
    })!
    expect(r).toMatchObject({
      statusNotes: null,
      categoryName: 'abc',
      address: null,
      location: null,
      mediaUrl: null,
      requestedAt: null,
      updatedAt: null,
      agency: null,
      zipcode: null,
      addressId: null,
    })
  })

  it('drops requests without an id unless a fallback id is given', () => {
    expect(normalizeRequest({ status: 'open' })).toBeNull()
    expect(normalizeRequest({ service_request_id: null })).toBeNull()
    expect(normalizeRequest({ service_request_id: 0, service_code: '0' })).toMatchObject({ id: '0' })
    expect(normalizeRequest({ status: 'open' }, undefined, '77')?.id).toBe('77')
  })
})

describe('POST and token answers', () => {
  it('reads an id answer, a token answer, and unwrapped variants', () => {
    expect(normalizeSubmitResult([{ service_request_id: 293944, service_notice: 'ok', account_id: null }])).toEqual({
      requestId: '293944',
      token: null,
      notice: 'ok',
      accountId: null,
    })
    expect(normalizeSubmitResult([{ token: '12345', service_notice: '' }])).toMatchObject({ requestId: null, token: '12345', notice: '' })
    expect(normalizeSubmitResult({ service_request_id: '5' })?.requestId).toBe('5')
    expect(normalizeSubmitResult({ service_requests: [{ token: 't' }] })?.token).toBe('t')
    expect(normalizeSubmitResult([{ service_notice: 'thanks' }])).toBeNull()
    expect(normalizeSubmitResult([])).toBeNull()
  })

  it('reads token lookups: id present, pending, wrapped', () => {
    expect(normalizeTokenResult([{ service_request_id: 638344, token: '12345' }])).toBe('638344')
    expect(normalizeTokenResult([{ token: '12345' }])).toBeNull()
    expect(normalizeTokenResult([{ service_request_id: '', token: '12345' }])).toBeNull()
    expect(normalizeTokenResult({ token: '1', service_request_id: '9' })).toBe('9')
    expect(normalizeTokenResult({ tokens: [{ token: '1', service_request_id: '9' }] })).toBe('9')
  })
})

describe('formEncode', () => {
  it('encodes form pairs the way a form post does, brackets and Chinese included', () => {
    const body = formEncode([
      ['attribute[A][]', 'x y'],
      ['description', '路灯不亮&危险'],
    ])
    expect(body).toBe('attribute%5BA%5D%5B%5D=x+y&description=%E8%B7%AF%E7%81%AF%E4%B8%8D%E4%BA%AE%26%E5%8D%B1%E9%99%A9')
    expect([...new URLSearchParams(body).entries()]).toEqual([
      ['attribute[A][]', 'x y'],
      ['description', '路灯不亮&危险'],
    ])
  })
})

describe('what real servers answered (issue 17)', () => {
  it('a filed request with service_request_id 0 is filed, and service_code "0" is a service', () => {
    expect(normalizeSubmitResult([{ service_request_id: 0, service_notice: '' }])?.requestId).toBe('0')
    expect(normalizeServices([{ service_code: '0', service_name: '其他' }])).toHaveLength(1)
  })

  it('keeps the words of an XML error body and its <error> items', () => {
    const d = decodeBody('<?xml version="1.0"?><errors><error><code>403</code><description>Invalid api_key &amp; jurisdiction</description></error></errors>')
    expect(d).toMatchObject({ kind: 'xml', errors: [{ code: '403', description: 'Invalid api_key & jurisdiction' }] })
    expect((d as { text?: string }).text).toContain('Invalid api_key & jurisdiction')
  })
})
