/**
 * 走流程 (issue 18 §4): a recorder for testers and community leaders. Mock and demo builds only —
 * require this module inside a branch on the literal `process.env.TARO_APP_DEMO === '1'`
 * so release builds drop it.
 */
export { WalkthroughPanel, WALKTHROUGH_REPORT_URL } from './walkthrough-panel'
export { WalkthroughReportScreen } from './report-screen'
export { addNote, isRecording, poll, recording, startRecording, stopRecording } from './recorder'
export { buildReport, compareReports, countTyped, type WalkthroughReport } from './report'
