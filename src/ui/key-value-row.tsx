import { View } from '@tarojs/components'
import { cx } from './cx'
import './key-value-row.css'

export interface KeyValueRowProps {
  label: string
  value: string
  className?: string
}

/** One fact as 名称 — 值, e.g. 办件编号 or 发证日期; the value wraps under the label on a narrow screen. */
export function KeyValueRow({ label, value, className }: KeyValueRowProps) {
  return (
    <View className={cx('kv', className)}>
      <View className='kv__label'>{label}</View>
      <View className='kv__value'>{value}</View>
    </View>
  )
}
