/**
 * A windowed list: only the rows in view (plus a few) are rendered, positioned by spacers, from
 * the scroll offset and a fixed row height. @tarojs/components-advanced's VirtualList pins
 * @tarojs/components 4.2.0 exactly (we are on 4.2.1), so this small one is ours.
 */
import { ScrollView, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { visibleRange } from './windowing'

export interface WindowedListProps<T> {
  items: readonly T[]
  rowHeight: number
  height: number
  renderRow: (item: T, index: number) => ReactNode
  rowKey: (item: T) => string
  onEndReached?: () => void
  refreshing?: boolean
  onRefresh?: () => void
  className?: string
}

export function WindowedList<T>({
  items,
  rowHeight,
  height,
  renderRow,
  rowKey,
  onEndReached,
  refreshing,
  onRefresh,
  className,
}: WindowedListProps<T>) {
  // only the first visible row index is state: scrolling inside a row costs no render (and no setData on weapp)
  const [firstRow, setFirstRow] = useState(0)
  const range = visibleRange(firstRow * rowHeight, height, rowHeight, items.length)
  const rows: ReactNode[] = []
  for (let i = range.start; i < range.end; i++) {
    rows.push(
      <View key={rowKey(items[i])} className='worker-list__row' style={{ height: `${rowHeight}px` }}>
        {renderRow(items[i], i)}
      </View>,
    )
  }
  return (
    <ScrollView
      className={className}
      scrollY
      style={{ height: `${height}px` }}
      lowerThreshold={rowHeight * 5}
      onScrollToLower={onEndReached}
      refresherEnabled={Boolean(onRefresh)}
      refresherTriggered={Boolean(refreshing)}
      onRefresherRefresh={onRefresh}
      onScroll={(e) => {
        const next = Math.max(0, Math.floor(e.detail.scrollTop / rowHeight))
        if (next !== firstRow) setFirstRow(next)
      }}
    >
      <View style={{ height: `${range.before}px` }} />
      {rows}
      <View style={{ height: `${range.after}px` }} />
    </ScrollView>
  )
}
