/**
 * One generic action sheet: the inputs come FROM the transition's `requires`/`optional` data in
 * src/domain/cases/transitions, never from one screen per action. Client validation mirrors the
 * state machine (the server checks again and answers 400 with the same words).
 */
import {
  FIELD_LABELS,
  MIN_REJECTION_REASON_LENGTH,
  MIN_RESULT_TEXT_LENGTH,
  findTransition,
  rejectionReasonsFor,
  transitionRows,
  type ActionId,
  type InputField,
  type TransitionDef,
} from '@/domain/cases/transitions'
import { TRIAGE_LEVELS } from '@/domain/complaints/triage'
import { DEPARTMENTS } from '@/domain/org/departments'
import type { CaseKind, StatusId } from '@/domain/cases/statuses'
import type { Role } from '@/domain/org/departments'

export type ActionInputKind = 'text' | 'textarea' | 'choice' | 'multi' | 'date'

export interface ActionInputDef {
  field: InputField | 'visibility'
  label: string
  kind: ActionInputKind
  required: boolean
  options?: Array<{ value: string; label: string }>
  help?: string
}

export interface FormItemOption {
  value: string
  label: string
}

/** Actions a worker takes from the case page (system and resident-only rows never show). */
export function transitionFor(kind: CaseKind, status: string, role: Role, action: string): TransitionDef | undefined {
  return (
    findTransition(kind, status as StatusId, role, action as ActionId) ?? transitionRows(action as ActionId, kind)[0]
  )
}

export function actionLabel(kind: CaseKind, status: string, role: Role, action: string): string {
  return transitionFor(kind, status, role, action)?.label ?? action
}

/** The inputs an action needs, in order; `supplementOptions` are the matter's fields and materials. */
export function actionInputs(
  def: TransitionDef,
  kind: CaseKind,
  supplementOptions: FormItemOption[] = [],
): ActionInputDef[] {
  const fields: Array<[InputField, boolean]> = [
    ...def.requires.map((f) => [f, true] as [InputField, boolean]),
    ...(def.optional ?? []).filter((f) => !def.requires.includes(f)).map((f) => [f, false] as [InputField, boolean]),
  ]
  const out: ActionInputDef[] = fields.map(([field, required]) =>
    inputFor(field, required, kind, def, supplementOptions),
  )
  if (def.action === 'add-note') {
    out.push({
      field: 'visibility',
      label: '谁能看到',
      kind: 'choice',
      required: true,
      options: [
        { value: 'internal', label: '内部（仅工作人员）' },
        { value: 'public', label: '公开（居民可见）' },
      ],
    })
  }
  return out
}

function inputFor(
  field: InputField,
  required: boolean,
  kind: CaseKind,
  def: TransitionDef,
  supplementOptions: FormItemOption[],
): ActionInputDef {
  const base = { field, label: FIELD_LABELS[field], required }
  switch (field) {
    case 'reasonCode':
      return {
        ...base,
        kind: 'choice',
        options: rejectionReasonsFor(kind).map((r) => ({ value: r.code, label: r.label })),
      }
    case 'level':
      return { ...base, kind: 'choice', options: TRIAGE_LEVELS.map((l) => ({ value: l.id, label: l.label })) }
    case 'department':
      return {
        ...base,
        kind: 'choice',
        options: DEPARTMENTS.filter((d) => d.id !== 'community').map((d) => ({ value: d.id, label: d.name })),
      }
    case 'supplementItems':
      return { ...base, kind: 'multi', options: supplementOptions, help: '勾选需要居民重新填写或上传的具体内容' }
    case 'promisedDate':
      return { ...base, kind: 'date', help: '格式：2026-12-01' }
    case 'reason':
      return {
        ...base,
        kind: 'textarea',
        help: def.minReasonLength ? `至少${def.minReasonLength}个字，写清楚居民下一步怎么办` : undefined,
      }
    case 'resultText':
      return {
        ...base,
        kind: 'textarea',
        help: required ? `至少${MIN_RESULT_TEXT_LENGTH}个字，写清楚做了什么` : undefined,
      }
    case 'note':
      return { ...base, kind: 'textarea', help: def.internalNote ? '内部说明，仅工作人员可见' : undefined }
    case 'missingMaterial':
      return { ...base, kind: 'text' }
    default:
      return { ...base, kind: 'text' }
  }
}

export type ActionValues = Record<string, string | string[]>

const len = (s: string) => [...s.trim()].length

/** Chinese message per field; empty object = can submit. */
export function validateActionInput(
  def: TransitionDef,
  inputs: ActionInputDef[],
  values: ActionValues,
  today: string,
): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const i of inputs) {
    const v = values[i.field]
    const empty = v === undefined || (Array.isArray(v) ? v.length === 0 : v.trim() === '')
    if (empty) {
      if (i.required)
        errors[i.field] =
          i.kind === 'multi'
            ? `请至少选择一项${i.label}`
            : i.kind === 'choice'
              ? `请选择${i.label}`
              : `请填写${i.label}`
      continue
    }
    if (typeof v !== 'string') continue
    if (i.field === 'reason' && def.minReasonLength && len(v) < def.minReasonLength)
      errors.reason = `${i.label}至少${def.minReasonLength}个字`
    if (i.field === 'resultText' && i.required && len(v) < MIN_RESULT_TEXT_LENGTH)
      errors.resultText = `${i.label}至少${MIN_RESULT_TEXT_LENGTH}个字`
    if (i.field === 'promisedDate') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v.trim())) errors.promisedDate = '日期格式应为 2026-12-01'
      else if (v.trim() < today) errors.promisedDate = '承诺日期不能早于今天'
    }
  }
  return errors
}

/** Form values → the action's `input` body. */
export function toActionBody(inputs: ActionInputDef[], values: ActionValues): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const i of inputs) {
    const v = values[i.field]
    if (v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0)) continue
    body[i.field] = typeof v === 'string' ? v.trim() : v
  }
  return body
}

export { MIN_REJECTION_REASON_LENGTH }
