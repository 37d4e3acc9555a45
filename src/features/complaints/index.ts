/**
 * 微诉求 / 随手拍: the 诉求 tab, the composer (both kinds), a complaint's progress, 社区动态, 我的诉求.
 * Main-package pages import from ./tab instead, so the composer and detail screens stay in the subpackage.
 */
export { ComposerScreen, type ComposerProps } from './composer-screen'
export { ComplaintDetailScreen, type DetailProps } from './detail-screen'
export { BoardScreen } from './board-screen'
export { ComplaintsTabScreen } from './tab-screen'
export { COMPLAINT_URLS, toneOf } from './urls'
