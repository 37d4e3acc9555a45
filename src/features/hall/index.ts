export { HallScreen, openMatter } from './hall-screen'
export { groupMattersByTheme, modeLabel, timeLimitLabel, type MatterGroup } from './group-matters'
export { useMatters, type MattersState } from './api/get-matters'
