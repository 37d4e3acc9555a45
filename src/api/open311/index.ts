/** Open311 GeoReport v2 adapter for complaints (see docs/open311.md). */
export * from './types'
export { createOpen311Client, validateSubmitInput, validateAttributes, submitPairs } from './client'
export type { Open311Client, Open311ClientOptions } from './client'
export { fetchTransport } from './fetch-transport'
export { createCategoryMap, scoreService, DEFAULT_CATEGORY_KEYWORDS } from './category-map'
export type { CategoryLike, CategoryMap, CategoryMapConfig, CategoryMapping, MatchHow } from './category-map'
export { OPEN311_MESSAGES, open311ErrorFromResponse, parseRetryAfter, fieldErrorsFromDescriptions } from './errors'
export * from './normalize'
