import { View } from '@tarojs/components'
import { a11y } from '@/ui'

export interface FeeSummary {
  lines: ReadonlyArray<{ label: string; amount: number }>
  total: number
}

/** 费用清单 of a 一件事 bundle (the form and the bundle case page): a subsidy shows as 补贴. */
export function FeeCard({ fees }: { fees: FeeSummary }) {
  if (!fees.lines.length) return null
  return (
    <View className='onething__card' {...a11y('group', { label: '费用清单' })}>
      <View className='onething__card-title'>费用清单</View>
      {fees.lines.map((l) => (
        <View key={l.label} className='onething__fee'>
          <View>{l.label}</View>
          <View>{l.amount < 0 ? `补贴 ${-l.amount} 元` : `${l.amount} 元`}</View>
        </View>
      ))}
      <View className='onething__fee'>
        <View>应缴合计</View>
        <View>{fees.total} 元</View>
      </View>
    </View>
  )
}
