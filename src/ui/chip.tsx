import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { a11y } from './a11y'
import { cx } from './cx'
import './chip.css'

export interface ChipProps {
  label: string
  /** chosen: filled, written ✓, and read as "，已选" */
  on?: boolean
  onClick: () => void
  /** 'big' for the one choice a screen is about (随手拍's 是什么问题): two to a row, larger type */
  size?: 'normal' | 'big'
}

/** One choice among a few, tapped to choose (or to toggle a filter). */
export function Chip({ label, on = false, onClick, size = 'normal' }: ChipProps) {
  return (
    <View
      className={cx('chip', on && 'chip--on', size === 'big' && 'chip--big')}
      onClick={onClick}
      {...a11y('button', { label: on ? `${label}，已选` : label })}
    >
      {on ? '✓ ' : ''}
      {label}
    </View>
  )
}

export interface ChipGroupProps {
  /** read by screen readers as the group's name, e.g. 按到期筛选 */
  label?: string
  className?: string
  children: ReactNode
}

/** A wrapping row of Chips. */
export function ChipGroup({ label, className, children }: ChipGroupProps) {
  return (
    <View className={cx('chips', className)} {...(label ? a11y('group', { label }) : {})}>
      {children}
    </View>
  )
}
