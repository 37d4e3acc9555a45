/**
 * WeChat's 设置 page for this mini-program (`openSetting`): where a resident who once tapped
 * 拒绝 for location, the camera, the album or the microphone can switch it back on. WeChat asks
 * for a permission only once; after a refusal the API fails at once, so this page is the only
 * way back. It opens only from a tap. The browser has no such page (app-settings.h5.ts).
 */
import Taro from '@tarojs/taro'

export type PermissionScope = 'scope.userLocation' | 'scope.camera' | 'scope.writePhotosAlbum' | 'scope.record'

/** true where the app can open a settings page of its own (WeChat) */
export const canOpenSettings = true

/** Opens WeChat's 设置 page; true when `scope` is allowed after the resident comes back. */
export async function openAppSettings(scope?: PermissionScope): Promise<boolean> {
  try {
    const r = await Taro.openSetting()
    return scope ? (r.authSetting as Record<string, boolean | undefined> | undefined)?.[scope] === true : true
  } catch {
    return false
  }
}

/** What to do about a refused permission, in words: WeChat has a button for it (去设置开启). */
export function settingsHint(_what: string): string | null {
  return null
}
