export { TesterPanel } from './tester-panel'

/** after the version in 我的 (mock builds only) */
export const TESTER_HINT = ' · 体验版（长按打开测试工具）'
