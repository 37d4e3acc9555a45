import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { a11y } from './a11y'
import { cx } from './cx'
import './section.css'

export interface SectionProps {
  title: string
  /** right side of the heading, e.g. a 全部 link */
  extra?: ReactNode
  children: ReactNode
  className?: string
}

/** A titled group of content on a page. */
export function Section({ title, extra, children, className }: SectionProps) {
  return (
    <View className={cx('section', className)}>
      <View className='section__head'>
        <View className='section__title' {...a11y('heading', { level: 2 })}>
          {title}
        </View>
        {extra ? <View className='section__extra'>{extra}</View> : null}
      </View>
      <View className='section__body'>{children}</View>
    </View>
  )
}
