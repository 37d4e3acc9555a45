/** Worker statistics against a hand-checked fixture (today = Monday 2026-11-23, no holidays nearby). */
import { computeStats, formatRate, weekStart, type StatsCase } from '@/domain/stats/compute-stats'

const base: Omit<StatsCase, 'kind' | 'groupKey' | 'groupLabel' | 'submittedAt'> = {
  gridId: 'g-1',
  gridLabel: '网格一',
  assigneeId: null,
  assigneeLabel: '未分派',
  open: true,
  closedAt: null,
  dueDate: null,
  ratingLevel: null,
}
const proof = { kind: 'application' as const, groupKey: 'residence-proof', groupLabel: '居住证明' }
const dog = { kind: 'application' as const, groupKey: 'dog-registration', groupLabel: '养犬登记' }
const trash = {
  kind: 'complaint' as const,
  groupKey: 'sanitation',
  groupLabel: '环境卫生',
  gridId: 'g-2',
  gridLabel: '网格二',
}

const FIXTURE: StatsCase[] = [
  // A: closed on its due date (on time), 2 working days (Tue, Wed), 非常满意
  {
    ...base,
    ...proof,
    submittedAt: '2026-11-16T09:00:00+08:00',
    open: false,
    closedAt: '2026-11-18T15:00:00+08:00',
    dueDate: '2026-11-18',
    ratingLevel: 'very-satisfied',
  },
  // B: closed 4 days late, 9 working days (10–13, 16–20), 不满意
  {
    ...base,
    ...dog,
    submittedAt: '2026-11-09T09:00:00+08:00',
    open: false,
    closedAt: '2026-11-20T15:00:00+08:00',
    dueDate: '2026-11-16',
    ratingLevel: 'dissatisfied',
  },
  // C: open, overdue since Friday, assigned to grid two
  {
    ...base,
    ...trash,
    submittedAt: '2026-11-17T09:00:00+08:00',
    dueDate: '2026-11-20',
    assigneeId: 'w-grid-2',
    assigneeLabel: '何丽（0202）',
  },
  // D: open, due Wednesday
  { ...base, ...trash, submittedAt: '2026-11-23T08:00:00+08:00', dueDate: '2026-11-25' },
  // E: open, no due date yet
  { ...base, ...proof, submittedAt: '2026-11-23T09:30:00+08:00' },
]

describe('computeStats', () => {
  const s = computeStats(FIXTURE, '2026-11-23')

  it('按期办结率, average handling time and 好评率', () => {
    expect(s.onTimeRate).toBe(0.5)
    expect(s.avgHandlingDays).toBe(5.5)
    expect(s.satisfactionRate).toBe(0.5)
    expect([s.open, s.overdue, s.closed]).toEqual([3, 1, 2])
  })

  it('open and overdue by matter, category, grid and worker, biggest first', () => {
    expect(s.byMatter).toEqual([{ key: 'residence-proof', label: '居住证明', open: 1, overdue: 0 }])
    expect(s.byCategory).toEqual([{ key: 'sanitation', label: '环境卫生', open: 2, overdue: 1 }])
    expect(s.byGrid).toEqual([
      { key: 'g-2', label: '网格二', open: 2, overdue: 1 },
      { key: 'g-1', label: '网格一', open: 1, overdue: 0 },
    ])
    expect(s.byWorker).toEqual([
      { key: 'unassigned', label: '未分派', open: 2, overdue: 0 },
      { key: 'w-grid-2', label: '何丽（0202）', open: 1, overdue: 1 },
    ])
  })

  it('weekly trend: 8 weeks from Monday, this week last', () => {
    expect(s.weekly).toHaveLength(8)
    expect(s.weekly[0].weekStart).toBe('2026-10-05')
    expect(s.weekly.slice(-3)).toEqual([
      { weekStart: '2026-11-09', submitted: 1, closed: 0 },
      { weekStart: '2026-11-16', submitted: 2, closed: 2 },
      { weekStart: '2026-11-23', submitted: 2, closed: 0 },
    ])
  })

  it('says "no data" instead of 0% or NaN when nothing is closed or rated', () => {
    const empty = computeStats([FIXTURE[4]], '2026-11-23')
    expect(empty.onTimeRate).toBeNull()
    expect(empty.avgHandlingDays).toBeNull()
    expect(empty.satisfactionRate).toBeNull()
    expect(formatRate(empty.onTimeRate)).toBe('暂无数据')
    expect(formatRate(0.875)).toBe('87.5%')
  })

  it('weekStart is the Monday (Sunday belongs to the week before)', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23')
    expect(weekStart('2026-11-29')).toBe('2026-11-23')
    expect(weekStart('2026-11-22')).toBe('2026-11-16')
  })
})
