import { View } from '@tarojs/components'
import { decorative } from './a11y'
import { cx } from './cx'
import './chevron.css'

/** The › drawn at the end of a tappable row; screen readers skip it (the row says what it opens). */
export function Chevron({ className }: { className?: string }) {
  return <View className={cx('chevron', className)} {...decorative} />
}
