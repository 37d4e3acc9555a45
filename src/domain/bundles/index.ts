/** 一件事一次办 (bundles) and their derived status. See docs/one-thing.md. */
export * from './types'
export { BUNDLES, bundleFees, chosenParts, findBundle, formOfMatter, partMaterials, partValues } from './definitions'
export { BUNDLE_STATUS_LABELS, deriveBundleStatus, type BundlePartState, type BundleStatus, type DerivedBundle } from './status'
export { ELDERLY_BUNDLE_MIN_AGE } from './forms'
