import { View } from '@tarojs/components'
import { a11y, decorative } from './a11y'
import './progress-bar.css'

export interface ProgressBarProps {
  /** 0–100 */
  value: number
  /** what is progressing, e.g. 上传照片 */
  label?: string
}

/** The percentage is always written out next to the bar. */
export function ProgressBar({ value, label }: ProgressBarProps) {
  const pct = Math.round(Math.min(100, Math.max(0, Number.isFinite(value) ? value : 0)))
  return (
    <View
      className='progress'
      {...a11y('progressbar', {
        label: label ? `${label} ${pct}%` : `${pct}%`,
        valueNow: pct,
        valueMin: 0,
        valueMax: 100,
      })}
    >
      {label ? <View className='progress__label'>{label}</View> : null}
      <View className='progress__row'>
        <View className='progress__track' {...decorative}>
          <View className='progress__fill' style={{ width: `${pct}%` }} />
        </View>
        <View className='progress__text'>{pct}%</View>
      </View>
    </View>
  )
}
