/**
 * The form engine's pure half: which fields show, what a value is worth, what the resident
 * still has to type, and what the review page says. The React renderer and the backend both
 * call these, so a form behaves the same on the phone and on the server.
 */
import { maskIdNumber, validateIdNumber } from '@/domain/identity/id-number'
import { validateChineseName } from '@/domain/identity/name'
import { validatePlainName, visibleLength } from '@/domain/identity/plain-name'
import { maskPhone, validatePhone } from '@/domain/identity/phone'
import { formatAddress, type ResidentProfile } from '@/domain/identity/profile'
import { addDays, addMonths, formatDateCn, isIsoDate } from '@/domain/time/china-time'
import type {
  FieldDef,
  FieldOption,
  FieldValue,
  FormDefinition,
  FormValues,
  MaterialSlot,
  MaterialUploads,
  Primitive,
  ValidatorSpec,
  VisibleWhen,
} from './types'

export interface FormContext {
  /** YYYY-MM-DD, the server's date in China */
  today: string
  /** the verified resident; enables checks against their household, dogs and locked facts */
  profile?: ResidentProfile | null
}

/** Value key under which the resident's confirmation of the 承诺书 travels. */
export const PLEDGE_KEY = 'pledgeAccepted'

export function isEmpty(v: FieldValue): boolean {
  if (v === undefined || v === null) return true
  if (typeof v === 'string') return v.trim() === ''
  if (Array.isArray(v)) return v.length === 0
  return false
}

function matches(cond: VisibleWhen, v: FieldValue): boolean {
  if ('equals' in cond) return v === cond.equals
  if ('in' in cond) return cond.in.includes(v as Primitive)
  return v !== cond.notEquals
}

/** A field shows when its condition holds and the field it depends on shows too. */
function conditionHolds(
  def: FormDefinition,
  cond: VisibleWhen | undefined,
  values: FormValues,
  seen: Set<string>,
): boolean {
  if (!cond) return true
  if (seen.has(cond.field)) return false // a cycle in the definition: hide rather than loop
  const ctrl = def.fields.find((f) => f.key === cond.field)
  if (ctrl && !conditionHolds(def, ctrl.visibleWhen, values, new Set([...seen, cond.field]))) return false
  return matches(cond, values[cond.field])
}

export function isFieldVisible(def: FormDefinition, field: FieldDef, values: FormValues): boolean {
  return conditionHolds(def, field.visibleWhen, values, new Set([field.key]))
}

export function visibleFields(def: FormDefinition, values: FormValues): FieldDef[] {
  return def.fields.filter((f) => isFieldVisible(def, f, values))
}

export function visibleMaterials(def: FormDefinition, values: FormValues): MaterialSlot[] {
  return def.materials.filter((m) => conditionHolds(def, m.visibleWhen, values, new Set()))
}

/** Choices for pickers, including those that come from the resident's record. */
export function fieldOptions(field: FieldDef, profile?: ResidentProfile | null): FieldOption[] {
  if (field.type === 'household-member') {
    return (profile?.householdMembers ?? []).map((m) => ({ value: m.residentId, label: `${m.name}（${m.relation}）` }))
  }
  if (field.type === 'dog-picker') {
    return (profile?.dogs ?? [])
      .filter((d) => d.status !== 'cancelled')
      .map((d) => ({ value: d.licenceNo, label: `${d.name}（${d.breed}，犬证号 ${d.licenceNo}）` }))
  }
  return field.options ?? []
}

const PICK_TYPES = new Set(['picker', 'date', 'household-member', 'dog-picker', 'switch'])

function requiredMessage(field: FieldDef): string {
  return PICK_TYPES.has(field.type) ? `请选择${field.label}` : `请填写${field.label}`
}

function toNumber(v: FieldValue): number {
  if (typeof v === 'number') return v
  if (typeof v === 'string' && v.trim() !== '') return Number(v.trim())
  return Number.NaN
}

/** Lengths are characters as a person sees them (the same count the name rule uses). */
const codePoints = (s: string) => visibleLength(s.trim())

function runValidator(spec: ValidatorSpec, field: FieldDef, v: FieldValue, ctx: FormContext): string | null {
  const label = field.label
  switch (spec.kind) {
    case 'min-length':
      return typeof v === 'string' && codePoints(v) < spec.value
        ? (spec.message ?? `${label}至少填写 ${spec.value} 个字`)
        : null
    case 'max-length':
      return typeof v === 'string' && codePoints(v) > spec.value
        ? (spec.message ?? `${label}最多填写 ${spec.value} 个字，现在是 ${codePoints(v)} 个字`)
        : null
    case 'plain-name': {
      if (typeof v !== 'string') return `请填写${label}`
      const r = validatePlainName(v, { label, max: spec.max })
      return r.ok ? null : r.reason
    }
    case 'date-not-future':
      return isIsoDate(v) && v > ctx.today ? (spec.message ?? `${label}不能晚于今天`) : null
    case 'date-not-past':
      return isIsoDate(v) && v < ctx.today ? (spec.message ?? `${label}不能早于今天`) : null
    case 'date-within-months':
      return isIsoDate(v) && addMonths(v, spec.value) < ctx.today
        ? (spec.message ?? `${label}应在最近 ${spec.value} 个月以内`)
        : null
    case 'date-max-days-ahead':
      return isIsoDate(v) && v > addDays(ctx.today, spec.value)
        ? (spec.message ?? `${label}最多只能选今天起 ${spec.value} 天以内的日期`)
        : null
    case 'number-range': {
      const n = toNumber(v)
      const unit = field.unit ?? ''
      return Number.isFinite(n) && (n < spec.min || n > spec.max)
        ? (spec.message ?? `${label}应在 ${spec.min}${unit} 到 ${spec.max}${unit} 之间`)
        : null
    }
    case 'pattern':
      return typeof v === 'string' && !new RegExp(spec.regex).test(v.trim()) ? spec.message : null
    case 'age-at-least':
      return isIsoDate(v) && addMonths(v, 12 * spec.value) > ctx.today
        ? (spec.message ?? `需年满 ${spec.value} 周岁才能办理`)
        : null
    case 'min-items':
      return Array.isArray(v) && v.length < spec.value ? (spec.message ?? `${label}至少选择 ${spec.value} 项`) : null
  }
}

/** Checks the value's type (and the identity rules for ID, phone, name); null when fine. */
function checkType(field: FieldDef, v: FieldValue, ctx: FormContext): string | null {
  const label = field.label
  switch (field.type) {
    case 'text':
    case 'textarea':
      return typeof v === 'string' ? null : `请填写${label}`
    case 'address':
      if (typeof v !== 'string') return `请填写${label}`
      return codePoints(v) < 6 ? `请把${label}写完整（小区或街道、门牌号、楼栋、房号）` : null
    case 'number':
      return Number.isFinite(toNumber(v)) ? null : `${label}请填写数字`
    case 'date':
      return isIsoDate(v) ? null : `请选择${label}`
    case 'switch':
      return typeof v === 'boolean' ? null : `请选择${label}`
    case 'picker': {
      const opts = field.options
      if (typeof v !== 'string') return `请选择${label}`
      return opts && !opts.some((o) => o.value === v) ? `请从列表中选择${label}` : null
    }
    case 'id-number': {
      const r = validateIdNumber(String(v), { today: ctx.today })
      return r.ok ? null : r.reason
    }
    case 'phone': {
      const r = validatePhone(String(v))
      return r.ok ? null : r.reason
    }
    case 'name': {
      const r = validateChineseName(String(v))
      return r.ok ? null : r.reason
    }
    case 'household-member': {
      const ids = Array.isArray(v) ? v : typeof v === 'string' ? [v] : null
      if (!ids) return `请选择${label}`
      if (!field.multiple && ids.length > 1) return `${label}只能选择一位`
      const members = ctx.profile?.householdMembers
      if (members && ids.some((id) => !members.some((m) => m.residentId === id))) {
        return `请从您家的户籍成员中选择${label}`
      }
      return null
    }
    case 'dog-picker': {
      if (typeof v !== 'string') return `请选择${label}`
      const dogs = ctx.profile?.dogs
      if (dogs && !dogs.some((d) => d.licenceNo === v && d.status !== 'cancelled')) {
        return '没有找到这只犬的有效登记记录，请从列表中选择'
      }
      return null
    }
  }
}

/** The message shown next to one field, or null. Hidden fields are never in error. */
export function validateField(
  def: FormDefinition,
  field: FieldDef,
  values: FormValues,
  ctx: FormContext,
): string | null {
  if (!isFieldVisible(def, field, values)) return null
  const v = values[field.key]
  if (isEmpty(v)) return field.required ? requiredMessage(field) : null
  const typeErr = checkType(field, v, ctx)
  if (typeErr) return typeErr
  for (const spec of field.validate ?? []) {
    const msg = runValidator(spec, field, v, ctx)
    if (msg) return msg
  }
  return null
}

/** Visible, non-empty values only (hidden fields are not submitted); IDs and phones normalised. */
export function submittableValues(def: FormDefinition, values: FormValues, ctx?: FormContext): FormValues {
  const out: FormValues = {}
  for (const f of visibleFields(def, values)) {
    const v = values[f.key]
    if (isEmpty(v)) continue
    if (f.type === 'id-number') {
      const r = validateIdNumber(String(v), ctx ? { today: ctx.today } : undefined)
      out[f.key] = r.ok ? r.value.normalized : v
    } else if (f.type === 'phone') {
      const r = validatePhone(String(v))
      out[f.key] = r.ok ? r.value : v
    } else if (f.type === 'number') {
      out[f.key] = toNumber(v)
    } else {
      out[f.key] = typeof v === 'string' ? v.trim() : v
    }
  }
  if (def.pledge && values[PLEDGE_KEY] === true) out[PLEDGE_KEY] = true
  return out
}

export interface FormValidation {
  ok: boolean
  fieldErrors: Record<string, string>
  materialErrors: Record<string, string>
  /** 容缺: missing non-key materials accepted now, to be supplied later */
  deferredMaterials: string[]
  /** 承诺制: missing proofs replaced by the confirmed pledge */
  pledgedMaterials: string[]
  /** what gets submitted */
  values: FormValues
}

function checkMaterial(slot: MaterialSlot, files: ReadonlyArray<{ kind: 'photo' | 'pdf' }>): string | null {
  if (files.length > slot.max) return `${slot.label}最多上传 ${slot.max} 个文件`
  if (slot.kind === 'photo' && files.some((f) => f.kind !== 'photo')) return `${slot.label}请上传照片`
  if (slot.kind === 'pdf' && files.some((f) => f.kind !== 'pdf')) return `${slot.label}请上传 PDF 文件`
  if (files.length > 0 && files.length < slot.min) return `${slot.label}至少需要上传 ${slot.min} 个文件`
  return null
}

export function validateForm(
  def: FormDefinition,
  values: FormValues,
  materials: MaterialUploads,
  ctx: FormContext,
): FormValidation {
  const fieldErrors: Record<string, string> = {}
  const materialErrors: Record<string, string> = {}
  const deferredMaterials: string[] = []
  const pledgedMaterials: string[] = []
  const pledged = !!def.pledge && values[PLEDGE_KEY] === true

  for (const f of visibleFields(def, values)) {
    const msg = validateField(def, f, values, ctx) ?? lockedChanged(f, values[f.key], ctx.profile)
    if (msg) fieldErrors[f.key] = msg
  }

  for (const slot of visibleMaterials(def, values)) {
    const files = materials[slot.key] ?? []
    const msg = checkMaterial(slot, files)
    if (msg) materialErrors[slot.key] = msg
    else if (files.length === 0 && slot.required) {
      if (slot.tolerance === '容缺') deferredMaterials.push(slot.key)
      else if (slot.tolerance === '承诺制' && pledged) pledgedMaterials.push(slot.key)
      else materialErrors[slot.key] = `请上传${slot.label}`
    }
  }

  if (def.pledge && !pledged) {
    fieldErrors[PLEDGE_KEY] = `请阅读《${def.pledge.title}》，并勾选“我已阅读并承诺遵守”`
  }

  const ok = Object.keys(fieldErrors).length === 0 && Object.keys(materialErrors).length === 0
  return {
    ok,
    fieldErrors,
    materialErrors,
    deferredMaterials,
    pledgedMaterials,
    values: submittableValues(def, values, ctx),
  }
}

// ---------- autofill ----------

export interface AutofillResult {
  values: FormValues
  sources: Record<string, { source: string; locked: boolean }>
  /** bound fields the record lacks: left empty and editable */
  missing: string[]
  /** the note to show under each missing field */
  notes: Record<string, string>
}

/** What a bound profile path contributes to a field (empty string / [] when the record lacks it). */
function profileValue(field: FieldDef, profile: ResidentProfile): FieldValue {
  const from = field.autofill?.from
  switch (from) {
    case undefined:
      return undefined
    case 'hukouAddress':
    case 'residenceAddress':
      return formatAddress(profile[from])
    case 'householdMembers':
      // a multi-select starts with the whole household ticked; a single pick starts empty
      return field.multiple ? profile.householdMembers.map((m) => m.residentId) : undefined
    default:
      return profile[from] ?? undefined
  }
}

export function autofillValues(def: FormDefinition, profile: ResidentProfile): AutofillResult {
  const values: FormValues = {}
  const sources: AutofillResult['sources'] = {}
  const missing: string[] = []
  const notes: Record<string, string> = {}
  for (const f of def.fields) {
    if (!f.autofill) continue
    if (f.autofill.from === 'householdMembers' && !f.multiple && profile.householdMembers.length > 0) {
      continue // a single pick: the household is offered as choices, nothing is pre-picked
    }
    const v = profileValue(f, profile)
    if (isEmpty(v)) {
      missing.push(f.key)
      notes[f.key] = `${f.autofill.source}中没有您的${f.label}，请您自己填写`
      continue
    }
    values[f.key] = v
    sources[f.key] = { source: f.autofill.source, locked: f.autofill.locked }
  }
  return { values, sources, missing, notes }
}

/** A locked government fact may not be edited on the way: the record wins. */
function lockedChanged(f: FieldDef, v: FieldValue, profile: ResidentProfile | null | undefined): string | null {
  if (!profile || !f.autofill?.locked) return null
  const expected = profileValue(f, profile)
  if (isEmpty(expected) || isEmpty(v)) return null
  const same =
    f.type === 'id-number'
      ? String(v).trim().toUpperCase() === String(expected).toUpperCase()
      : JSON.stringify(v) === JSON.stringify(expected)
  return same ? null : `${f.label}来自${f.autofill.source}，不能修改；如有错误，请到户籍窗口更正`
}

/** Keyboard-typed fields the resident still has to fill (visible ones, given current values). */
export function typedFieldCount(
  def: FormDefinition,
  autofilledKeys: Iterable<string>,
  values: FormValues = {},
): number {
  const filled = new Set(autofilledKeys)
  return visibleFields(def, values).filter((f) => f.typed && !filled.has(f.key)).length
}

// ---------- review ----------

export interface ReviewLine {
  key: string
  label: string
  value: string
}

function displayValue(f: FieldDef, v: FieldValue, profile?: ResidentProfile | null): string {
  switch (f.type) {
    case 'picker':
      return f.options?.find((o) => o.value === v)?.label ?? String(v)
    case 'switch':
      return v === true ? '是' : '否'
    case 'date':
      return formatDateCn(String(v))
    case 'number':
      return f.unit ? `${v} ${f.unit}` : String(v)
    case 'id-number':
      return maskIdNumber(String(v).trim().toUpperCase())
    case 'phone':
      return maskPhone(String(v))
    case 'household-member': {
      const ids = Array.isArray(v) ? v : [String(v)]
      const members = profile?.householdMembers ?? []
      return ids
        .map((id) => {
          const m = members.find((x) => x.residentId === id)
          return m ? `${m.name}（${m.relation}）` : '家庭成员'
        })
        .join('、')
    }
    case 'dog-picker': {
      const dog = profile?.dogs.find((d) => d.licenceNo === v)
      return dog ? `${dog.name}（犬证号 ${dog.licenceNo}）` : `犬证号 ${String(v)}`
    }
    default:
      return String(v).trim()
  }
}

/** Label/value lines for the review page: visible, filled fields; ID numbers and phones masked. */
export function reviewSummary(
  def: FormDefinition,
  values: FormValues,
  ctx?: { profile?: ResidentProfile | null },
): ReviewLine[] {
  return visibleFields(def, values)
    .filter((f) => !isEmpty(values[f.key]))
    .map((f) => ({ key: f.key, label: f.label, value: displayValue(f, values[f.key], ctx?.profile) }))
}
