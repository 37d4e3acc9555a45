/**
 * The 体验版 label: a mock-mode (demo) build says so on screen, so no one mistakes seeded data
 * and simulated sign-in for the real service. Not exported from ui/index.ts: callers require it
 * inside a mock-mode branch so release builds do not contain it.
 */
import { View } from '@tarojs/components'
import { a11y } from './a11y'
import './demo-ribbon.css'

export function DemoRibbon() {
  return (
    <View className='demo-ribbon' {...a11y('status')}>
      体验版：账号、人脸核验和办件数据都是模拟的，不会送到政府部门
    </View>
  )
}
