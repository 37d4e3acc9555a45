import { paths } from '@/routes'

/** Where 高效办成一件事 lives: the packages/one-thing subpackage. */
export const BUNDLES_URL = paths.oneThing.bundles.path
export const bundleApplyUrl = (id: string) => paths.oneThing.apply.url(id)
export const bundleCaseUrl = (id: string) => paths.oneThing.case.url(id)
export const assistUrl = (id: string) => paths.oneThing.assist.url(id)
