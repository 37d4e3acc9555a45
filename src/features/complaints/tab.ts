/**
 * The 诉求 tab (main package), kept apart from index.ts so the main package does not pull in
 * the composer and detail screens (they live in the complaints subpackage).
 */
export { ComplaintsTabScreen } from './tab-screen'
