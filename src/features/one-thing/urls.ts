/** Where 高效办成一件事 lives: the packages/one-thing subpackage. */
export const BUNDLES_URL = '/packages/one-thing/pages/bundles/index'
export const bundleApplyUrl = (id: string) => `/packages/one-thing/pages/apply/index?id=${encodeURIComponent(id)}`
export const bundleCaseUrl = (id: string) => `/packages/one-thing/pages/case/index?id=${encodeURIComponent(id)}`
export const assistUrl = (id: string) => `/packages/one-thing/pages/assist/index?id=${encodeURIComponent(id)}`
