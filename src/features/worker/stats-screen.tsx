/**
 * 统计 (admin, clerk): 按期办结率, average handling time in working days, 好评率, open/overdue by
 * matter, category, grid and worker, weekly trend. Charts are light CSS bars (no chart library:
 * it would blow the package budget) and every number is also in a table.
 */
import { View } from '@tarojs/components'
import type { Stats } from '@/api'
import { formatRate } from '@/domain/stats/compute-stats'
import { errorMessage } from '@/lib/error-message'
import { a11y, ErrorState, LoadingState, ProgressBar, Screen, Section } from '@/ui'
import { useStats } from './api/get-audit'
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
  const state = useStats()
  if (state.isPending)
    return (
      <Screen>
        <LoadingState rows={5} label='正在统计…' />
      </Screen>
    )
  if (state.error || !state.data)
    return (
      <Screen>
        <ErrorState message={errorMessage(state.error)} onRetry={() => void state.refetch()} />
      </Screen>
    )
  return <StatsBody stats={state.data} />
}

export function StatsBody({ stats }: { stats: Stats }) {
  return (
    <Screen className='worker'>
      <View className='worker-kpis'>
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
    <View className={danger ? 'worker-kpi worker-kpi--danger' : 'worker-kpi'}>
      <View className='worker-kpi__value'>{value}</View>
      <View className='worker-kpi__label'>{label}</View>
    </View>
  )
}

function Bars({ title, groups }: { title: string; groups: Group[] }) {
  if (!groups.length) return null
  const max = Math.max(1, ...groups.map((g) => g.open))
  return (
    <Section title={title}>
      <View className='worker-load-bars' {...a11y('img', { label: `${title}条形图，数字见下表` })}>
        {groups.map((g) => (
          <View key={g.key} className='worker-load-bar'>
            <View className='worker-load-bar__label'>{g.label}</View>
            <View className='worker-load-bar__track'>
              <View className='worker-load-bar__fill' style={{ width: `${(g.open / max) * 100}%` }}>
                <View className='worker-load-bar__overdue' style={{ width: g.open ? `${(g.overdue / g.open) * 100}%` : '0%' }} />
              </View>
            </View>
            <View className='worker-load-bar__num'>
              {g.open}
              {g.overdue ? `（超期${g.overdue}）` : ''}
            </View>
          </View>
        ))}
      </View>
      <NumbersTable head={['名称', '在办', '超期']} rows={groups.map((g) => [g.key, g.label, g.open, g.overdue])} />
    </Section>
  )
}

function Weekly({ weeks }: { weeks: NonNullable<Stats['weekly']> }) {
  const max = Math.max(1, ...weeks.flatMap((w) => [w.submitted, w.closed]))
  return (
    <Section title='每周趋势（近8周）'>
      <View className='worker-weekly-chart' {...a11y('img', { label: '每周新收与办结条形图，数字见下表' })}>
        {weeks.map((w) => (
          <View key={w.weekStart} className='worker-week'>
            <View className='worker-week__bars'>
              <View className='worker-week__submitted' style={{ height: `${(w.submitted / max) * 100}%` }} />
              <View className='worker-week__closed' style={{ height: `${(w.closed / max) * 100}%` }} />
            </View>
            <View className='worker-week__label'>{w.weekStart.slice(5)}</View>
          </View>
        ))}
      </View>
      <View className='worker-legend'>▇ 深色 = 新收；▇ 浅色斜纹 = 办结</View>
      <NumbersTable
        head={['周（周一）', '新收', '办结']}
        rows={weeks.map((w) => [w.weekStart, w.weekStart, w.submitted, w.closed])}
      />
    </Section>
  )
}

/** The numbers behind a chart, as a table: a name and two counts a row (rows are [key, name, n1, n2]). */
function NumbersTable({ head, rows }: { head: [string, string, string]; rows: Array<[string, string, number, number]> }) {
  return (
    <View className='worker-table'>
      <View className='worker-table__row worker-table__row--head'>
        <View className='worker-table__name'>{head[0]}</View>
        <View className='worker-table__num'>{head[1]}</View>
        <View className='worker-table__num'>{head[2]}</View>
      </View>
      {rows.map(([key, name, a, b]) => (
        <View key={key} className='worker-table__row'>
          <View className='worker-table__name'>{name}</View>
          <View className='worker-table__num'>{a}</View>
          <View className='worker-table__num'>{b}</View>
        </View>
      ))}
    </View>
  )
}
