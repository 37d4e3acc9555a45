/** The 一件事 and 帮办 screens, for their subpackage pages and tests (other features use ./index.ts). */
export { AssistReviewScreen } from './assist-screens'
export { BundleListScreen } from './bundle-list-screen'
export { BundleApplyScreen } from './bundle-apply-screen'
export { BundleCaseScreen } from './bundle-case-screen'
