import {
  SLA_STATE_LABELS,
  caseDueDate,
  computeDueDate,
  isOnTime,
  pausedWorkingDays,
  slaState,
  type SlaState,
} from '@/domain/cases/sla'
import { applyAction, createCase, type ActionInput, type CaseCore } from '@/domain/cases/state-machine'
import type { ActionId } from '@/domain/cases/transitions'
import type { Role } from '@/domain/org/departments'
import { CHINESE, ctx } from './case-fixtures'

// Expected dates are worked out by hand from the State Council schedules:
// 2025: 国庆+中秋 10/1–10/8 off, 9/28 (Sun) and 10/11 (Sat) are make-up working days.
// 2026: 元旦 1/1–1/3 off, 1/4 (Sun) works; 春节 2/15–2/23 off, 2/14 and 2/28 (Sat) work.
describe('computeDueDate', () => {
  it.each([
    // Tue 9/30 + 3: 10/9 Thu, 10/10 Fri, 10/11 make-up Sat.
    ['2025-09-30T10:00:00+08:00', 3, '2025-10-11'],
    ['2025-09-30', 1, '2025-10-09'],
    // Mon 1/5 + 3 = Thu 1/8. Read as UTC the start would be Sun 1/4 (a make-up working day) → 1/7.
    ['2026-01-05T07:30:00+08:00', 3, '2026-01-08'],
    ['2026-01-05T23:30:00+08:00', 3, '2026-01-08'],
    // Saturday filing: counting starts Monday.
    ['2026-01-10', 3, '2026-01-14'],
    // Fri 2/13: 2/14 make-up Sat (1), holiday to 2/23, 2/24 (2), 2/25 (3).
    ['2026-02-13T16:00:00+08:00', 3, '2026-02-25'],
    // Mon 1/5 + 5: 1/6, 1/7, 1/8, 1/9, 1/12.
    ['2026-01-05', 5, '2026-01-12'],
  ])('%s + %i working days → %s', (start, days, due) => {
    expect(computeDueDate(start, days)).toEqual({ dueDate: due, provisional: false })
  })

  it.each([
    ['2026-01-05T23:30:00+08:00', '2026-01-05'], // a working day: the same day
    ['2025-10-04', '2025-10-09'], // National Day holiday: the next working day
    ['2025-10-11', '2025-10-11'], // make-up Saturday is a working day
    ['2026-01-03T10:00:00+08:00', '2026-01-04'], // holiday Saturday → make-up Sunday
  ])('即办 (limit 0) filed %s is due %s', (start, due) => {
    expect(computeDueDate(start, 0).dueDate).toBe(due)
  })

  it('marks due dates in a year without a published schedule as provisional', () => {
    // Wed 12/30: 12/31 (1); 2027-01-01 元旦, weekend; 1/4 (2), 1/5 (3).
    expect(computeDueDate('2026-12-30', 3)).toEqual({ dueDate: '2027-01-05', provisional: true })
    expect(computeDueDate('2026-12-24', 3)).toEqual({ dueDate: '2026-12-29', provisional: false })
  })

  it.each([-1, 1.5, Number.NaN])('refuses a limit of %p', (limit) => {
    expect(() => computeDueDate('2026-01-05', limit)).toThrow(RangeError)
  })
})

describe('slaState', () => {
  it.each<[string, string, SlaState]>([
    ['2025-10-10', '2025-10-11', 'overdue'],
    ['2025-10-10', '2025-10-10T23:59:00+08:00', 'due-today'],
    ['2025-10-10', '2025-10-10T16:30:00Z', 'overdue'], // 00:30 on 10/11 in Beijing
    ['2025-10-10', '2025-10-09', 'due-soon'],
    ['2025-10-10', '2025-10-08', 'on-track'], // two working days left: 10/9 and 10/10
    ['2025-10-09', '2025-09-30', 'due-soon'], // a week of holiday, but one working day left
    ['2026-01-12', '2026-01-09', 'due-soon'], // Friday before a Monday deadline
    ['2026-01-12', '2026-01-11T20:00:00+08:00', 'due-soon'],
    ['2026-01-12', '2026-01-12T07:00:00+08:00', 'due-today'], // still 1/11 in UTC
    ['2026-01-12', '2026-01-08', 'on-track'],
  ])('due %s, today %s → %s', (due, today, state) => {
    expect(slaState(due, today)).toBe(state)
  })

  it('has a Chinese label for every state', () => {
    for (const s of ['overdue', 'due-today', 'due-soon', 'on-track'] as const) {
      expect(SLA_STATE_LABELS[s]).toMatch(CHINESE)
    }
  })
})

describe('isOnTime', () => {
  it.each([
    ['2025-10-09T10:00:00+08:00', true],
    ['2025-10-10T23:59:00+08:00', true],
    ['2025-10-10T16:30:00Z', false],
    ['2025-10-11T09:00:00+08:00', false],
  ])('due 2025-10-10, closed %s → %p', (closedAt, onTime) => {
    expect(isOnTime('2025-10-10', closedAt)).toBe(onTime)
  })
})

describe('the clock stops during 补正', () => {
  function walk(steps: Array<[ActionId, Role, string, ActionInput?]>): CaseCore {
    const created = createCase({ id: 'A-1', kind: 'application' }, ctx('resident', '2026-01-05T09:00:00+08:00'))
    if (!created.ok) throw new Error(created.message)
    let state = created.state
    for (const [action, role, at, input] of steps) {
      const r = applyAction(state, action, input ?? {}, ctx(role, at))
      if (!r.ok) throw new Error(r.message)
      state = r.state
    }
    return state
  }
  const ask: ActionInput = { supplementItems: ['healthCheck'], reason: '健康证明已过期' }

  it('pushes the due date back by the working days spent waiting', () => {
    const c = walk([
      ['accept', 'clerk', '2026-01-05T10:00:00+08:00'],
      ['request-supplement', 'clerk', '2026-01-06T10:00:00+08:00', ask],
      ['add-note', 'resident', '2026-01-07T08:00:00+08:00', { note: '明天去医院重开证明' }],
      ['resubmit-supplement', 'resident', '2026-01-08T15:00:00+08:00'],
    ])
    // Paused over (1/6, 1/8] = 1/7, 1/8. Plain due 1/12 (+5) → 1/14.
    expect(pausedWorkingDays(c.history, '2026-01-20')).toBe(2)
    expect(caseDueDate(c, c.submittedAt, 5, '2026-01-20')).toEqual({
      dueDate: '2026-01-14',
      provisional: false,
      paused: false,
      pausedDays: 2,
    })
  })

  it('keeps counting while still waiting', () => {
    const c = walk([
      ['accept', 'clerk', '2026-01-05T10:00:00+08:00'],
      ['request-supplement', 'clerk', '2026-01-06T10:00:00+08:00', ask],
    ])
    expect(caseDueDate(c, c.submittedAt, 5, '2026-01-07T12:00:00+08:00')).toEqual({
      dueDate: '2026-01-13',
      provisional: false,
      paused: true,
      pausedDays: 1,
    })
  })

  it('adds up several pauses and ignores a same-day turnaround', () => {
    const c = walk([
      ['accept', 'clerk', '2026-01-05T10:00:00+08:00'],
      ['request-supplement', 'clerk', '2026-01-05T11:00:00+08:00', ask],
      ['resubmit-supplement', 'resident', '2026-01-05T17:00:00+08:00'],
      ['request-supplement', 'clerk', '2026-01-09T10:00:00+08:00', ask],
      // Paused over (Fri 1/9, Tue 1/13] = 1/12, 1/13.
      ['resubmit-supplement', 'resident', '2026-01-13T09:00:00+08:00'],
    ])
    expect(pausedWorkingDays(c.history, '2026-01-20')).toBe(2)
    expect(caseDueDate(c, c.submittedAt, 5, '2026-01-20').dueDate).toBe('2026-01-14')
  })
})
