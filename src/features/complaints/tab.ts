/**
 * What the 诉求 tab (main package) needs, kept apart from index.ts so the main package does not
 * pull in the composer and detail screens (they live in the complaints subpackage).
 */
export { MyComplaints } from './my-complaints'
export { COMPLAINT_URLS } from './urls'
