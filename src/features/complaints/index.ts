/** 微诉求 / 随手拍: the composer (both kinds), a complaint's progress, 社区动态, 我的诉求. */
export { ComposerScreen, type ComposerProps } from './composer-screen'
export { ComplaintDetailScreen, type DetailProps } from './detail-screen'
export { BoardScreen } from './board-screen'
export { MyComplaints } from './my-complaints'
export { COMPLAINT_URLS, toneOf } from './urls'
