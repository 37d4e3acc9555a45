/**
 * Wire schemas for a matter's 办事指南 and form definition (GET /v1/matters/{id}, a bundle's
 * form). The shapes are the domain's (src/domain/matters/types.ts); the `Schema<MatterGuide>`
 * annotations make the compiler hold each schema to its type, so the app reads validated
 * values instead of casting. Lists of allowed words are written as records over the domain's
 * unions, so a word added to a union must be added here too.
 */
import type { ProfilePath } from '@/domain/identity/profile'
import type { DeliveryMethod, FieldType, FormDefinition, MaterialKind, MatterGuide, MatterMode, RuleId } from '@/domain/matters/types'
import { DEPARTMENTS } from '@/domain/org/departments'
import { s, type Schema } from './schema'

const wordsOf = <K extends string>(words: Record<K, true>) => Object.keys(words) as K[]

const DELIVERY = wordsOf<DeliveryMethod>({ 电子证照: true, 社区领取: true, 邮寄: true, 现场办结: true, 部门窗口领取: true, 短信通知: true, 银行卡发放: true })
const MODES = wordsOf<MatterMode>({ online: true, appointment: true, guide: true })
const TOLERANCE = s.enum(['容缺', '承诺制'] as const)
const FIELD_TYPES = wordsOf<FieldType>({
  text: true,
  textarea: true,
  number: true,
  date: true,
  picker: true,
  address: true,
  'id-number': true,
  phone: true,
  name: true,
  'household-member': true,
  'dog-picker': true,
  switch: true,
})
const PROFILE_PATHS = wordsOf<ProfilePath>({
  name: true,
  idNumber: true,
  gender: true,
  birthDate: true,
  ethnicity: true,
  phone: true,
  hukouAddress: true,
  residenceAddress: true,
  residentSince: true,
  householdMembers: true,
})
const MATERIAL_KINDS = wordsOf<MaterialKind>({ photo: true, pdf: true, 'photo-or-pdf': true })
const RULES = wordsOf<RuleId>({ 'dog-registration': true, 'dog-annual-review': true, 'dog-owned': true })

const texts = () => s.array(s.string())
const optText = () => s.optional(s.string())
const primitive = s.union(s.string(), s.union(s.number(), s.boolean()))

export const MatterGuideSchema: Schema<MatterGuide> = s.object({
  whoMayApply: texts(),
  conditions: texts(),
  materials: s.array(s.object({ name: s.string(), note: optText(), required: s.boolean(), tolerance: s.optional(TOLERANCE) })),
  timeLimitDays: s.number(),
  statutoryDays: s.optional(s.number()),
  fee: s.string(),
  delivery: s.array(s.enum(DELIVERY)),
  departmentId: s.enum(DEPARTMENTS.map((d) => d.id)),
  mode: s.enum(MODES),
  visits: s.union(s.literal(0), s.literal(1)),
  window: s.optional(s.object({ address: s.string(), hours: s.string(), phone: s.string() })),
  legalBasis: texts(),
  keywords: texts(),
})

const message = optText
const ValidatorSchema = s.tagged('kind', {
  'min-length': s.object({ value: s.number(), message: message() }),
  'max-length': s.object({ value: s.number(), message: message() }),
  'plain-name': s.object({ max: s.number() }),
  'date-not-future': s.object({ message: message() }),
  'date-not-past': s.object({ message: message() }),
  'date-within-months': s.object({ value: s.number(), message: message() }),
  'date-max-days-ahead': s.object({ value: s.number(), message: message() }),
  'number-range': s.object({ min: s.number(), max: s.number(), message: message() }),
  pattern: s.object({ regex: s.string(), message: s.string() }),
  'min-items': s.object({ value: s.number(), message: message() }),
  'age-at-least': s.object({ value: s.number(), message: message() }),
})

const VisibleWhenSchema = s.union(
  s.object({ field: s.string(), equals: primitive }),
  s.union(s.object({ field: s.string(), in: s.array(primitive) }), s.object({ field: s.string(), notEquals: primitive })),
)

const FieldSchema = s.object({
  key: s.string(),
  label: s.string(),
  type: s.enum(FIELD_TYPES),
  required: s.boolean(),
  options: s.optional(s.array(s.object({ value: s.string(), label: s.string() }))),
  multiple: s.optional(s.boolean()),
  autofill: s.optional(s.object({ from: s.enum(PROFILE_PATHS), locked: s.boolean(), source: s.string() })),
  validate: s.optional(s.array(ValidatorSchema)),
  visibleWhen: s.optional(VisibleWhenSchema),
  placeholder: optText(),
  help: optText(),
  unit: optText(),
  typed: s.boolean(),
})

const MaterialSlotSchema = s.object({
  key: s.string(),
  label: s.string(),
  kind: s.enum(MATERIAL_KINDS),
  min: s.number(),
  max: s.number(),
  required: s.boolean(),
  tolerance: s.optional(TOLERANCE),
  help: s.string(),
  visibleWhen: s.optional(VisibleWhenSchema),
})

export const FormDefinitionSchema: Schema<FormDefinition> = s.object({
  version: s.number(),
  fields: s.array(FieldSchema),
  materials: s.array(MaterialSlotSchema),
  pledge: s.optional(s.object({ title: s.string(), text: s.string() })),
  rules: s.optional(s.array(s.enum(RULES))),
})
