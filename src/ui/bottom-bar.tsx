import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './bottom-bar.css'

export interface BottomBarProps {
  /** usually one or two AppButtons */
  children: ReactNode
}

/**
 * The page's main action, pinned to the bottom and clear of the home indicator. Sticky,
 * not fixed: it keeps its own place in the flow, so no content hides under it.
 * Put it last inside a `<Screen safeBottom={false}>`: the bar pads for the home indicator itself.
 */
export function BottomBar({ children }: BottomBarProps) {
  return <View className='bottom-bar'>{children}</View>
}
