/**
 * 统计 (admin, clerk): 按期办结率, average handling time in working days, 好评率, open/overdue by
 * matter, category, grid and worker, weekly trend. Charts are light CSS bars (no chart library:
 * it would blow the package budget) and every number is also in a table.
 */
import { View } from '@tarojs/components'
import { getApi, type Stats } from '@/api'
import { formatRate } from '@/domain/stats/compute-stats'
import { errorMessage } from '@/lib/error-message'
import { useAsync } from '@/lib/use-async'
import { a11y, ErrorState, LoadingState, ProgressBar, Screen, Section } from '@/ui'
import { StaffGate } from './staff-gate'
import './worker.css'

type Group = { key: string; label: string; open: number; overdue: number }

export function StatsScreen() {
  return (
    <StaffGate title='统计' roles={['admin', 'clerk']}>
      {() => <StatsView />}
    </StaffGate>
  )
}

function StatsView() {
  const state = useAsync(() => getApi().workerStats(), [])
  if (state.loading)
    return (
      <Screen>
        <LoadingState rows={5} label='正在统计…' />
      </Screen>
    )
  if (state.error || !state.data)
    return (
      <Screen>
        <ErrorState message={errorMessage(state.error)} onRetry={() => void state.reload()} />
      </Screen>
    )
  return <StatsBody stats={state.data} />
}

export function StatsBody({ stats }: { stats: Stats }) {
  return (
    <Screen className='worker'>
      <View className='wkpis'>
        <Kpi label='按期办结率' value={formatRate(stats.onTimeRate)} />
        <Kpi
          label='平均办理'
          value={stats.avgHandlingDays === null ? '暂无数据' : `${stats.avgHandlingDays} 个工作日`}
        />
        <Kpi label='好评率' value={formatRate(stats.satisfactionRate)} />
        <Kpi label='在办' value={`${stats.open} 件`} />
        <Kpi label='已超期' value={`${stats.overdue} 件`} danger={stats.overdue > 0} />
        {stats.closed !== undefined ? <Kpi label='已办结' value={`${stats.closed} 件`} /> : null}
      </View>
      {stats.onTimeRate !== null ? (
        <Section title='按期办结率'>
          <ProgressBar value={Math.round(stats.onTimeRate * 100)} label='按期办结' />
        </Section>
      ) : null}
      <Bars title='按事项（办件）' groups={stats.byMatter} />
      <Bars title='按类别（诉求）' groups={stats.byCategory ?? []} />
      <Bars title='按网格' groups={stats.byGrid ?? []} />
      <Bars title='按经办人' groups={stats.byWorker ?? []} />
      {stats.weekly?.length ? <Weekly weeks={stats.weekly} /> : null}
    </Screen>
  )
}

function Kpi({ label, value, danger }: { label: string; value: string; danger?: boolean }) {
  return (
    <View className={danger ? 'wkpi wkpi--danger' : 'wkpi'}>
      <View className='wkpi__value'>{value}</View>
      <View className='wkpi__label'>{label}</View>
    </View>
  )
}

function Bars({ title, groups }: { title: string; groups: Group[] }) {
  if (!groups.length) return null
  const max = Math.max(1, ...groups.map((g) => g.open))
  return (
    <Section title={title}>
      <View className='wbars' {...a11y('img', { label: `${title}条形图，数字见下表` })}>
        {groups.map((g) => (
          <View key={g.key} className='wbar'>
            <View className='wbar__label'>{g.label}</View>
            <View className='wbar__track'>
              <View className='wbar__fill' style={{ width: `${(g.open / max) * 100}%` }}>
                <View className='wbar__overdue' style={{ width: g.open ? `${(g.overdue / g.open) * 100}%` : '0%' }} />
              </View>
            </View>
            <View className='wbar__num'>
              {g.open}
              {g.overdue ? `（超期${g.overdue}）` : ''}
            </View>
          </View>
        ))}
      </View>
      <View className='wtable'>
        <View className='wtable__row wtable__row--head'>
          <View className='wtable__c1'>名称</View>
          <View className='wtable__c'>在办</View>
          <View className='wtable__c'>超期</View>
        </View>
        {groups.map((g) => (
          <View key={g.key} className='wtable__row'>
            <View className='wtable__c1'>{g.label}</View>
            <View className='wtable__c'>{g.open}</View>
            <View className='wtable__c'>{g.overdue}</View>
          </View>
        ))}
      </View>
    </Section>
  )
}

function Weekly({ weeks }: { weeks: NonNullable<Stats['weekly']> }) {
  const max = Math.max(1, ...weeks.flatMap((w) => [w.submitted, w.closed]))
  return (
    <Section title='每周趋势（近8周）'>
      <View className='wweeks' {...a11y('img', { label: '每周新收与办结条形图，数字见下表' })}>
        {weeks.map((w) => (
          <View key={w.weekStart} className='wweek'>
            <View className='wweek__bars'>
              <View className='wweek__in' style={{ height: `${(w.submitted / max) * 100}%` }} />
              <View className='wweek__out' style={{ height: `${(w.closed / max) * 100}%` }} />
            </View>
            <View className='wweek__label'>{w.weekStart.slice(5)}</View>
          </View>
        ))}
      </View>
      <View className='wlegend'>▇ 深色 = 新收；▇ 浅色斜纹 = 办结</View>
      <View className='wtable'>
        <View className='wtable__row wtable__row--head'>
          <View className='wtable__c1'>周（周一）</View>
          <View className='wtable__c'>新收</View>
          <View className='wtable__c'>办结</View>
        </View>
        {weeks.map((w) => (
          <View key={w.weekStart} className='wtable__row'>
            <View className='wtable__c1'>{w.weekStart}</View>
            <View className='wtable__c'>{w.submitted}</View>
            <View className='wtable__c'>{w.closed}</View>
          </View>
        ))}
      </View>
    </Section>
  )
}
