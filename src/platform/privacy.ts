/**
 * WeChat privacy authorisation (用户隐私保护指引). H5 has no such gate: the app's own consent
 * page is the whole story there. The weapp version is privacy.weapp.ts.
 */
export async function ensurePrivacyAuthorized(): Promise<boolean> {
  return true
}
