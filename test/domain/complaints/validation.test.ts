import {
  distanceMeters,
  findDuplicateCandidates,
  isInsideCommunity,
  validateComplaintDraft,
  type ComplaintDraft,
  type LatLng,
  type ReportForDuplicates,
} from '@/domain/complaints/validation'

const CHINESE = /[\u4e00-\u9fff]/
const HERE: LatLng = { lat: 31.21, lng: 107.47 } // 达州
/** Metres along a meridian on the 6,371 km sphere: 1° of latitude ≈ 111,194.9 m. */
const METRES_PER_DEGREE_LAT = 111_194.93
const north = (p: LatLng, metres: number): LatLng => ({ lat: p.lat + metres / METRES_PER_DEGREE_LAT, lng: p.lng })

const valid: ComplaintDraft = {
  categoryId: 'sanitation',
  description: '小区东门垃圾桶满了三天没人清运',
  photos: [{ path: 'wxfile://tmp/a.jpg' }],
  location: { ...HERE, address: '凤凰大道88号' },
}

describe('validateComplaintDraft', () => {
  it('accepts a complete draft, with or without a location', () => {
    expect(validateComplaintDraft(valid)).toEqual({ valid: true, errors: {} })
    expect(validateComplaintDraft({ ...valid, location: null, photos: [] }).valid).toBe(true)
  })

  it('requires a known category', () => {
    expect(validateComplaintDraft({ ...valid, categoryId: undefined }).errors.categoryId).toMatch(CHINESE)
    expect(validateComplaintDraft({ ...valid, categoryId: 'weather' }).errors.categoryId).toBeDefined()
  })

  it('counts description length in characters, 10 to 500', () => {
    const desc = (description: string) => validateComplaintDraft({ ...valid, description }).errors.description
    expect(desc('')).toBe('请描述您遇到的问题')
    expect(desc('     ')).toBe('请描述您遇到的问题')
    expect(desc('垃圾没人清运了好几')).toMatch(/至少用10个字/) // 9
    expect(desc('垃圾没人清运了好几天')).toBeUndefined() // 10
    // 10 supplementary-plane characters: 20 UTF-16 units, 10 characters.
    expect(desc('𠀀'.repeat(10))).toBeUndefined()
    expect(desc('𠀀'.repeat(9))).toBeDefined()
    expect(desc('𠀀'.repeat(500))).toBeUndefined()
    expect(desc('𠀀'.repeat(501))).toMatch(/不能超过500个字/)
    expect(desc('好'.repeat(501))).toBeDefined()
  })

  it('allows at most 6 photos, images only', () => {
    const photos = (p: ComplaintDraft['photos']) => validateComplaintDraft({ ...valid, photos: p }).errors.photos
    const jpg = { path: 'wxfile://tmp/x.jpg' }
    expect(photos(Array(6).fill(jpg))).toBeUndefined()
    expect(photos(Array(7).fill(jpg))).toBe('最多上传6张照片')
    expect(photos([jpg, { path: 'wxfile://tmp/y.gif' }])).toMatch(/^第2张/)
    expect(
      photos([{ path: 'http://tmp/z.HEIC' }, { path: 'a.png' }, { path: 'b.webp' }, { path: 'c.jpeg' }]),
    ).toBeUndefined()
    expect(photos([{ path: 'blob:abc', mimeType: 'image/heic' }])).toBeUndefined()
    // The declared type wins over the name.
    expect(photos([{ path: 'x.jpg', mimeType: 'application/pdf' }])).toBeDefined()
    expect(photos([{ path: 'x.mp4' }])).toBeDefined()
    expect(photos([{ path: 'noextension' }])).toBeDefined()
    expect(photos([{ path: 'x.jpg', size: 11 * 1024 * 1024 }])).toMatch(/太大/)
  })

  it('checks a given location is on Earth (and not the 0,0 of a failed fix)', () => {
    const loc = (location: ComplaintDraft['location']) => validateComplaintDraft({ ...valid, location }).errors.location
    expect(loc({ lat: 91, lng: 107 })).toMatch(CHINESE)
    expect(loc({ lat: 31, lng: -181 })).toBeDefined()
    expect(loc({ lat: Number.NaN, lng: 107 })).toBeDefined()
    expect(loc({ lat: 0, lng: 0 })).toBeDefined()
    expect(loc({ lat: -90, lng: 180 })).toBeUndefined()
  })

  it('asks 办不成事 for the matter and where it got stuck', () => {
    const base: ComplaintDraft = { ...valid, categoryId: 'not-done', description: '养犬登记提交后一直没有结果' }
    const missing = validateComplaintDraft(base)
    expect(missing.valid).toBe(false)
    expect(Object.keys(missing.errors).sort()).toEqual(['matterId', 'stuckAt'])
    expect(
      validateComplaintDraft({ ...base, matterId: 'fly-to-moon', stuckAt: '超过时限没有结果' }).errors.matterId,
    ).toBeDefined()
    expect(
      validateComplaintDraft({ ...base, matterId: 'dog-registration', stuckAt: '  ' }).errors.stuckAt,
    ).toBeDefined()
    expect(validateComplaintDraft({ ...base, matterId: 'dog-registration', stuckAt: '超过时限没有结果' }).valid).toBe(
      true,
    )
    // Other categories do not ask.
    expect(validateComplaintDraft({ ...valid, matterId: null }).valid).toBe(true)
  })
})

describe('distanceMeters', () => {
  it('measures great-circle distance', () => {
    expect(distanceMeters(HERE, HERE)).toBe(0)
    expect(distanceMeters({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(METRES_PER_DEGREE_LAT, 0)
    // 天安门 → 人民广场 (Shanghai) is about 1,067 km.
    const bjSh = distanceMeters({ lat: 39.9042, lng: 116.4074 }, { lat: 31.2304, lng: 121.4737 })
    expect(bjSh).toBeGreaterThan(1_060_000)
    expect(bjSh).toBeLessThan(1_075_000)
    expect(distanceMeters(HERE, north(HERE, 150))).toBeCloseTo(150, 3)
    const a = { lat: 31.2, lng: 107.4 }
    const b = { lat: 31.25, lng: 107.52 }
    expect(distanceMeters(a, b)).toBeCloseTo(distanceMeters(b, a), 9)
  })
})

describe('findDuplicateCandidates', () => {
  const report = (id: string, over: Partial<ReportForDuplicates> = {}): ReportForDuplicates => ({
    id,
    categoryId: 'sanitation',
    location: HERE,
    submittedAt: '2026-03-20T10:00:00+08:00',
    status: 'triaged',
    ...over,
  })
  const find = (reports: ReportForDuplicates[], opts: { radiusMeters?: number; days?: number } = {}) =>
    findDuplicateCandidates({ categoryId: 'sanitation', location: HERE }, reports, {
      today: '2026-03-31',
      ...opts,
    }).map((c) => c.report.id)

  it('matches within 150 m but not at 151 m', () => {
    expect(find([report('near', { location: north(HERE, 149.99) })])).toEqual(['near'])
    expect(find([report('far', { location: north(HERE, 151) })])).toEqual([])
  })

  it('sorts by distance and reports it', () => {
    const found = findDuplicateCandidates(
      { categoryId: 'sanitation', location: HERE },
      [
        report('b', { location: north(HERE, 120) }),
        report('a', { location: north(HERE, 10) }),
        report('c', { location: north(HERE, 60) }),
      ],
      { today: '2026-03-31' },
    )
    expect(found.map((c) => c.report.id)).toEqual(['a', 'c', 'b'])
    expect(found[0].distanceMeters).toBeCloseTo(10, 3)
  })

  it('keeps to the last 30 days', () => {
    expect(find([report('d30', { submittedAt: '2026-03-01T08:00:00+08:00' })])).toEqual(['d30'])
    expect(find([report('d31', { submittedAt: '2026-02-28T23:00:00+08:00' })])).toEqual([])
    // 16:30 UTC on 02-28 is 00:30 on 03-01 in Beijing: inside the window.
    expect(find([report('tz', { submittedAt: '2026-02-28T16:30:00Z' })])).toEqual(['tz'])
    expect(find([report('d31', { submittedAt: '2026-02-28' })], { days: 31 })).toEqual(['d31'])
  })

  it('ignores other categories, finished reports and reports without a place', () => {
    expect(
      find([
        report('other', { categoryId: 'noise' }),
        report('done', { status: 'confirmed' }),
        report('merged', { status: 'merged' }),
        report('closed', { status: 'closed-unresolved' }),
        report('nowhere', { location: null }),
        report('zero', { location: { lat: 0, lng: 0 } }),
      ]),
    ).toEqual([])
    // Resolved but not yet confirmed is still open: "me too, it is not fixed".
    expect(find([report('resolved', { status: 'resolved' })])).toEqual(['resolved'])
  })

  it('honours a custom radius, skips the report itself, and needs a location to compare', () => {
    expect(find([report('x', { location: north(HERE, 300) })], { radiusMeters: 500 })).toEqual(['x'])
    expect(
      findDuplicateCandidates({ id: 'self', categoryId: 'sanitation', location: HERE }, [report('self')], {
        today: '2026-03-31',
      }),
    ).toEqual([])
    expect(
      findDuplicateCandidates({ categoryId: 'sanitation', location: null }, [report('a')], { today: '2026-03-31' }),
    ).toEqual([])
  })
})

describe('isInsideCommunity', () => {
  // An L-shaped community: the square 0..2 × 0..2 with the top-right quarter cut out.
  const L: LatLng[] = [
    { lat: 31.0, lng: 107.0 },
    { lat: 31.0, lng: 107.02 },
    { lat: 31.01, lng: 107.02 },
    { lat: 31.01, lng: 107.01 },
    { lat: 31.02, lng: 107.01 },
    { lat: 31.02, lng: 107.0 },
  ]

  it('tells inside from outside, including the notch of a concave area', () => {
    expect(isInsideCommunity({ lat: 31.005, lng: 107.005 }, L)).toBe(true)
    expect(isInsideCommunity({ lat: 31.005, lng: 107.015 }, L)).toBe(true)
    expect(isInsideCommunity({ lat: 31.015, lng: 107.005 }, L)).toBe(true)
    expect(isInsideCommunity({ lat: 31.015, lng: 107.015 }, L)).toBe(false) // the notch
    expect(isInsideCommunity({ lat: 30.99, lng: 107.005 }, L)).toBe(false)
    expect(isInsideCommunity({ lat: 31.005, lng: 107.03 }, L)).toBe(false)
  })

  it('treats a degenerate polygon as no area', () => {
    expect(isInsideCommunity(HERE, [])).toBe(false)
    expect(isInsideCommunity(HERE, [HERE, north(HERE, 10)])).toBe(false)
  })
})
