/** 高效办成一件事 (docs/one-thing.md): 一件事 bundles, 免申即享 cards, 帮办 authorisations. */
export { BenefitsCard } from './benefits-card'
export { AssistNotices } from './assist-notices'
export { AssistReviewScreen } from './assist-screens'
export { BundleListScreen } from './bundle-list-screen'
export { BundleApplyScreen } from './bundle-apply-screen'
export { BundleCaseScreen } from './bundle-case-screen'
export { BUNDLES_URL, assistUrl, bundleApplyUrl, bundleCaseUrl } from './urls'
