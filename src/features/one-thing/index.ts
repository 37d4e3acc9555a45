/**
 * 高效办成一件事 (docs/one-thing.md): 一件事 bundles, 免申即享 cards, 帮办 authorisations.
 * What other features and the main-package pages use; light on purpose (the home page is in the
 * main package). The bundle and 帮办 screens are imported by their subpackage pages directly.
 */
export { BenefitsCard } from './benefits-card'
export { AssistNotices } from './assist-notices'
export { BundleCaseRows } from './bundle-case-rows'
export { CaseOneThingFacts } from './case-facts'
export { HomeVisitOffer } from './home-visit-offer'
export { BUNDLES_URL, assistUrl, bundleApplyUrl, bundleCaseUrl } from './urls'
