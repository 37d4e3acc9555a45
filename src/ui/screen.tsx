import { useEffect, useState, type CSSProperties, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { IS_H5 } from '@/platform/env'
import { useDisplayPrefs } from './display-prefs'
import { a11y, decorative } from './a11y'
import { cx } from './cx'
import { paths, TAB_PATHS } from '@/routes'
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

/** The tab bar's pages (src/app.config.ts `tabBar.list`; test/ui/screen-back.test.tsx keeps them equal). */
export const TAB_PAGES: readonly string[] = TAB_PATHS.map((p) => p.slice(1))
const HOME = paths.home.path

/** On H5 a non-tab page gets an in-app 返回 (WeChat draws its own; a browser tab has none). */
function useBackTarget(): 'back' | 'home' | null {
  const [target, setTarget] = useState<'back' | 'home' | null>(null)
  useEffect(() => {
    if (!IS_H5) return
    const pages = Taro.getCurrentPages()
    const route = (pages[pages.length - 1]?.route ?? '').replace(/^\//, '').split('?')[0]
    if (!route || TAB_PAGES.includes(route)) return
    setTarget(pages.length > 1 ? 'back' : 'home')
  }, [])
  return target
}

function BackBar({ target }: { target: 'back' | 'home' }) {
  const goBack = () => {
    if (target === 'back') void Taro.navigateBack().catch(() => void Taro.switchTab({ url: HOME }))
    else void Taro.switchTab({ url: HOME })
  }
  const words = target === 'back' ? '返回' : '回首页'
  return (
    <View className='screen__back-bar'>
      <View className='screen__back' onClick={goBack} {...a11y('button', { label: words })}>
        <View className='screen__back-mark' {...decorative}>
          ‹
        </View>
        {words}
      </View>
    </View>
  )
}

/**
 * The root of every page: carries the tokens, 长辈版 (`.elder`) and the WeChat font scale
 * (from the app's DisplayPrefsProvider), so everything inside sizes itself from the variables.
 */
export function Screen({ title, children, className, safeBottom = true }: ScreenProps) {
  const { elderMode: elder, fontScale } = useDisplayPrefs()
  // React and Taro both pass custom properties in a style object through to the element
  const style = { '--font-scale': String(fontScale) } as CSSProperties
  const back = useBackTarget()
  return (
    <View className={cx('screen', elder && 'elder', safeBottom && 'screen--safe-bottom', className)} style={style}>
      {back ? <BackBar target={back} /> : null}
      {title ? (
        <View className='screen__title' {...a11y('heading', { level: 1 })}>
          {title}
        </View>
      ) : null}
      {children}
    </View>
  )
}
