import { createCategoryMap, scoreService } from '@/api/open311/category-map'
import { normalizeServices } from '@/api/open311/normalize'
import { COMPLAINT_CATEGORIES } from '@/domain/complaints/categories'

const chineseCity = normalizeServices([
  { service_code: 'HW01', service_name: '环境卫生', keywords: '垃圾,污水', group: '城管' },
  { service_code: 'SS02', service_name: '路灯损坏', keywords: '路灯，照明', group: '市政设施' },
  { service_code: 'ZY03', service_name: '噪音扰民', group: '公安' },
  { service_code: 'QT99', service_name: '其他问题' },
])

const usCity = normalizeServices([
  { service_code: 'BW', service_name: 'Broadway tree trimming', group: 'Parks and Trees', description: 'Trees on Broadway' },
  { service_code: 'PH', service_name: 'Pothole', keywords: 'road, street, asphalt', group: 'Streets' },
  { service_code: 'SL', service_name: 'Streetlight out', keywords: 'light, lamp', group: 'Streets' },
  { service_code: 'GR', service_name: 'Graffiti removal', group: 'Sanitation' },
  { service_code: 'NZ', service_name: 'Noise complaint', keywords: 'loud music' },
  { service_code: 'OT', service_name: 'Other', description: 'Anything else' },
])

describe('category map: keyword heuristic', () => {
  it('matches a Chinese-language Open311 server by our category names and keywords', () => {
    const map = createCategoryMap(chineseCity)
    expect(map.serviceFor('sanitation')?.code).toBe('HW01')
    expect(map.serviceFor('public-facilities')?.code).toBe('SS02')
    expect(map.serviceFor('noise')?.code).toBe('ZY03')
    expect(map.serviceFor('other')?.code).toBe('QT99')
    expect(map.serviceFor('property')).toBeNull()
    expect(map.serviceFor('no-such-category')).toBeNull()
    expect(map.availableCategories().map((c) => c.id)).toEqual(['sanitation', 'noise', 'public-facilities', 'other'])
    expect(map.warnings).toEqual([])
  })

  it('matches an English-language server through the default English keywords', () => {
    const map = createCategoryMap(usCity)
    expect(map.serviceFor('sanitation')?.code).toBe('GR')
    expect(map.serviceFor('noise')?.code).toBe('NZ')
    expect(map.serviceFor('public-facilities')?.code).toBe('PH')
    expect(map.serviceFor('other')?.code).toBe('OT')
    expect(map.table().find((m) => m.categoryId === 'noise')).toMatchObject({ how: 'keyword', serviceCode: 'NZ' })
  })

  it('matches whole words only: "road" is not in "Broadway", but plurals count', () => {
    const [broadway, pothole] = usCity
    const facilities = COMPLAINT_CATEGORIES.find((c) => c.id === 'public-facilities')!
    expect(scoreService(facilities, ['road'], broadway)).toBe(0)
    expect(scoreService(facilities, ['road'], pothole)).toBeGreaterThan(0)
    const roads = normalizeServices([{ service_code: 'R', service_name: 'Roads and bridges' }])[0]
    expect(scoreService(facilities, ['road'], roads)).toBeGreaterThan(0)
  })

  it('maps server service codes back to our categories, unknown ones to "其他"', () => {
    const map = createCategoryMap(usCity)
    expect(map.categoryFor('GR')).toBe('sanitation')
    expect(map.categoryFor('SL')).toBe('public-facilities')
    expect(map.categoryFor('NZ')).toBe('noise')
    expect(map.categoryFor('not-offered')).toBe('other')
    expect(createCategoryMap(usCity, { fallbackCategoryId: null }).categoryFor('not-offered')).toBeNull()
  })
})

describe('category map: configuration', () => {
  it('an explicit table wins over the heuristic, both ways', () => {
    const map = createCategoryMap(usCity, { explicit: { 'public-facilities': 'SL', property: 'OT' } })
    expect(map.serviceFor('public-facilities')?.code).toBe('SL')
    expect(map.table().find((m) => m.categoryId === 'public-facilities')?.how).toBe('explicit')
    expect(map.categoryFor('SL')).toBe('public-facilities')
    // OT is explicitly property now, so reading back OT gives property, not other
    expect(map.categoryFor('OT')).toBe('property')
  })

  it('an explicit code the server does not offer is reported and the heuristic is used', () => {
    const map = createCategoryMap(usCity, { explicit: { noise: 'GONE', nope: 'PH' } })
    expect(map.serviceFor('noise')?.code).toBe('NZ')
    expect(map.warnings).toEqual([
      'explicit: service GONE (for noise) is not offered by the server',
      'explicit: unknown category nope',
    ])
  })

  it('configured keywords replace the defaults of that category', () => {
    const map = createCategoryMap(usCity, { keywords: { property: ['tree'], sanitation: [] } })
    expect(map.serviceFor('property')?.code).toBe('BW')
    expect(map.serviceFor('sanitation')).toBeNull()
  })

  it('a fallback service catches categories nothing matched', () => {
    const map = createCategoryMap(chineseCity, { fallbackServiceCode: 'QT99' })
    expect(map.serviceFor('property')?.code).toBe('QT99')
    expect(map.table().find((m) => m.categoryId === 'property')?.how).toBe('fallback')
    expect(createCategoryMap(chineseCity, { fallbackServiceCode: 'X' }).warnings).toEqual([
      'fallback: service X is not offered by the server',
    ])
  })

  it('works with any category list', () => {
    const map = createCategoryMap(usCity, { categories: [{ id: 'lights', name: '路灯' }], keywords: { lights: ['streetlight'] } })
    expect(map.serviceFor('lights')?.code).toBe('SL')
    expect(map.categoryFor('PH')).toBeNull()
  })
})
