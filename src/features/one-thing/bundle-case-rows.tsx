/**
 * 我的办件: each bundle case once (its status derived from the parts), instead of its parts one
 * by one; the parts are underneath on the bundle's own page.
 */
import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import type { BundleCase } from '@/api/contract/one-thing'
import { Cell, StatusTag } from '@/ui'
import { useMyBundleCases } from './api/get-bundles'
import { bundleCaseUrl } from './urls'

const BUCKET: Record<BundleCase['status'], 'open' | 'done' | 'closed'> = {
  'in-progress': 'open',
  'needs-attention': 'open',
  done: 'done',
  withdrawn: 'closed',
}

export function BundleCaseRows({ bucket }: { bucket: 'all' | 'open' | 'done' | 'closed' }) {
  const state = useMyBundleCases()
  // back from a bundle case (the list page stays mounted): show its new status
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void state.refetch()
    shown.current = true
  })
  const rows = (state.data ?? []).filter((b) => bucket === 'all' || BUCKET[b.status] === bucket)
  if (!rows.length) return null
  return (
    <View className='case-list'>
      {rows.map((b) => (
        <Cell
          key={b.id}
          className='case-row'
          title={b.name}
          description={`一件事 · ${b.parts.map((p) => p.matterName).join('、')}`}
          onClick={() => void Taro.navigateTo({ url: bundleCaseUrl(b.id) })}
          ariaLabel={`${b.name}，${b.statusLabel}`}
        >
          <StatusTag label={b.statusLabel} tone={b.status === 'needs-attention' ? 'warning' : b.status === 'done' ? 'success' : 'info'} />
        </Cell>
      ))}
    </View>
  )
}
