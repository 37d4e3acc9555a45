import { View } from '@tarojs/components'
import { a11y, cx, decorative } from '@/ui'
import { openSearch } from './links'
import './search-entry.css'

export interface SearchEntryProps {
  className?: string
}

/**
 * The search box on 首页 and 办事大厅: looks like an input, opens the search page (where the real
 * input is focused). It imports nothing of the search engine, so the tabs stay light at start.
 */
export function SearchEntry({ className }: SearchEntryProps) {
  return (
    <View
      className={cx('search-entry', className)}
      hoverClass='search-entry--pressed'
      onClick={openSearch}
      {...a11y('button')}
    >
      <View className='search-entry__icon' {...decorative} />
      <View className='search-entry__text'>搜索要办的事，如“狗证怎么办”</View>
    </View>
  )
}
