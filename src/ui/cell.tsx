import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { a11y } from './a11y'
import { Chevron } from './chevron'
import { cx } from './cx'
import './cell.css'

export interface CellProps {
  title: string
  description?: string
  /** right-hand text, e.g. 已认证 */
  value?: string
  /** shows › ; defaults to true when the cell is tappable */
  arrow?: boolean
  onClick?: () => void
  /** extra content under the description, e.g. StatusTags */
  children?: ReactNode
  /** read instead of the visible texts, when they are not enough on their own */
  ariaLabel?: string
  className?: string
}

/** One row of a list; the whole row is the tap target, never just the arrow. */
export function Cell({ title, description, value, arrow, onClick, children, ariaLabel, className }: CellProps) {
  const tappable = Boolean(onClick)
  const showArrow = arrow ?? tappable
  const role = tappable ? a11y('button', { label: ariaLabel }) : ariaLabel ? { ariaLabel } : {}
  return (
    <View
      className={cx('cell', tappable && 'cell--tappable', className)}
      hoverClass={tappable ? 'cell--pressed' : undefined}
      onClick={onClick}
      {...role}
    >
      <View className='cell__main'>
        <View className='cell__title'>{title}</View>
        {description ? <View className='cell__desc'>{description}</View> : null}
        {children ? <View className='cell__extra'>{children}</View> : null}
      </View>
      {value ? <View className='cell__value'>{value}</View> : null}
      {showArrow ? <Chevron className='cell__arrow' /> : null}
    </View>
  )
}

export interface CellGroupProps {
  title?: string
  /** small print under the group */
  footer?: string
  children: ReactNode
  className?: string
}

export function CellGroup({ title, footer, children, className }: CellGroupProps) {
  return (
    <View className={cx('cell-group', className)}>
      {title ? (
        <View className='cell-group__title' {...a11y('heading', { level: 2 })}>
          {title}
        </View>
      ) : null}
      <View className='cell-group__body'>{children}</View>
      {footer ? <View className='cell-group__footer'>{footer}</View> : null}
    </View>
  )
}
