/**
 * WeChat privacy authorisation: privacy-sensitive APIs (face verification, phone, location,
 * camera…) only work once the user agreed to the mini-program's 用户隐私保护指引. We do not
 * register `wx.onNeedPrivacyAuthorization`, so WeChat shows its official popup itself when
 * `wx.requirePrivacyAuthorize` (or a sensitive API) needs it. Answers false when the user
 * declines; the app then keeps to the catalog and guides.
 */
declare const wx: {
  requirePrivacyAuthorize?: (o: { success: () => void; fail: () => void }) => void
}

export function ensurePrivacyAuthorized(): Promise<boolean> {
  return new Promise((resolve) => {
    if (typeof wx === 'undefined' || typeof wx.requirePrivacyAuthorize !== 'function') {
      resolve(true) // base library < 2.32.3: no privacy gate
      return
    }
    wx.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) })
  })
}
