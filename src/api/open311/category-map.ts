/**
 * Our complaint categories ↔ a city's Open311 service codes.
 *
 * An explicit table (categoryId → service_code) from the city's configuration always wins.
 * Otherwise a keyword heuristic scores each service against each category: the category's
 * Chinese name and its keywords (defaults below, Chinese and English, configurable) are
 * looked for in the service's name, keywords, group and description.
 */
import { COMPLAINT_CATEGORIES } from '@/domain/complaints/categories'
import type { Open311Service } from './types'

/** What the map needs of a category; domain ComplaintCategory fits. */
export interface CategoryLike {
  id: string
  name: string
}

/** Default keywords per category id (domain/complaints/categories.ts), for Chinese and English servers. */
export const DEFAULT_CATEGORY_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  'not-done': ['办不成事', '办事难'],
  sanitation: ['环境卫生', '垃圾', '卫生', '污水', '保洁', 'garbage', 'trash', 'litter', 'dumping', 'sanitation', 'sewer', 'graffiti', 'rubbish'],
  noise: ['噪音', '扰民', 'noise', 'loud'],
  property: ['物业', 'property', 'housing', 'landlord', 'building maintenance'],
  'public-facilities': [
    '公共设施',
    '路灯',
    '井盖',
    '道路',
    '健身器材',
    'streetlight',
    'street light',
    'pothole',
    'road',
    'sidewalk',
    'manhole',
    'park',
    'playground',
    'signal',
    'sign',
  ],
  'safety-hazard': ['安全隐患', '隐患', '安全', '消防', 'hazard', 'safety', 'dangerous', 'fire'],
  'neighbour-dispute': ['邻里', '纠纷', '调解', 'neighbor', 'neighbour', 'dispute', 'mediation'],
  'policy-question': ['政策', '咨询', 'question', 'inquiry', 'enquiry', 'information'],
  suggestion: ['意见', '建议', 'suggestion', 'feedback', 'idea'],
  other: ['其他', '其它', 'other', 'general', 'miscellaneous', 'misc'],
}

export interface CategoryMapConfig {
  /** our categories; default: COMPLAINT_CATEGORIES */
  categories?: readonly CategoryLike[]
  /** categoryId → service_code; wins over the heuristic */
  explicit?: Readonly<Record<string, string>>
  /** categoryId → keywords; replaces the default keywords of the categories it names */
  keywords?: Readonly<Record<string, readonly string[]>>
  /** service for categories nothing matched (e.g. the city's "Other"); default none */
  fallbackServiceCode?: string
  /** category for services nothing matched; default 'other' when that category exists */
  fallbackCategoryId?: string | null
}

export type MatchHow = 'explicit' | 'keyword' | 'fallback' | 'none'

export interface CategoryMapping {
  categoryId: string
  serviceCode: string | null
  how: MatchHow
  score: number
}

export interface CategoryMap {
  /** the service to file a complaint of this category under, or null (category not offered) */
  serviceFor(categoryId: string): Open311Service | null
  /** our category for a service code (from a request the server sent), or null */
  categoryFor(serviceCode: string): string | null
  /** categories that have a service, in our order */
  availableCategories(): CategoryLike[]
  /** the whole forward table, for a settings/diagnostics screen */
  table(): CategoryMapping[]
  /** configuration problems, e.g. an explicit code the server does not offer */
  warnings: string[]
}

const CJK_RE = /[\u3400-\u9fff\uf900-\ufaff]/

function norm(s: string): string {
  return s.toLowerCase().replace(/[_\-/]+/g, ' ').replace(/\s+/g, ' ').trim()
}

/** Latin words match on word boundaries (with plural s/es): "road" hits "Roads", not "Broadway". */
function hits(haystack: string, needle: string): boolean {
  const n = norm(needle)
  if (!n) return false
  const h = norm(haystack)
  if (CJK_RE.test(n)) return h.includes(n)
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[^a-z0-9])${escaped}(s|es)?($|[^a-z0-9])`).test(h)
}

/** How well a service fits a category; 0 = not at all. */
export function scoreService(category: CategoryLike, keywords: readonly string[], service: Open311Service): number {
  let score = 0
  const name = service.name
  if (norm(name) === norm(category.name)) score += 100
  else if (hits(name, category.name)) score += 40
  if (service.keywords.some((k) => norm(k) === norm(category.name))) score += 30
  if (service.group && hits(service.group, category.name)) score += 20
  for (const kw of keywords) {
    if (hits(name, kw)) score += 10
    if (service.keywords.some((k) => hits(k, kw))) score += 8
    if (service.group && hits(service.group, kw)) score += 5
    if (service.description && hits(service.description, kw)) score += 2
  }
  return score
}

export function createCategoryMap(services: readonly Open311Service[], config: CategoryMapConfig = {}): CategoryMap {
  const categories = config.categories ?? COMPLAINT_CATEGORIES
  const keywordsOf = (id: string) => config.keywords?.[id] ?? DEFAULT_CATEGORY_KEYWORDS[id] ?? []
  const byCode = new Map(services.map((s) => [s.code, s]))
  const warnings: string[] = []

  for (const [categoryId, code] of Object.entries(config.explicit ?? {})) {
    if (!categories.some((c) => c.id === categoryId)) warnings.push(`explicit: unknown category ${categoryId}`)
    if (!byCode.has(code)) warnings.push(`explicit: service ${code} (for ${categoryId}) is not offered by the server`)
  }
  const fallbackService = config.fallbackServiceCode ? byCode.get(config.fallbackServiceCode) ?? null : null
  if (config.fallbackServiceCode && !fallbackService) warnings.push(`fallback: service ${config.fallbackServiceCode} is not offered by the server`)

  const forward: CategoryMapping[] = categories.map((c) => {
    const explicit = config.explicit?.[c.id]
    if (explicit && byCode.has(explicit)) return { categoryId: c.id, serviceCode: explicit, how: 'explicit', score: Infinity }
    let best: { code: string; score: number } | null = null
    for (const s of services) {
      const score = scoreService(c, keywordsOf(c.id), s)
      if (score > 0 && (!best || score > best.score)) best = { code: s.code, score }
    }
    if (best) return { categoryId: c.id, serviceCode: best.code, how: 'keyword', score: best.score }
    if (fallbackService) return { categoryId: c.id, serviceCode: fallbackService.code, how: 'fallback', score: 0 }
    return { categoryId: c.id, serviceCode: null, how: 'none', score: 0 }
  })

  const fallbackCategoryId =
    config.fallbackCategoryId === undefined ? (categories.some((c) => c.id === 'other') ? 'other' : null) : config.fallbackCategoryId

  function categoryFor(serviceCode: string): string | null {
    for (const [categoryId, code] of Object.entries(config.explicit ?? {})) {
      if (code === serviceCode && categories.some((c) => c.id === categoryId)) return categoryId
    }
    const service = byCode.get(serviceCode)
    if (service) {
      let best: { id: string; score: number } | null = null
      for (const c of categories) {
        const score = scoreService(c, keywordsOf(c.id), service)
        if (score > 0 && (!best || score > best.score)) best = { id: c.id, score }
      }
      if (best) return best.id
    }
    return fallbackCategoryId
  }

  return {
    serviceFor(categoryId) {
      const m = forward.find((x) => x.categoryId === categoryId)
      return m?.serviceCode ? byCode.get(m.serviceCode) ?? null : null
    },
    categoryFor,
    availableCategories() {
      return categories.filter((c) => forward.some((m) => m.categoryId === c.id && m.serviceCode !== null))
    },
    table() {
      return forward.map((m) => ({ ...m }))
    },
    warnings,
  }
}
