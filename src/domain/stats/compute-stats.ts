/**
 * Worker-console statistics, pure: the backend feeds it case facts and "today", the tests feed
 * it a hand-checked fixture. 按期办结率 counts cases closed with a due date; handling time is in
 * working days (receipt day not counted, as for due dates); 好评率 = (非常满意+满意) / all ratings.
 */
import { workingDaysBetween } from '@/domain/calendar/working-days'
import { addDays, chinaDateOf, dayNumberOf, weekdayOf } from '@/domain/time/china-time'
import { isOnTime, slaState } from '@/domain/cases/sla'
import { satisfactionRate, type RatingLevelId } from '@/domain/rating/rating'

export interface StatsCase {
  kind: 'application' | 'complaint'
  /** matter id (applications) or category id (complaints) */
  groupKey: string
  groupLabel: string
  gridId: string
  gridLabel: string
  assigneeId: string | null
  assigneeLabel: string
  open: boolean
  submittedAt: string
  closedAt: string | null
  dueDate: string | null
  ratingLevel: RatingLevelId | null
}

export interface StatsGroup {
  key: string
  label: string
  open: number
  overdue: number
}

export interface WeekBucket {
  /** Monday, YYYY-MM-DD (China time) */
  weekStart: string
  submitted: number
  closed: number
}

export interface StatsResult {
  onTimeRate: number | null
  avgHandlingDays: number | null
  satisfactionRate: number | null
  open: number
  overdue: number
  closed: number
  byMatter: StatsGroup[]
  byCategory: StatsGroup[]
  byGrid: StatsGroup[]
  byWorker: StatsGroup[]
  weekly: WeekBucket[]
}

/** Weeks shown in the trend, the current one last. */
export const TREND_WEEKS = 8

/** Monday of the week containing a YYYY-MM-DD date. */
export function weekStart(date: string): string {
  const dow = weekdayOf(dayNumberOf(date)) // 0 = Sunday
  return addDays(date, -((dow + 6) % 7))
}

function group(
  cases: readonly StatsCase[],
  isOverdue: (c: StatsCase) => boolean,
  key: (c: StatsCase) => [string, string],
): StatsGroup[] {
  const map = new Map<string, StatsGroup>()
  for (const c of cases) {
    const [k, label] = key(c)
    const g = map.get(k) ?? { key: k, label, open: 0, overdue: 0 }
    g.open++
    if (isOverdue(c)) g.overdue++
    map.set(k, g)
  }
  return [...map.values()].sort((a, b) => b.open - a.open || b.overdue - a.overdue || a.key.localeCompare(b.key))
}

export function computeStats(cases: readonly StatsCase[], today: string): StatsResult {
  const day = chinaDateOf(today)
  const closed = cases.filter((c) => !c.open && c.closedAt)
  const withDue = closed.filter((c) => c.dueDate)
  const onTime = withDue.filter((c) => isOnTime(c.dueDate!, c.closedAt!)).length
  const handling = closed.map((c) => workingDaysBetween(chinaDateOf(c.submittedAt), chinaDateOf(c.closedAt!)))
  const open = cases.filter((c) => c.open)
  const overdueSet = new Set(open.filter((c) => c.dueDate !== null && slaState(c.dueDate, day) === 'overdue'))
  const isOverdue = (c: StatsCase) => overdueSet.has(c)
  const ratings = cases.flatMap((c) => (c.ratingLevel ? [{ level: c.ratingLevel }] : []))

  const thisWeek = weekStart(day)
  const weeks: WeekBucket[] = []
  for (let i = TREND_WEEKS - 1; i >= 0; i--)
    weeks.push({ weekStart: addDays(thisWeek, -7 * i), submitted: 0, closed: 0 })
  const index = new Map(weeks.map((w, i) => [w.weekStart, i]))
  for (const c of cases) {
    const s = index.get(weekStart(chinaDateOf(c.submittedAt)))
    if (s !== undefined) weeks[s].submitted++
    if (c.closedAt) {
      const e = index.get(weekStart(chinaDateOf(c.closedAt)))
      if (e !== undefined) weeks[e].closed++
    }
  }

  return {
    onTimeRate: withDue.length ? onTime / withDue.length : null,
    avgHandlingDays: handling.length
      ? Math.round((handling.reduce((a, b) => a + b, 0) / handling.length) * 10) / 10
      : null,
    satisfactionRate: satisfactionRate(ratings),
    open: open.length,
    overdue: overdueSet.size,
    closed: closed.length,
    byMatter: group(
      open.filter((c) => c.kind === 'application'),
      isOverdue,
      (c) => [c.groupKey, c.groupLabel],
    ),
    byCategory: group(
      open.filter((c) => c.kind === 'complaint'),
      isOverdue,
      (c) => [c.groupKey, c.groupLabel],
    ),
    byGrid: group(open, isOverdue, (c) => [c.gridId, c.gridLabel]),
    byWorker: group(open, isOverdue, (c) => [c.assigneeId ?? 'unassigned', c.assigneeId ? c.assigneeLabel : '未分派']),
    weekly: weeks,
  }
}

/** "87.5%", or 暂无数据 for null. */
export function formatRate(rate: number | null): string {
  return rate === null ? '暂无数据' : `${(rate * 100).toFixed(1)}%`
}
