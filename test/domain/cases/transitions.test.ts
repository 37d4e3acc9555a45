import {
  APPLICATION_STATUSES,
  COMPLAINT_STATUSES,
  isStatusOf,
  statusBucket,
  statusLabel,
  statusesOf,
  type CaseKind,
} from '@/domain/cases/statuses'
import {
  REJECTION_REASONS,
  TRANSITIONS,
  findTransition,
  rejectionReasonsFor,
  rejectionReasonLabel,
} from '@/domain/cases/transitions'
import type { Role } from '@/domain/org/departments'
import { CHINESE } from './case-fixtures'

const KINDS: CaseKind[] = ['application', 'complaint']
const ROLES: Role[] = ['resident', 'clerk', 'grid-worker', 'reviewer', 'admin']
const kindsOf = (k: CaseKind | 'both'): CaseKind[] => (k === 'both' ? KINDS : [k])

describe('statuses', () => {
  it.each(KINDS)('%s statuses have kebab-case ids and Chinese labels', (kind) => {
    const ids = statusesOf(kind).map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const s of statusesOf(kind)) {
      expect(s.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(s.label).toMatch(CHINESE)
      expect(s.residentLabel).toMatch(CHINESE)
    }
  })

  it('keeps "closed but not fixed" apart from "done"', () => {
    expect(statusBucket('application', 'approved')).toBe('done')
    expect(statusBucket('application', 'rejected')).toBe('closed')
    expect(statusBucket('application', 'withdrawn')).toBe('closed')
    expect(statusBucket('complaint', 'confirmed')).toBe('done')
    for (const s of ['rejected', 'merged', 'withdrawn', 'closed-unresolved'] as const) {
      expect(statusBucket('complaint', s)).toBe('closed')
    }
    // Resolved waits for the resident: they may still reopen it.
    expect(statusBucket('complaint', 'resolved')).toBe('open')
    expect(COMPLAINT_STATUSES.find((s) => s.id === 'resolved')?.waitingOn).toBe('resident')
    expect(APPLICATION_STATUSES.find((s) => s.id === 'needs-supplement')?.waitingOn).toBe('resident')
  })

  it('has the statuses the brief names', () => {
    expect(APPLICATION_STATUSES.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'submitted',
        'accepted',
        'accepted-pending-material',
        'needs-supplement',
        'forwarded',
        'approved',
        'rejected',
        'withdrawn',
      ]),
    )
    expect(COMPLAINT_STATUSES.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'submitted',
        'triaged',
        'forwarded',
        'in-progress',
        'resolved',
        'reopened',
        'confirmed',
        'merged',
      ]),
    )
  })

  it('gives residents their own wording', () => {
    expect(statusLabel('application', 'needs-supplement', 'resident')).toBe('需要您补充材料')
    expect(statusLabel('application', 'needs-supplement', 'staff')).toBe('待补正')
    expect(isStatusOf('application', 'triaged')).toBe(false)
    expect(() => statusBucket('application', 'triaged')).toThrow()
  })
})

describe('transition table', () => {
  it('names only statuses of its kind', () => {
    for (const t of TRANSITIONS) {
      const kinds = kindsOf(t.kind)
      for (const from of t.from) expect(kinds.some((k) => isStatusOf(k, from))).toBe(true)
      if (t.to !== 'same' && t.to !== 'previous') {
        for (const k of kinds) {
          // A 'both' row's target must exist in every kind whose statuses it starts from.
          if (t.from.some((f) => isStatusOf(k, f)) || t.action === 'submit') expect(isStatusOf(k, t.to)).toBe(true)
        }
      }
      expect(t.label).toMatch(CHINESE)
      expect(t.roles.length).toBeGreaterThan(0)
    }
  })

  it('has at most one row per kind, status, role and action', () => {
    for (const kind of KINDS) {
      for (const { id } of statusesOf(kind)) {
        for (const role of ROLES) {
          const rows = TRANSITIONS.filter(
            (t) => kindsOf(t.kind).includes(kind) && t.roles.includes(role) && t.from.includes(id),
          )
          const actions = rows.map((r) => r.action)
          expect(new Set(actions).size).toBe(actions.length)
        }
      }
    }
  })

  it('leaves no open status without a way forward, and no way out of a finished one', () => {
    for (const kind of KINDS) {
      for (const s of statusesOf(kind)) {
        const moves = TRANSITIONS.filter(
          (t) => kindsOf(t.kind).includes(kind) && t.from.includes(s.id) && t.to !== 'same',
        )
        if (s.bucket === 'open') expect(moves.length).toBeGreaterThan(0)
        else expect(moves).toEqual([])
      }
    }
  })

  it('lets residents act only on their own side of the case', () => {
    const residentActions = new Set(TRANSITIONS.filter((t) => t.roles.includes('resident')).map((t) => t.action))
    expect([...residentActions].sort()).toEqual(
      [
        'add-note',
        'confirm',
        'rate',
        'reopen',
        'resubmit-supplement',
        'submit',
        'supply-missing-material',
        'withdraw',
      ].sort(),
    )
  })

  it('finds the row for a role and status', () => {
    expect(findTransition('application', 'forwarded', 'reviewer', 'reject')?.label).toBe('驳回')
    expect(findTransition('application', 'forwarded', 'clerk', 'reject')).toBeUndefined()
  })
})

describe('rejection reasons', () => {
  it('carries the six reasons with Chinese labels', () => {
    expect(REJECTION_REASONS.map((r) => r.label)).toEqual([
      '材料不齐全且无法补正',
      '不符合申请条件',
      '非本社区辖区',
      '重复申请',
      '信息不实',
      '其他',
    ])
    expect(rejectionReasonLabel('ineligible')).toBe('不符合申请条件')
    expect(rejectionReasonLabel('nope')).toBeUndefined()
  })

  it('offers complaints only the reasons that fit them', () => {
    const codes = rejectionReasonsFor('complaint').map((r) => r.code)
    expect(codes).not.toContain('incomplete-materials')
    expect(codes).not.toContain('ineligible')
    expect(codes).toContain('out-of-jurisdiction')
    expect(rejectionReasonsFor('application')).toHaveLength(6)
  })
})
