import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import type { MatterSummary } from '@/api'
import { Cell, CellGroup, EmptyState, ErrorState, LoadingState, Screen, StatusTag } from '@/ui'
import { SearchEntry } from '@/features/search'
import { groupMattersByTheme, modeLabel, timeLimitLabel } from './group-matters'
import { useMatters } from './api/get-matters'
import { paths } from '@/routes'
import './hall.css'

export function openMatter(id: string): void {
  void Taro.navigateTo({ url: paths.matter.url(id) })
}

/** 办事大厅: every matter, grouped by theme, with how and how fast it is handled. */
export function HallScreen() {
  const state = useMatters()
  const groups = useMemo(() => (state.status === 'ready' ? groupMattersByTheme(state.matters) : []), [state])

  return (
    <Screen safeBottom={false} className='hall'>
      <View className='hall__search'>
        <SearchEntry />
      </View>
      <View className='hall__intro'>选一件要办的事，看要带什么、能不能在手机上办</View>
      {state.status === 'loading' ? <LoadingState rows={4} label='正在加载办事事项…' /> : null}
      {state.status === 'error' ? <ErrorState message={state.message} onRetry={state.retry} /> : null}
      {state.status === 'ready' && groups.length === 0 ? (
        <EmptyState
          title='暂时没有可办的事项'
          description='社区正在整理办事清单，可以先到社区窗口咨询'
          action={{ label: '刷新', onClick: state.retry }}
        />
      ) : null}
      {groups.map((g) => (
        <CellGroup key={g.theme} title={g.themeName}>
          {g.matters.map((m) => (
            <MatterCell key={m.id} matter={m} />
          ))}
        </CellGroup>
      ))}
    </Screen>
  )
}

function MatterCell({ matter }: { matter: MatterSummary }) {
  const mode = modeLabel(matter.mode)
  const limit = timeLimitLabel(matter.timeLimitDays)
  return (
    <Cell
      className='matter-cell'
      title={matter.name}
      description={matter.summary}
      onClick={() => openMatter(matter.id)}
      ariaLabel={`${matter.name}，${mode}，${limit}。${matter.summary}`}
    >
      <StatusTag label={mode} tone={matter.mode === 'online' ? 'info' : 'neutral'} />
      <StatusTag label={limit} tone={matter.timeLimitDays <= 0 ? 'success' : 'neutral'} />
    </Cell>
  )
}
