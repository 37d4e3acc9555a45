/**
 * The case state machine, shared by the app (which buttons to show) and the backend (what to
 * accept). Pure: no clock, no I/O; the caller passes the actor and the time.
 *
 * Every applied action appends one history entry (a new array; the old state is untouched) and
 * bumps `version`, which the backend uses for optimistic concurrency. Checks run in this order:
 * action known for the kind → role → from-status → guards (time windows, once-only) → inputs, so a
 * resident is told "expired" before being asked to type a reason that could never be used.
 *
 * Not checked here (the backend knows, this module does not): that a resident acts on their own
 * case, that supplementItems name real form fields, that the target of a merge exists.
 */
import { DEPARTMENTS, ROLE_LABELS, type DepartmentId, type Role } from '@/domain/org/departments'
import { isTriageLevelId, type TriageLevelId } from '@/domain/complaints/triage'
import { validateRating, needsFollowUp, type RatingLevelId } from '@/domain/rating/rating'
import { addDays, chinaDateOf, isIsoDate, toEpochMs } from '@/domain/time/china-time'
import { isStatusOf, statusDef, type CaseKind, type StatusId } from './statuses'
import {
  FIELD_LABELS,
  MIN_RESULT_TEXT_LENGTH,
  REOPEN_WINDOW_DAYS,
  rejectionReasonsFor,
  transitionRows,
  transitionsFrom,
  type ActionId,
  type InputField,
  type RejectionReasonCode,
  type TransitionDef,
} from './transitions'

export interface Actor {
  id: string
  role: Role
  name: string
}

export interface ActionContext {
  actor: Actor
  /** ISO datetime, China time (+08:00) in practice. */
  at: string
}

export type Visibility = 'public' | 'internal'

export interface HistoryEntry {
  at: string
  actor: Actor
  action: ActionId
  /** null only for the creating `submit`. */
  from: StatusId | null
  to: StatusId
  /** internal entries are shown to staff only. */
  visibility: Visibility
  reason?: string
  reasonCode?: RejectionReasonCode
  /** Shown to whoever may see the entry. */
  note?: string
  /** Staff-only note inside a public entry (e.g. the instructions sent with a 转派). */
  internalNote?: string
  resultText?: string
  supplementItems?: string[]
  department?: DepartmentId
  departmentRef?: string
  level?: TriageLevelId
  missingMaterial?: string
  promisedDate?: string
  targetCaseId?: string
  rating?: { level: RatingLevelId; reason?: string }
}

/** The fields the state machine reads and writes; the backend extends it (applicant, form data…). */
export interface CaseCore {
  id: string
  kind: CaseKind
  status: StatusId
  version: number
  submittedAt: string
  history: readonly HistoryEntry[]
  /** 红黄蓝, complaints only, set by triage. */
  level?: TriageLevelId
  triagedAt?: string
  /** Last department it was forwarded to. */
  department?: DepartmentId
  /** The department's own reference number, kept once given. */
  departmentRef?: string
  /** Open 补正 request; returnTo is where resubmission sends the case back to. */
  supplement?: { items: string[]; reason: string; requestedAt: string; returnTo: StatusId }
  /** 容缺受理: the material still owed and the date promised. */
  missingMaterial?: { material: string; promisedDate: string }
  resolvedAt?: string
  /** When the case entered a done/closed status. */
  closedAt?: string
  mergedInto?: string
  rating?: { level: RatingLevelId; reason?: string; at: string }
  followUp?: { at: string; actorId: string; note: string }
}

export interface ActionInput {
  reason?: string
  reasonCode?: string
  supplementItems?: readonly string[]
  department?: string
  promisedDate?: string
  resultText?: string
  note?: string
  level?: string
  targetCaseId?: string
  missingMaterial?: string
  rating?: { level?: string; reason?: string }
  /** add-note by staff only; residents' notes are always public. */
  visibility?: Visibility
  departmentRef?: string
}

export type ActionErrorCode = 'forbidden' | 'invalid-transition' | 'missing-field' | 'expired'

export interface ActionFailure {
  ok: false
  code: ActionErrorCode
  /** Chinese, shown to the user as is. */
  message: string
  field?: InputField
}

export interface ActionSuccess<T extends CaseCore> {
  ok: true
  state: T
  entry: HistoryEntry
}

export type ActionResult<T extends CaseCore> = ActionSuccess<T> | ActionFailure

const fail = (code: ActionErrorCode, message: string, field?: InputField): ActionFailure =>
  field ? { ok: false, code, message, field } : { ok: false, code, message }

const codePoints = (s: string): number => [...s].length

/** Last day (China-time date, inclusive) on which a complaint resolved at `resolvedAt` may be reopened. */
export function reopenDeadline(resolvedAt: string): string {
  return addDays(chinaDateOf(resolvedAt), REOPEN_WINDOW_DAYS)
}

function resolvedAtOf(state: CaseCore): string | undefined {
  if (state.resolvedAt) return state.resolvedAt
  for (let i = state.history.length - 1; i >= 0; i--) {
    if (state.history[i].to === 'resolved') return state.history[i].at
  }
  return undefined
}

/**
 * Rules beyond (role, from-status). `at` is undefined when listing actions without a clock:
 * then time windows are not judged.
 */
function guard(row: TransitionDef, state: CaseCore, at?: string): ActionFailure | null {
  switch (row.action) {
    case 'reopen':
    case 'auto-confirm': {
      const resolvedAt = resolvedAtOf(state)
      if (at === undefined || resolvedAt === undefined) return null
      const deadline = reopenDeadline(resolvedAt)
      const withinWindow = chinaDateOf(at) <= deadline
      if (row.action === 'reopen' && !withinWindow) {
        return fail(
          'expired',
          `办结已超过${REOPEN_WINDOW_DAYS}天（${deadline}前可重新打开），如问题仍在，请提交新的诉求`,
        )
      }
      if (row.action === 'auto-confirm' && withinWindow) {
        return fail('invalid-transition', `居民确认期至${deadline}，期满后才能自动确认`)
      }
      return null
    }
    case 'rate':
      return state.rating ? fail('invalid-transition', '每件只能评价一次，您已评价过') : null
    case 'follow-up':
      if (!state.rating || !needsFollowUp(state.rating.level)) {
        return fail('invalid-transition', '只有不满意、非常不满意的评价需要回访')
      }
      return state.followUp ? fail('invalid-transition', '该评价已回访') : null
    default:
      return null
  }
}

type Fields = Omit<Partial<HistoryEntry>, 'at' | 'actor' | 'action' | 'from' | 'to' | 'visibility'>

function trimmed(v: unknown): string {
  return typeof v === 'string' ? v.trim() : ''
}

/** Validates one field; returns the value to record, or a failure. */
function readField(
  field: InputField,
  input: ActionInput,
  row: TransitionDef,
  state: CaseCore,
  at: string,
): ActionFailure | Fields {
  const label = FIELD_LABELS[field]
  const missing = (message = `请填写${label}`) => fail('missing-field', message, field)
  switch (field) {
    case 'reason': {
      const v = trimmed(input.reason)
      const min = row.minReasonLength ?? 1
      if (v === '') return missing()
      if (codePoints(v) < min) return missing(`${label}请至少写${min}个字`)
      return { reason: v }
    }
    case 'reasonCode': {
      const code = input.reasonCode
      const known = rejectionReasonsFor(state.kind).find((r) => r.code === code)
      return known ? { reasonCode: known.code } : missing(`请选择${label}`)
    }
    case 'supplementItems': {
      const items = Array.isArray(input.supplementItems)
        ? Array.from(new Set(input.supplementItems.map(trimmed).filter((s) => s !== '')))
        : []
      return items.length > 0 ? { supplementItems: items } : missing(`请选择${label}`)
    }
    case 'department': {
      const dep = DEPARTMENTS.find((d) => d.id === input.department)
      return dep ? { department: dep.id } : missing(`请选择${label}`)
    }
    case 'promisedDate': {
      const v = trimmed(input.promisedDate)
      if (v === '') return missing()
      if (!isIsoDate(v)) return missing(`${label}不是有效日期`)
      if (v <= chinaDateOf(at)) return missing(`${label}须晚于今天`)
      return { promisedDate: v }
    }
    case 'resultText': {
      const v = trimmed(input.resultText)
      if (v === '') return missing()
      if (codePoints(v) < MIN_RESULT_TEXT_LENGTH) {
        return missing(`${label}请至少写${MIN_RESULT_TEXT_LENGTH}个字，说明怎么处理的`)
      }
      return { resultText: v }
    }
    case 'note': {
      const v = trimmed(input.note)
      return v === '' ? missing() : { note: v }
    }
    case 'level':
      return isTriageLevelId(input.level) ? { level: input.level } : missing(`请选择${label}`)
    case 'targetCaseId': {
      const v = trimmed(input.targetCaseId)
      if (v === '') return missing(`请选择${label}`)
      if (v === state.id) return missing('不能合并到本诉求自身')
      return { targetCaseId: v }
    }
    case 'missingMaterial': {
      const v = trimmed(input.missingMaterial)
      return v === '' ? missing() : { missingMaterial: v }
    }
    case 'rating': {
      const r = input.rating ?? {}
      const check = validateRating(r)
      if (!check.valid) return missing(check.errors.level ?? check.errors.reason)
      const reason = trimmed(r.reason)
      const level = r.level as RatingLevelId
      return { rating: reason === '' ? { level } : { level, reason } }
    }
  }
}

function isFailure(v: ActionFailure | Fields): v is ActionFailure {
  return (v as ActionFailure).ok === false
}

function readInputs(row: TransitionDef, input: ActionInput, state: CaseCore, at: string): ActionFailure | Fields {
  let fields: Fields = {}
  for (const f of row.requires) {
    const r = readField(f, input, row, state, at)
    if (isFailure(r)) return r
    fields = { ...fields, ...r }
  }
  // Optional fields: recorded when given, validated like required ones when given.
  const optional = new Set<InputField>([...(row.optional ?? []), 'note'])
  for (const f of optional) {
    if (row.requires.includes(f)) continue
    const given = input[f as keyof ActionInput]
    if (given === undefined || (typeof given === 'string' && given.trim() === '')) continue
    const r = readField(f, input, row, state, at)
    if (isFailure(r)) return r
    fields = { ...fields, ...r }
  }
  const ref = trimmed(input.departmentRef)
  if (ref !== '') fields = { ...fields, departmentRef: ref }
  return fields
}

function assertContext(ctx: ActionContext): void {
  if (!(ctx.actor.role in ROLE_LABELS)) throw new RangeError(`unknown role ${ctx.actor.role}`)
  if (Number.isNaN(toEpochMs(ctx.at))) throw new RangeError(`invalid ctx.at ${ctx.at}`)
}

function actionLabel(action: ActionId, kind: CaseKind): string {
  return transitionRows(action, kind)[0]?.label ?? action
}

/** Open a case: the `submit` transition. Drafts live on the client; this is the first server state. */
export function createCase(
  init: { id: string; kind: CaseKind; note?: string },
  ctx: ActionContext,
): ActionResult<CaseCore> {
  assertContext(ctx)
  const row = transitionRows('submit', init.kind).find((t) => t.roles.includes(ctx.actor.role))
  if (!row) return fail('forbidden', `${ROLE_LABELS[ctx.actor.role]}不能提交`)
  const to = row.to as StatusId
  const note = trimmed(init.note)
  const entry: HistoryEntry = {
    at: ctx.at,
    actor: { ...ctx.actor },
    action: 'submit',
    from: null,
    to,
    visibility: 'public',
    ...(note !== '' ? { note } : {}),
  }
  const state: CaseCore = {
    id: init.id,
    kind: init.kind,
    status: to,
    version: 1,
    submittedAt: ctx.at,
    history: [entry],
  }
  return { ok: true, state, entry }
}

/** Apply `action` to a case. Pure: returns a new state (old one untouched) or a failure. */
export function applyAction<T extends CaseCore>(
  state: T,
  action: ActionId,
  input: ActionInput,
  ctx: ActionContext,
): ActionResult<T> {
  assertContext(ctx)
  const { actor, at } = ctx
  if (!isStatusOf(state.kind, state.status)) {
    return fail('invalid-transition', `案件状态无效：${state.status}`)
  }
  const rows = transitionRows(action, state.kind)
  if (rows.length === 0) return fail('invalid-transition', '该操作不适用于此类案件')
  if (action === 'submit') return fail('invalid-transition', '该案件已提交')
  const label = actionLabel(action, state.kind)
  const roleRows = rows.filter((t) => t.roles.includes(actor.role))
  if (roleRows.length === 0) {
    return fail('forbidden', `${ROLE_LABELS[actor.role]}无权执行“${label}”`)
  }
  const row = roleRows.find((t) => t.from.includes(state.status))
  if (!row) {
    const current = statusDef(state.kind, state.status)?.label ?? state.status
    return fail('invalid-transition', `当前状态为“${current}”，不能执行“${label}”`)
  }
  const blocked = guard(row, state, at)
  if (blocked) return blocked
  const fields = readInputs(row, input, state, at)
  if (isFailure(fields)) return fields

  const from = state.status
  let to: StatusId
  if (row.to === 'same') to = from
  else if (row.to === 'previous') {
    const back = state.supplement?.returnTo
    to = back && isStatusOf(state.kind, back) ? back : 'submitted'
  } else to = row.to

  // Residents' notes are public; staff notes default to internal. Status changes are public:
  // every case gets an answer (件件有回复), with its reasons.
  let visibility: Visibility = 'public'
  if (action === 'add-note' && actor.role !== 'resident') {
    visibility = input.visibility === 'public' ? 'public' : 'internal'
  }

  const { note, ...rest } = fields
  const entry: HistoryEntry = {
    at,
    actor: { ...actor },
    action,
    from,
    to,
    visibility,
    ...rest,
    ...(note === undefined ? {} : row.internalNote ? { internalNote: note } : { note }),
  }

  const next: T = { ...state, status: to, version: state.version + 1, history: [...state.history, entry] }
  applyEffects(next, row, fields, from, to, ctx)
  return { ok: true, state: next, entry }
}

/** Case fields each action sets or clears. `next` is a fresh copy, so writing to it is safe. */
function applyEffects(
  next: CaseCore,
  row: TransitionDef,
  fields: Fields,
  from: StatusId,
  to: StatusId,
  ctx: ActionContext,
): void {
  const { at, actor } = ctx
  switch (row.action) {
    case 'request-supplement':
      next.supplement = {
        items: fields.supplementItems ?? [],
        reason: fields.reason ?? '',
        requestedAt: at,
        returnTo: from,
      }
      break
    case 'resubmit-supplement':
      delete next.supplement
      break
    case 'accept-with-missing':
      next.missingMaterial = {
        material: fields.missingMaterial ?? '',
        promisedDate: fields.promisedDate ?? '',
      }
      break
    case 'supply-missing-material':
      delete next.missingMaterial
      break
    case 'forward':
      next.department = fields.department
      break
    case 'triage':
      // Re-grading a reopened complaint restarts its 红黄蓝 clock from now.
      next.level = fields.level
      next.triagedAt = at
      break
    case 'resolve':
      next.resolvedAt = at
      break
    case 'reopen':
      delete next.resolvedAt
      break
    case 'merge':
      next.mergedInto = fields.targetCaseId
      break
    case 'rate':
      if (fields.rating) next.rating = { ...fields.rating, at }
      break
    case 'follow-up':
      next.followUp = { at, actorId: actor.id, note: fields.note ?? '' }
      break
    default:
      break
  }
  if (fields.departmentRef) next.departmentRef = fields.departmentRef
  const bucket = statusDef(next.kind, to)?.bucket
  if (to !== from && (bucket === 'done' || bucket === 'closed')) next.closedAt = at
}

/**
 * What `role` may do now, for rendering buttons (label, required inputs). Timer-driven actions
 * are left out. Pass `at` to also judge time windows (the 7-day reopen).
 */
export function allowedActions(state: CaseCore, role: Role, at?: string): TransitionDef[] {
  if (!isStatusOf(state.kind, state.status)) return []
  return transitionsFrom(state.kind, state.status, role).filter(
    (t) => !t.system && t.action !== 'submit' && guard(t, state, at) === null,
  )
}

/**
 * History as `audience` may see it: residents get public entries only, without staff-only notes.
 * Returns new objects; the stored history is not touched.
 */
export function visibleHistory(history: readonly HistoryEntry[], audience: 'resident' | 'staff'): HistoryEntry[] {
  if (audience === 'staff') return history.map((e) => ({ ...e }))
  return history.filter((e) => e.visibility === 'public').map(({ internalNote: _hidden, ...e }) => e)
}
