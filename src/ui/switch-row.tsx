import { View } from '@tarojs/components'
import { a11y, decorative } from './a11y'
import { cx } from './cx'
import './switch-row.css'

export interface SwitchRowProps {
  label: string
  description?: string
  checked: boolean
  onChange: (next: boolean) => void
  className?: string
}

/**
 * An on/off row: the whole row is the target, and the state is written (已开启 / 已关闭)
 * beside the track, so neither colour nor knob position is the only signal.
 */
export function SwitchRow({ label, description, checked, onChange, className }: SwitchRowProps) {
  const state = checked ? '已开启' : '已关闭'
  return (
    <View
      className={cx('switch-row', checked && 'switch-row--on', className)}
      hoverClass='switch-row--pressed'
      onClick={() => onChange(!checked)}
      {...a11y('switch', { label: `${label}${description ? `，${description}` : ''}，${state}`, checked })}
    >
      <View className='switch-row__text'>
        <View className='switch-row__label'>{label}</View>
        {description ? <View className='switch-row__desc'>{description}</View> : null}
      </View>
      <View className='switch-row__state'>{state}</View>
      <View className='switch-row__track' {...decorative}>
        <View className='switch-row__knob' />
      </View>
    </View>
  )
}
