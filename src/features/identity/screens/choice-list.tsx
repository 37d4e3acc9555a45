/** A list of big tappable options (one can be chosen); the choice is written out, not only coloured. */
import { View } from '@tarojs/components'
import { a11y, cx } from '@/ui'
import './identity.css'

export interface Choice {
  value: string
  label: string
}

export function ChoiceList({
  choices,
  value,
  onChange,
  label,
}: {
  choices: Choice[]
  value: string | null
  onChange(v: string): void
  label: string
}) {
  return (
    <View {...a11y('group', { label })}>
      {choices.map((c) => {
        const on = c.value === value
        return (
          <View
            key={c.value}
            className={cx('idn__choice', on && 'idn__choice--on')}
            onClick={() => onChange(c.value)}
            {...a11y('button', { label: on ? `${c.label}，已选` : c.label })}
          >
            <View className='idn__choice-mark'>{on ? '◉' : '○'}</View>
            <View>{c.label}</View>
            {on ? <View className='idn__note'>（已选）</View> : null}
          </View>
        )
      })}
    </View>
  )
}
