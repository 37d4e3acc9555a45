/**
 * What a resident can do after refusing a permission: on WeChat a 去设置开启 button that opens
 * the mini-program's 设置 page (platform/app-settings); in the browser, which has no such page,
 * a line saying where to allow it (请在浏览器设置中允许定位).
 */
import { View } from '@tarojs/components'
import { canOpenSettings, openAppSettings, settingsHint, type PermissionScope } from '@/platform/app-settings'
import { AppButton } from './app-button'

export interface SettingsFixProps {
  /** the permission in words: 定位, 相机和相册, 相机和麦克风 */
  what: string
  scope: PermissionScope
  /** after the settings page closes: whether `scope` is allowed now */
  onBack?: (allowed: boolean) => void
}

export function SettingsFix({ what, scope, onBack }: SettingsFixProps) {
  if (!canOpenSettings) {
    const hint = settingsHint(what)
    return hint ? <View className='settings-fix__hint'>{hint}</View> : null
  }
  return (
    <View className='settings-fix'>
      <AppButton
        variant='secondary'
        ariaLabel={`去设置开启${what}权限`}
        onClick={() => void openAppSettings(scope).then((allowed) => onBack?.(allowed))}
      >
        去设置开启
      </AppButton>
    </View>
  )
}
