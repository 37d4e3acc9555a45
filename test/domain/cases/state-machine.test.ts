import {
  allowedActions,
  applyAction,
  createCase,
  reopenDeadline,
  visibleHistory,
  type ActionInput,
  type CaseCore,
} from '@/domain/cases/state-machine'
import { statusesOf, type CaseKind, type StatusId } from '@/domain/cases/statuses'
import { TRANSITIONS, type ActionId, type InputField } from '@/domain/cases/transitions'
import type { Role } from '@/domain/org/departments'
import { CHINESE, NOW, VALID_INPUT, caseIn, ctx, deepFreeze, prepare } from './case-fixtures'

const ROLES: Role[] = ['resident', 'clerk', 'grid-worker', 'reviewer', 'admin']
const KINDS: CaseKind[] = ['application', 'complaint']
const ACTIONS = Array.from(new Set(TRANSITIONS.map((t) => t.action))) as ActionId[]

function run(kind: CaseKind, status: StatusId, role: Role, action: ActionId, input: ActionInput = VALID_INPUT[action]) {
  const { state, at } = prepare(action, caseIn(kind, status))
  return applyAction(state, action, input, ctx(role, at))
}

describe('allowed transitions (hand-written from the service rules)', () => {
  const table: Array<[CaseKind, ActionId, Role, StatusId, StatusId]> = [
    ['application', 'withdraw', 'resident', 'submitted', 'withdrawn'],
    ['application', 'withdraw', 'resident', 'needs-supplement', 'withdrawn'],
    ['application', 'accept', 'clerk', 'submitted', 'accepted'],
    ['application', 'accept-with-missing', 'clerk', 'submitted', 'accepted-pending-material'],
    ['application', 'supply-missing-material', 'resident', 'accepted-pending-material', 'accepted'],
    ['application', 'supply-missing-material', 'clerk', 'accepted-pending-material', 'accepted'],
    ['application', 'request-supplement', 'clerk', 'submitted', 'needs-supplement'],
    ['application', 'request-supplement', 'clerk', 'accepted', 'needs-supplement'],
    ['application', 'request-supplement', 'clerk', 'accepted-pending-material', 'needs-supplement'],
    ['application', 'request-supplement', 'reviewer', 'forwarded', 'needs-supplement'],
    ['application', 'resubmit-supplement', 'resident', 'needs-supplement', 'accepted'],
    ['application', 'resubmit-supplement', 'clerk', 'needs-supplement', 'accepted'],
    ['application', 'approve', 'clerk', 'accepted', 'approved'],
    ['application', 'approve', 'reviewer', 'forwarded', 'approved'],
    ['application', 'reject', 'clerk', 'submitted', 'rejected'],
    ['application', 'reject', 'clerk', 'accepted', 'rejected'],
    ['application', 'reject', 'clerk', 'accepted-pending-material', 'rejected'],
    ['application', 'reject', 'reviewer', 'forwarded', 'rejected'],
    ['application', 'forward', 'clerk', 'accepted', 'forwarded'],
    ['application', 'forward', 'admin', 'accepted', 'forwarded'],
    ['application', 'return-from-department', 'reviewer', 'forwarded', 'accepted'],
    ['application', 'add-note', 'clerk', 'accepted', 'accepted'],
    ['application', 'add-note', 'resident', 'approved', 'approved'],
    ['application', 'rate', 'resident', 'approved', 'approved'],
    ['application', 'rate', 'resident', 'rejected', 'rejected'],
    ['application', 'follow-up', 'clerk', 'approved', 'approved'],
    ['complaint', 'withdraw', 'resident', 'submitted', 'withdrawn'],
    ['complaint', 'reject', 'clerk', 'submitted', 'rejected'],
    ['complaint', 'reject', 'grid-worker', 'submitted', 'rejected'],
    ['complaint', 'reject', 'admin', 'submitted', 'rejected'],
    ['complaint', 'triage', 'grid-worker', 'submitted', 'triaged'],
    ['complaint', 'triage', 'clerk', 'submitted', 'triaged'],
    ['complaint', 'triage', 'admin', 'reopened', 'triaged'],
    ['complaint', 'start-handling', 'grid-worker', 'triaged', 'in-progress'],
    ['complaint', 'start-handling', 'clerk', 'reopened', 'in-progress'],
    ['complaint', 'forward', 'grid-worker', 'triaged', 'forwarded'],
    ['complaint', 'forward', 'clerk', 'in-progress', 'forwarded'],
    ['complaint', 'forward', 'admin', 'reopened', 'forwarded'],
    ['complaint', 'return-from-department', 'reviewer', 'forwarded', 'in-progress'],
    ['complaint', 'resolve', 'grid-worker', 'in-progress', 'resolved'],
    ['complaint', 'resolve', 'clerk', 'triaged', 'resolved'],
    ['complaint', 'resolve', 'grid-worker', 'reopened', 'resolved'],
    ['complaint', 'resolve', 'reviewer', 'forwarded', 'resolved'],
    ['complaint', 'reopen', 'resident', 'resolved', 'reopened'],
    ['complaint', 'confirm', 'resident', 'resolved', 'confirmed'],
    ['complaint', 'auto-confirm', 'admin', 'resolved', 'confirmed'],
    ['complaint', 'merge', 'grid-worker', 'submitted', 'merged'],
    ['complaint', 'merge', 'admin', 'in-progress', 'merged'],
    ['complaint', 'close-unresolved', 'admin', 'in-progress', 'closed-unresolved'],
    ['complaint', 'close-unresolved', 'admin', 'forwarded', 'closed-unresolved'],
    ['complaint', 'rate', 'resident', 'confirmed', 'confirmed'],
    ['complaint', 'rate', 'resident', 'closed-unresolved', 'closed-unresolved'],
    ['complaint', 'follow-up', 'grid-worker', 'confirmed', 'confirmed'],
    ['complaint', 'add-note', 'reviewer', 'forwarded', 'forwarded'],
  ]

  it.each(table)('%s: %s by %s from %s → %s', (kind, action, role, from, to) => {
    const r = run(kind, from, role, action)
    if (!r.ok) throw new Error(`${r.code}: ${r.message}`)
    expect(r.state.status).toBe(to)
    expect(r.entry).toMatchObject({ action, from, to })
  })
})

describe('forbidden: the role may never take this action on this kind', () => {
  const table: Array<[CaseKind, ActionId, Role, StatusId]> = [
    ['application', 'accept', 'resident', 'submitted'],
    ['application', 'approve', 'resident', 'accepted'],
    ['application', 'reject', 'resident', 'submitted'],
    ['application', 'forward', 'resident', 'accepted'],
    ['application', 'request-supplement', 'resident', 'accepted'],
    ['application', 'accept', 'reviewer', 'submitted'],
    ['application', 'accept', 'grid-worker', 'submitted'],
    ['application', 'accept-with-missing', 'admin', 'submitted'],
    ['application', 'withdraw', 'clerk', 'submitted'],
    ['complaint', 'triage', 'resident', 'submitted'],
    ['complaint', 'resolve', 'resident', 'in-progress'],
    ['complaint', 'resolve', 'admin', 'in-progress'],
    ['complaint', 'merge', 'resident', 'submitted'],
    ['complaint', 'merge', 'clerk', 'submitted'],
    ['complaint', 'close-unresolved', 'grid-worker', 'in-progress'],
    ['complaint', 'reopen', 'clerk', 'resolved'],
    ['complaint', 'confirm', 'grid-worker', 'resolved'],
    ['complaint', 'auto-confirm', 'resident', 'resolved'],
    ['complaint', 'follow-up', 'resident', 'confirmed'],
    ['complaint', 'rate', 'clerk', 'confirmed'],
  ]

  it.each(table)('%s: %s by %s (from %s) is forbidden', (kind, action, role, from) => {
    const r = run(kind, from, role, action)
    expect(r).toMatchObject({ ok: false, code: 'forbidden' })
    if (!r.ok) expect(r.message).toMatch(CHINESE)
  })
})

describe('invalid-transition: right role, wrong status (or wrong kind)', () => {
  const table: Array<[CaseKind, ActionId, Role, StatusId]> = [
    ['application', 'accept', 'clerk', 'accepted'],
    ['application', 'approve', 'clerk', 'submitted'],
    // 容缺: no approval or forwarding until the missing material is in.
    ['application', 'approve', 'clerk', 'accepted-pending-material'],
    ['application', 'forward', 'clerk', 'accepted-pending-material'],
    // A case at the department is the reviewer's: the clerk cannot overrule it.
    ['application', 'approve', 'clerk', 'forwarded'],
    ['application', 'request-supplement', 'clerk', 'forwarded'],
    ['application', 'reject', 'clerk', 'forwarded'],
    ['application', 'approve', 'reviewer', 'accepted'],
    ['application', 'withdraw', 'resident', 'accepted'],
    ['application', 'withdraw', 'resident', 'forwarded'],
    ['application', 'approve', 'clerk', 'rejected'],
    ['application', 'resubmit-supplement', 'resident', 'accepted'],
    ['application', 'rate', 'resident', 'withdrawn'],
    ['application', 'rate', 'resident', 'accepted'],
    ['application', 'triage', 'clerk', 'submitted'],
    ['complaint', 'accept', 'clerk', 'submitted'],
    ['complaint', 'resolve', 'grid-worker', 'submitted'],
    ['complaint', 'forward', 'grid-worker', 'submitted'],
    ['complaint', 'reopen', 'resident', 'confirmed'],
    ['complaint', 'reopen', 'resident', 'in-progress'],
    ['complaint', 'confirm', 'resident', 'in-progress'],
    ['complaint', 'withdraw', 'resident', 'triaged'],
    ['complaint', 'reject', 'grid-worker', 'triaged'],
    ['complaint', 'merge', 'grid-worker', 'merged'],
    ['complaint', 'resolve', 'grid-worker', 'forwarded'],
    ['complaint', 'rate', 'resident', 'merged'],
  ]

  it.each(table)('%s: %s by %s from %s is an invalid transition', (kind, action, role, from) => {
    const r = run(kind, from, role, action)
    expect(r).toMatchObject({ ok: false, code: 'invalid-transition' })
    if (!r.ok) expect(r.message).toMatch(CHINESE)
  })

  it('refuses submit on an existing case (createCase opens cases)', () => {
    expect(run('application', 'submitted', 'resident', 'submit')).toMatchObject({
      ok: false,
      code: 'invalid-transition',
    })
  })

  it('refuses a case whose status does not belong to its kind', () => {
    const r = applyAction(caseIn('application', 'triaged'), 'add-note', { note: '备注' }, ctx('clerk'))
    expect(r).toMatchObject({ ok: false, code: 'invalid-transition' })
  })
})

describe('every row, every required field: leaving it out is missing-field with that field', () => {
  const cases: Array<[ActionId, CaseKind, Role, StatusId, InputField]> = []
  for (const row of TRANSITIONS) {
    if (row.action === 'submit') continue
    const kind: CaseKind = row.kind === 'both' ? 'complaint' : row.kind
    const from = row.from.find((s) => statusesOf(kind).some((d) => d.id === s))
    if (!from) continue
    for (const field of row.requires) cases.push([row.action, kind, row.roles[0], from, field])
  }

  it('covers the required fields named in the brief', () => {
    const covered = new Set(cases.map((c) => c[4]))
    for (const f of [
      'reason',
      'reasonCode',
      'supplementItems',
      'department',
      'promisedDate',
      'resultText',
      'note',
      'level',
      'targetCaseId',
      'missingMaterial',
      'rating',
    ]) {
      expect(covered).toContain(f)
    }
  })

  it.each(cases)('%s (%s, %s from %s) without %s', (action, kind, role, from, field) => {
    const input: ActionInput = { ...VALID_INPUT[action] }
    delete input[field as keyof ActionInput]
    const r = run(kind, from, role, action, input)
    expect(r).toMatchObject({ ok: false, code: 'missing-field', field })
    if (!r.ok) expect(r.message).toMatch(CHINESE)
  })

  it.each(cases)('%s (%s, %s from %s) with blank %s', (action, kind, role, from, field) => {
    const blank: Partial<Record<InputField, unknown>> = {
      reason: '   ',
      reasonCode: '',
      supplementItems: ['  ', ''],
      department: '',
      promisedDate: ' ',
      resultText: '\n',
      note: '  ',
      level: '',
      targetCaseId: ' ',
      missingMaterial: '　', // a full-width space is blank too
      rating: {},
    }
    const input = { ...VALID_INPUT[action], [field]: blank[field] } as ActionInput
    expect(run(kind, from, role, action, input)).toMatchObject({ ok: false, code: 'missing-field', field })
  })
})

describe('input values', () => {
  const reject = (input: ActionInput, kind: CaseKind = 'application') =>
    run(kind, 'submitted', kind === 'application' ? 'clerk' : 'grid-worker', 'reject', input)

  it('needs a rejection reason of at least 5 characters, counted as characters', () => {
    expect(reject({ reasonCode: 'other', reason: '材料不对' })).toMatchObject({
      ok: false,
      code: 'missing-field',
      field: 'reason',
    })
    expect(reject({ reasonCode: 'other', reason: '材料不对劲' }).ok).toBe(true)
    // 4 supplementary-plane characters are 8 UTF-16 units but still only 4 characters.
    expect(reject({ reasonCode: 'other', reason: '𠀀𠀁𠀂𠀃' })).toMatchObject({ ok: false, field: 'reason' })
  })

  it('stores the trimmed reason and the reason code', () => {
    const r = reject({ reasonCode: 'ineligible', reason: '  犬只未满三个月龄  ' })
    expect(r.ok && r.entry).toMatchObject({ reason: '犬只未满三个月龄', reasonCode: 'ineligible' })
  })

  it('takes reason codes from the list, and only those for the kind', () => {
    expect(reject({ reasonCode: 'because', reason: '不符合条件的申请' })).toMatchObject({
      ok: false,
      field: 'reasonCode',
    })
    // 材料不齐全 is an application reason, not a complaint one.
    expect(reject({ reasonCode: 'incomplete-materials', reason: '诉求材料不全啊' }, 'complaint')).toMatchObject({
      ok: false,
      field: 'reasonCode',
    })
    expect(reject({ reasonCode: 'out-of-jurisdiction', reason: '地点不在本社区' }, 'complaint').ok).toBe(true)
  })

  it('requires a promised date strictly after today in China time', () => {
    const late = '2026-01-05T23:30:00+08:00' // still 01-05 in Beijing, 15:30 UTC
    const accept = (promisedDate: string, at = NOW) =>
      applyAction(
        caseIn('application', 'submitted'),
        'accept-with-missing',
        { missingMaterial: '健康检查证明', promisedDate },
        ctx('clerk', at),
      )
    expect(accept('2026-01-05', late)).toMatchObject({ ok: false, field: 'promisedDate' })
    expect(accept('2026-01-04')).toMatchObject({ ok: false, field: 'promisedDate' })
    expect(accept('2026-02-30')).toMatchObject({ ok: false, field: 'promisedDate' })
    expect(accept('20260110')).toMatchObject({ ok: false, field: 'promisedDate' })
    expect(accept('2026-01-06', late).ok).toBe(true)
  })

  it('refuses an unknown department and an unknown 红黄蓝 level', () => {
    expect(
      run('complaint', 'triaged', 'grid-worker', 'forward', { department: 'fire-brigade', note: '请处理' }),
    ).toMatchObject({ ok: false, field: 'department' })
    expect(run('complaint', 'submitted', 'grid-worker', 'triage', { level: 'green' })).toMatchObject({
      ok: false,
      field: 'level',
    })
  })

  it('wants a result a resident can act on, not just 已处理', () => {
    expect(run('complaint', 'in-progress', 'grid-worker', 'resolve', { resultText: '已处理' })).toMatchObject({
      ok: false,
      field: 'resultText',
    })
  })

  it('does not merge a complaint into itself', () => {
    expect(run('complaint', 'submitted', 'grid-worker', 'merge', { targetCaseId: 'C-1' })).toMatchObject({
      ok: false,
      field: 'targetCaseId',
    })
  })

  it('validates the rating: a bad one needs a reason', () => {
    expect(run('complaint', 'confirmed', 'resident', 'rate', { rating: { level: 'very-dissatisfied' } })).toMatchObject(
      { ok: false, code: 'missing-field', field: 'rating' },
    )
    expect(run('complaint', 'confirmed', 'resident', 'rate', { rating: { level: 'excellent' } })).toMatchObject({
      ok: false,
      field: 'rating',
    })
    const ok = run('complaint', 'confirmed', 'resident', 'rate', {
      rating: { level: 'very-dissatisfied', reason: '问题根本没解决' },
    })
    expect(ok.ok && ok.state.rating).toEqual({ level: 'very-dissatisfied', reason: '问题根本没解决', at: NOW })
  })

  it('dedupes and trims supplement items', () => {
    const r = run('application', 'accepted', 'clerk', 'request-supplement', {
      supplementItems: [' dogPhotoHead ', 'dogPhotoHead', 'healthCheck'],
      reason: '头部照片不清晰',
    })
    expect(r.ok && r.entry.supplementItems).toEqual(['dogPhotoHead', 'healthCheck'])
  })
})

describe('history is append-only and versions count actions', () => {
  it('walks an application from submission to approval without touching earlier states', () => {
    const created = createCase({ id: 'A-1', kind: 'application' }, ctx('resident', '2026-01-05T09:00:00+08:00'))
    if (!created.ok) throw new Error(created.message)
    const s0 = deepFreeze(created.state)
    expect(s0).toMatchObject({ status: 'submitted', version: 1, submittedAt: '2026-01-05T09:00:00+08:00' })
    expect(s0.history).toEqual([expect.objectContaining({ action: 'submit', from: null, to: 'submitted' })])

    const steps: Array<[ActionId, string, Role, ActionInput]> = [
      ['accept', '2026-01-05T10:00:00+08:00', 'clerk', {}],
      ['forward', '2026-01-05T11:00:00+08:00', 'clerk', { department: 'police', note: '请审核犬只信息' }],
      [
        'approve',
        '2026-01-06T15:00:00+08:00',
        'reviewer',
        { resultText: '电子犬证已签发', departmentRef: 'GA-2026-0042' },
      ],
    ]
    const states: CaseCore[] = [s0]
    for (const [action, at, role, input] of steps) {
      const prev = states[states.length - 1]
      const prevHistory = prev.history
      const r = applyAction(prev, action, input, ctx(role, at))
      if (!r.ok) throw new Error(r.message)
      expect(r.state.history).not.toBe(prevHistory)
      expect(prev.history).toBe(prevHistory)
      expect(prev.history).toHaveLength(states.length)
      expect(r.state.history.slice(0, -1)).toEqual(prevHistory)
      expect(r.state.history[r.state.history.length - 1]).toBe(r.entry)
      expect(r.state.version).toBe(prev.version + 1)
      states.push(deepFreeze(r.state))
    }
    const last = states[states.length - 1]
    expect(last.history.map((e) => e.action)).toEqual(['submit', 'accept', 'forward', 'approve'])
    expect(last.history.map((e) => e.at)).toEqual([
      '2026-01-05T09:00:00+08:00',
      '2026-01-05T10:00:00+08:00',
      '2026-01-05T11:00:00+08:00',
      '2026-01-06T15:00:00+08:00',
    ])
    expect(states.map((s) => s.version)).toEqual([1, 2, 3, 4])
    expect(states.map((s) => s.status)).toEqual(['submitted', 'accepted', 'forwarded', 'approved'])
    expect(last).toMatchObject({
      department: 'police',
      departmentRef: 'GA-2026-0042',
      closedAt: '2026-01-06T15:00:00+08:00',
    })
    expect(last.history[3]).toMatchObject({
      actor: { id: 's-3', role: 'reviewer', name: '赵审核' },
      resultText: '电子犬证已签发',
    })
  })

  it('bumps the version for actions that change no status', () => {
    const r = run('application', 'accepted', 'clerk', 'add-note')
    expect(r.ok && [r.state.status, r.state.version]).toEqual(['accepted', 4])
  })

  it('keeps the extra fields of the backend type', () => {
    const base = { ...caseIn('application', 'submitted'), applicant: '张三', form: { dogName: '旺财' } }
    const r = applyAction(base, 'accept', {}, ctx('clerk'))
    expect(r.ok && r.state).toMatchObject({ applicant: '张三', form: { dogName: '旺财' }, status: 'accepted' })
  })
})

describe('createCase', () => {
  it.each<Role>(['resident', 'clerk', 'grid-worker'])('%s may file (帮办代办 included)', (role) => {
    const r = createCase({ id: 'X', kind: 'complaint' }, ctx(role))
    expect(r.ok && r.state).toMatchObject({ status: 'submitted', version: 1, kind: 'complaint' })
  })
  it.each<Role>(['reviewer', 'admin'])('%s may not file', (role) => {
    expect(createCase({ id: 'X', kind: 'application' }, ctx(role))).toMatchObject({ ok: false, code: 'forbidden' })
  })
})

describe('补正 and 容缺', () => {
  it('sends a resubmitted supplement back to whoever asked for it', () => {
    const asked = run('application', 'forwarded', 'reviewer', 'request-supplement')
    if (!asked.ok) throw new Error(asked.message)
    expect(asked.state.supplement).toEqual({
      items: ['vaccinationCertificate'],
      reason: '疫苗证明照片模糊',
      requestedAt: NOW,
      returnTo: 'forwarded',
    })
    const back = applyAction(asked.state, 'resubmit-supplement', {}, ctx('resident', '2026-01-07T09:00:00+08:00'))
    expect(back.ok && back.state.status).toBe('forwarded')
    expect(back.ok && 'supplement' in back.state).toBe(false)
  })

  it('goes back to submitted when 补正 was asked for before acceptance', () => {
    const asked = run('application', 'submitted', 'clerk', 'request-supplement')
    if (!asked.ok) throw new Error(asked.message)
    const back = applyAction(asked.state, 'resubmit-supplement', {}, ctx('resident'))
    expect(back.ok && back.state.status).toBe('submitted')
  })

  it('records the missing material and the promise, and clears them once supplied', () => {
    const r = run('application', 'submitted', 'clerk', 'accept-with-missing')
    if (!r.ok) throw new Error(r.message)
    expect(r.state.missingMaterial).toEqual({ material: '健康检查证明', promisedDate: '2026-01-20' })
    expect(r.entry).toMatchObject({ missingMaterial: '健康检查证明', promisedDate: '2026-01-20' })
    const done = applyAction(r.state, 'supply-missing-material', {}, ctx('resident'))
    expect(done.ok && done.state.status).toBe('accepted')
    expect(done.ok && done.state.missingMaterial).toBeUndefined()
  })
})

describe('complaint fields', () => {
  it('triage sets the level and the triage time (the SLA start)', () => {
    const r = run('complaint', 'submitted', 'grid-worker', 'triage', { level: 'red' })
    expect(r.ok && r.state).toMatchObject({ level: 'red', triagedAt: NOW })
    expect(r.ok && r.entry.level).toBe('red')
  })

  it('resolve stamps resolvedAt but does not close; confirm closes as done', () => {
    const r = run('complaint', 'in-progress', 'grid-worker', 'resolve')
    if (!r.ok) throw new Error(r.message)
    expect(r.state.resolvedAt).toBe(NOW)
    expect(r.state.closedAt).toBeUndefined()
    const c = applyAction(r.state, 'confirm', {}, ctx('resident', '2026-01-06T09:00:00+08:00'))
    expect(c.ok && c.state.closedAt).toBe('2026-01-06T09:00:00+08:00')
  })

  it('merge records the target', () => {
    const r = run('complaint', 'submitted', 'admin', 'merge', { targetCaseId: 'C-9' })
    expect(r.ok && r.state).toMatchObject({ status: 'merged', mergedInto: 'C-9' })
  })
})

describe('reopen within 7 calendar days of 办结', () => {
  const resolved = caseIn('complaint', 'resolved', { resolvedAt: '2026-03-02T10:00:00+08:00' })
  const reopen = (at: string, input: ActionInput = { reason: '路灯还是不亮' }) =>
    applyAction(resolved, 'reopen', input, ctx('resident', at))

  it('names the last day', () => {
    expect(reopenDeadline('2026-03-02T10:00:00+08:00')).toBe('2026-03-09')
    expect(reopenDeadline('2026-03-02T23:30:00+08:00')).toBe('2026-03-09')
  })

  it('allows it up to the end of the 7th day', () => {
    const r = reopen('2026-03-09T23:59:00+08:00')
    expect(r.ok && r.state).toMatchObject({ status: 'reopened', version: 4 })
    expect(r.ok && r.state.resolvedAt).toBeUndefined()
  })

  it('refuses it on the 8th day as expired, even before a reason is given', () => {
    expect(reopen('2026-03-10T00:00:00+08:00')).toMatchObject({ ok: false, code: 'expired' })
    // 16:30 UTC on 03-09 is already 00:30 on 03-10 in Beijing.
    expect(reopen('2026-03-09T16:30:00Z')).toMatchObject({ ok: false, code: 'expired' })
    const r = reopen('2026-03-20T10:00:00+08:00', {})
    expect(r).toMatchObject({ ok: false, code: 'expired' })
    if (!r.ok) expect(r.message).toContain('新的诉求')
  })

  it('falls back to the resolve entry when resolvedAt is not on the case', () => {
    const bare = caseIn('complaint', 'resolved', {
      history: [
        ...caseIn('complaint', 'resolved').history,
        {
          at: '2026-03-02T10:00:00+08:00',
          actor: { id: 's-2', role: 'grid-worker', name: '王网格' },
          action: 'resolve',
          from: 'in-progress',
          to: 'resolved',
          visibility: 'public',
          resultText: '已修复路灯',
        },
      ],
    })
    const r = applyAction(bare, 'reopen', { reason: '又坏了' }, ctx('resident', '2026-03-11T09:00:00+08:00'))
    expect(r).toMatchObject({ ok: false, code: 'expired' })
  })

  it('auto-confirms only after the window, and never shows it as a button', () => {
    expect(applyAction(resolved, 'auto-confirm', {}, ctx('admin', '2026-03-09T20:00:00+08:00'))).toMatchObject({
      ok: false,
      code: 'invalid-transition',
    })
    const r = applyAction(resolved, 'auto-confirm', {}, ctx('admin', '2026-03-10T00:05:00+08:00'))
    expect(r.ok && r.state.status).toBe('confirmed')
    expect(allowedActions(resolved, 'admin', '2026-03-12T00:00:00+08:00').map((t) => t.action)).not.toContain(
      'auto-confirm',
    )
  })

  it('drops reopen from the buttons once the window has passed', () => {
    const now = allowedActions(resolved, 'resident', '2026-03-05T10:00:00+08:00').map((t) => t.action)
    const later = allowedActions(resolved, 'resident', '2026-03-10T10:00:00+08:00').map((t) => t.action)
    expect(now).toEqual(expect.arrayContaining(['reopen', 'confirm']))
    expect(later).toContain('confirm')
    expect(later).not.toContain('reopen')
  })
})

describe('好差评 and 回访 on the case', () => {
  it('takes one rating per case', () => {
    const r = run('application', 'approved', 'resident', 'rate')
    if (!r.ok) throw new Error(r.message)
    expect(allowedActions(r.state, 'resident').map((t) => t.action)).not.toContain('rate')
    expect(applyAction(r.state, 'rate', VALID_INPUT.rate, ctx('resident'))).toMatchObject({
      ok: false,
      code: 'invalid-transition',
    })
  })

  it('follows up only a bad rating, once', () => {
    const rated = (level: string, reason?: string) => {
      const r = run('complaint', 'confirmed', 'resident', 'rate', { rating: { level, reason } })
      if (!r.ok) throw new Error(r.message)
      return r.state
    }
    expect(applyAction(rated('basically-satisfied'), 'follow-up', { note: '回访' }, ctx('clerk'))).toMatchObject({
      ok: false,
      code: 'invalid-transition',
    })
    expect(applyAction(caseIn('complaint', 'confirmed'), 'follow-up', { note: '回访' }, ctx('clerk'))).toMatchObject({
      ok: false,
      code: 'invalid-transition',
    })
    const bad = rated('dissatisfied', '处理得太慢了')
    const f = applyAction(bad, 'follow-up', { note: '已致电说明原因' }, ctx('clerk', '2026-01-07T10:00:00+08:00'))
    if (!f.ok) throw new Error(f.message)
    expect(f.state.status).toBe('confirmed')
    expect(f.state.followUp).toEqual({ at: '2026-01-07T10:00:00+08:00', actorId: 's-1', note: '已致电说明原因' })
    expect(applyAction(f.state, 'follow-up', { note: '再次回访' }, ctx('clerk'))).toMatchObject({
      ok: false,
      code: 'invalid-transition',
    })
  })
})

describe('visibility', () => {
  it('keeps a 转派 public but its instructions to the department staff-only', () => {
    const r = run('complaint', 'triaged', 'grid-worker', 'forward', {
      department: 'urban-management',
      note: '请尽快派人',
    })
    if (!r.ok) throw new Error(r.message)
    expect(r.entry).toMatchObject({ visibility: 'public', internalNote: '请尽快派人', department: 'urban-management' })
    expect(r.entry.note).toBeUndefined()
    const resident = visibleHistory(r.state.history, 'resident')
    expect(resident.map((e) => e.action)).toEqual(['submit', 'forward'])
    expect(resident[1]).not.toHaveProperty('internalNote')
    expect(visibleHistory(r.state.history, 'staff')[1].internalNote).toBe('请尽快派人')
    // The stored entry is untouched by the resident view.
    expect(r.state.history[1].internalNote).toBe('请尽快派人')
  })

  it('makes staff notes internal by default and residents’ notes always public', () => {
    const staff = run('complaint', 'in-progress', 'grid-worker', 'add-note', { note: '居民情绪激动' })
    const open = run('complaint', 'in-progress', 'grid-worker', 'add-note', { note: '明天上门', visibility: 'public' })
    const resident = run('complaint', 'in-progress', 'resident', 'add-note', {
      note: '补充照片',
      visibility: 'internal',
    })
    expect(staff.ok && staff.entry.visibility).toBe('internal')
    expect(open.ok && open.entry.visibility).toBe('public')
    expect(resident.ok && resident.entry.visibility).toBe('public')
    if (staff.ok) expect(visibleHistory(staff.state.history, 'resident').map((e) => e.action)).toEqual(['submit'])
  })
})

describe('allowedActions', () => {
  const names = (c: CaseCore, role: Role, at?: string) =>
    allowedActions(c, role, at)
      .map((t) => t.action)
      .sort()

  it('lists the buttons for typical screens', () => {
    expect(names(caseIn('application', 'submitted'), 'resident')).toEqual(['add-note', 'withdraw'])
    expect(names(caseIn('application', 'submitted'), 'clerk')).toEqual(
      ['accept', 'accept-with-missing', 'add-note', 'reject', 'request-supplement'].sort(),
    )
    expect(names(caseIn('application', 'forwarded'), 'reviewer')).toEqual(
      ['add-note', 'approve', 'reject', 'request-supplement', 'return-from-department'].sort(),
    )
    expect(names(caseIn('application', 'forwarded'), 'clerk')).toEqual(['add-note'])
    expect(names(caseIn('complaint', 'submitted'), 'grid-worker')).toEqual(['add-note', 'merge', 'reject', 'triage'])
  })

  it('labels 不予受理 before acceptance and 驳回 after it', () => {
    const label = (status: StatusId) =>
      allowedActions(caseIn('application', status), 'clerk').find((t) => t.action === 'reject')?.label
    expect(label('submitted')).toBe('不予受理')
    expect(label('accepted')).toBe('驳回')
  })

  // The sweep: what is listed is exactly what applyAction accepts, for every kind × status × role × action.
  it('agrees with applyAction everywhere', () => {
    let checked = 0
    for (const kind of KINDS) {
      for (const { id: status } of statusesOf(kind)) {
        for (const role of ROLES) {
          for (const action of ACTIONS) {
            if (action === 'submit' || action === 'auto-confirm' || action === 'grant-by-rule' || action === 'city-update') continue
            const { state, at } = prepare(action, caseIn(kind, status))
            const listed = allowedActions(state, role, at).some((t) => t.action === action)
            const r = applyAction(state, action, VALID_INPUT[action], ctx(role, at))
            if (listed !== r.ok) {
              throw new Error(`${kind}/${status}/${role}/${action}: listed=${listed} ok=${r.ok}`)
            }
            checked++
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(800)
  })
})
