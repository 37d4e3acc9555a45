/**
 * The browser (H5) has no app settings page: a site's location and camera permissions live in
 * the browser's own settings, so the screen says where instead of offering a button.
 */
import type { PermissionScope } from './app-settings'

export type { PermissionScope } from './app-settings'

export const canOpenSettings = false

export async function openAppSettings(_scope?: PermissionScope): Promise<boolean> {
  return false
}

/** e.g. 请在浏览器设置中允许定位 */
export function settingsHint(what: string): string | null {
  return `请在浏览器设置中允许${what}`
}
