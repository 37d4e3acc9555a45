/** Before a 随手拍 is sent: the same problems already reported nearby, to support one of them instead of filing again. */
import { View } from '@tarojs/components'
import type { CaseSummary } from '@/api'
import { complaintCategory } from '@/domain/complaints'
import { formatDate } from '@/domain/time/china-time'
import { a11y, AppButton, StatusTag } from '@/ui'

export function DuplicateList({
  items,
  onSupport,
  onAnyway,
  onBack,
}: {
  items: readonly CaseSummary[]
  onSupport: (id: string) => void
  onAnyway: () => void
  onBack: () => void
}) {
  return (
    <View className='dups' {...a11y('group', { label: '附近已有的相同问题' })}>
      <View className='dups__title'>附近已经有人反映了相同的问题</View>
      <View className='dups__desc'>如果是同一件事，点“我也遇到”就行，社区会优先处理大家都遇到的问题；不是同一件事就继续提交。</View>
      {items.map((c) => (
        <View key={c.id} className='dup'>
          <View className='dup__head'>
            <View className='dup__title'>{complaintCategory(c.board?.categoryId ?? '')?.name ?? c.title}</View>
            <StatusTag label={c.statusLabel} tone='info' />
          </View>
          <View className='dup__meta'>
            {c.board?.area ?? ''}
            {c.board?.distanceMeters !== undefined ? ` · 约${c.board.distanceMeters}米` : ''} · {formatDate(c.submittedAt)}
          </View>
          <View className='dup__meta'>已有 {(c.board?.supporters ?? 0) + 1} 人反映</View>
          <AppButton block onClick={() => onSupport(c.id)}>
            我也遇到
          </AppButton>
        </View>
      ))}
      <AppButton block variant='secondary' onClick={onAnyway}>
        不是同一件事，继续提交
      </AppButton>
      <AppButton block variant='secondary' onClick={onBack}>
        返回修改
      </AppButton>
    </View>
  )
}
