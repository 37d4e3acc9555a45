/**
 * The shape of a matter (事项): its 办事指南 for everyone, and — when it can be applied for
 * online — a declarative form definition that one engine renders, validates and reviews.
 * Everything here is plain data so the app and the (fake) backend read the same definitions.
 */
import type { ProfilePath } from '@/domain/identity/profile'
import type { DepartmentId } from '@/domain/org/departments'
import type { MatterId, ThemeId } from './matter-index'

/** 容缺: a non-key material may be supplied later. 承诺制: a signed pledge replaces the proof. */
export type Tolerance = '容缺' | '承诺制'

export type DeliveryMethod = '电子证照' | '社区领取' | '邮寄' | '现场办结' | '部门窗口领取' | '短信通知' | '银行卡发放'

/** online: apply in the app; appointment: book a visit (or a slot); guide: read and go to the window. */
export type MatterMode = 'online' | 'appointment' | 'guide'

export interface GuideMaterial {
  name: string
  note?: string
  required: boolean
  tolerance?: Tolerance
}

export interface ServiceWindow {
  address: string
  hours: string
  phone: string
}

export interface MatterGuide {
  whoMayApply: string[]
  conditions: string[]
  materials: GuideMaterial[]
  /** promised time limit in working days; 0 = 即办 (done on the spot) */
  timeLimitDays: number
  /** statutory time limit in working days, when one exists, to show the compression */
  statutoryDays?: number
  /** 免费, or the rule in plain words */
  fee: string
  delivery: DeliveryMethod[]
  departmentId: DepartmentId
  mode: MatterMode
  /** 0 = 不见面 (never come in), 1 = 见一次面 (come in once) */
  visits: 0 | 1
  window?: ServiceWindow
  legalBasis: string[]
  keywords: string[]
}

export interface Matter {
  id: MatterId
  name: string
  theme: ThemeId
  /** one plain sentence: what the resident gets */
  summary: string
  guide: MatterGuide
  form?: FormDefinition
  certificate?: 'dog-licence' | 'proof-document' | null
  /** 一件事一次办: matters that can be submitted together with this one */
  bundle?: MatterId[]
}

// ---------- form definitions ----------

/** Business rules run on submit (by the app before sending and by the backend on receipt). */
export type RuleId = 'dog-registration' | 'dog-annual-review' | 'dog-owned'

export type FieldType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'picker'
  | 'address'
  | 'id-number'
  | 'phone'
  | 'name'
  | 'household-member'
  | 'dog-picker'
  | 'switch'

export type Primitive = string | number | boolean
export type FieldValue = Primitive | string[] | null | undefined
export type FormValues = Record<string, FieldValue>

export interface FieldOption {
  value: string
  label: string
}

/** Validation as data, so the backend and the app share it (regex kept as source text). */
export type ValidatorSpec =
  | { kind: 'min-length'; value: number; message?: string }
  | { kind: 'max-length'; value: number; message?: string }
  /** a name that is not an ID-card name (a dog's name): plain text, no emoji/invisible characters */
  | { kind: 'plain-name'; max: number }
  | { kind: 'date-not-future'; message?: string }
  | { kind: 'date-not-past'; message?: string }
  | { kind: 'date-within-months'; value: number; message?: string }
  | { kind: 'date-max-days-ahead'; value: number; message?: string }
  | { kind: 'number-range'; min: number; max: number; message?: string }
  | { kind: 'pattern'; regex: string; message: string }
  | { kind: 'min-items'; value: number; message?: string }
  /** on a date of birth: at least this many full years old today */
  | { kind: 'age-at-least'; value: number; message?: string }

export type VisibleWhen =
  { field: string; equals: Primitive } | { field: string; in: Primitive[] } | { field: string; notEquals: Primitive }

export interface FieldAutofill {
  from: ProfilePath
  /** government-sourced facts (name, ID number) are locked; contact details stay editable */
  locked: boolean
  /** shown under the field, e.g. 公安人口库 */
  source: string
}

export interface FieldDef {
  key: string
  label: string
  type: FieldType
  required: boolean
  options?: FieldOption[]
  /** household-member: several people may be picked */
  multiple?: boolean
  autofill?: FieldAutofill
  validate?: ValidatorSpec[]
  visibleWhen?: VisibleWhen
  placeholder?: string
  /** plain-words help under the field */
  help?: string
  unit?: string
  /** true when the resident types on a keyboard (pickers, dates, switches don't count) */
  typed: boolean
}

export type MaterialKind = 'photo' | 'pdf' | 'photo-or-pdf'

export interface MaterialSlot {
  key: string
  label: string
  kind: MaterialKind
  min: number
  max: number
  required: boolean
  tolerance?: Tolerance
  help: string
  /** shown (and checked) only when another field has a given value, like fields */
  visibleWhen?: VisibleWhen
}

export interface FormDefinition {
  version: number
  fields: FieldDef[]
  materials: MaterialSlot[]
  /** 承诺书 the resident reads and confirms before submitting */
  pledge?: { title: string; text: string }
  rules?: RuleId[]
}

/** One uploaded file as the form engine sees it (the upload itself is the platform's job). */
export interface UploadedFile {
  id: string
  kind: 'photo' | 'pdf'
}

export type MaterialUploads = Record<string, ReadonlyArray<UploadedFile> | undefined>
