import type { CSSProperties, ReactNode } from 'react'
import { View } from '@tarojs/components'
import { usePrefsStore } from '@/stores/prefs-store'
import { a11y } from './a11y'
import { cx } from './cx'
import './screen.css'

export interface ScreenProps {
  /** in-page heading; the nav bar title comes from the page config */
  title?: string
  children?: ReactNode
  className?: string
  /**
   * Pad for the home indicator. Tab pages pass false: the tab bar already sits above it,
   * and a BottomBar pads itself.
   */
  safeBottom?: boolean
}

/**
 * The root of every page: carries the tokens, 长辈版 (`.elder`) and the WeChat font scale,
 * so everything inside sizes itself from the variables.
 */
export function Screen({ title, children, className, safeBottom = true }: ScreenProps) {
  const elder = usePrefsStore((s) => s.elderMode)
  const fontScale = usePrefsStore((s) => s.fontScale)
  // React and Taro both pass custom properties in a style object through to the element
  const style = { '--font-scale': String(fontScale) } as CSSProperties
  return (
    <View className={cx('screen', elder && 'elder', safeBottom && 'screen--safe-bottom', className)} style={style}>
      {title ? (
        <View className='screen__title' {...a11y('heading', { level: 1 })}>
          {title}
        </View>
      ) : null}
      {children}
    </View>
  )
}
