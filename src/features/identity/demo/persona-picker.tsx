/**
 * 体验版 only: seeded personas stand in for WeChat sign-in (big tappable rows saying who each
 * person is). Required only inside a mock-mode branch, so release builds never contain it.
 */
import { View } from '@tarojs/components'
import type { Persona } from '@/api'
import { errorMessage } from '@/lib/error-message'
import { Cell, CellGroup, ErrorState, LoadingState } from '@/ui'
import { usePersonas } from '../api/consent'

export function PersonaPicker({ busy, onPick }: { busy: string | null; onPick(p: Persona): void }) {
  const personas = usePersonas()
  if (personas.isPending) return <LoadingState label='正在加载体验账号…' />
  if (personas.error)
    return <ErrorState message={errorMessage(personas.error)} onRetry={() => void personas.refetch()} />
  const list = personas.data ?? []
  const residents = list.filter((p) => p.role === 'resident')
  const staff = list.filter((p) => p.role !== 'resident')
  const row = (p: Persona) => (
    <Cell
      key={p.id}
      className={`persona persona--${p.id}`}
      title={p.label}
      description={p.description}
      value={busy === p.id ? '正在登录…' : undefined}
      onClick={busy ? undefined : () => onPick(p)}
    />
  )
  return (
    <View>
      <View className='idn__note'>体验版：选择一个体验账号代替微信登录。</View>
      <CellGroup title='居民'>{residents.map(row)}</CellGroup>
      {staff.length ? <CellGroup title='社区工作人员'>{staff.map(row)}</CellGroup> : null}
    </View>
  )
}
