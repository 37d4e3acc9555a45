/**
 * Business rules as data: a FormDefinition lists RuleIds, and this registry maps them to the
 * pure functions. The app runs them before submitting; the backend runs the very same ones.
 */
import type { DogRecord } from '@/domain/identity/profile'
import {
  checkAnnualReview,
  checkDogRegistration,
  checkVaccinationDate,
  DOG_FIELDS,
  type DogRuleContext,
  type RuleResult,
} from './dog-rules'
import { submittableValues, validateForm, type FormContext, type FormValidation } from './engine'
import type { FieldValue, FormDefinition, FormValues, MaterialUploads, RuleId } from './types'
import type { MatterId } from './matter-index'

export type RuleContext = DogRuleContext

export type Rule = (values: FormValues, ctx: RuleContext) => RuleResult

const str = (v: FieldValue): string => (typeof v === 'string' ? v.trim() : '')
const num = (v: FieldValue): number => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN)

function result(
  fieldErrors: Record<string, string>,
  formErrors: string[] = [],
  suggested: MatterId[] = [],
): RuleResult {
  return {
    ok: Object.keys(fieldErrors).length === 0 && formErrors.length === 0,
    fieldErrors,
    formErrors,
    ...(suggested.length ? { suggestedMatters: suggested } : {}),
  }
}

/** The picked dog, when it is registered to this household and not cancelled. */
function pickedDog(values: FormValues, ctx: RuleContext): DogRecord | RuleResult {
  const licenceNo = str(values[DOG_FIELDS.dog])
  const dog = ctx.householdDogs.find((d) => d.licenceNo === licenceNo)
  if (!dog) return result({ [DOG_FIELDS.dog]: '没有找到这只犬在您家的登记记录，请从列表中选择' })
  if (dog.status === 'cancelled') return result({ [DOG_FIELDS.dog]: `犬只“${dog.name}”已注销，不能再办理此事项` })
  return dog
}

const isResult = (x: DogRecord | RuleResult): x is RuleResult => 'fieldErrors' in x

export const RULES: Record<RuleId, Rule> = {
  'dog-registration': (values, ctx) =>
    checkDogRegistration(
      {
        breed: str(values[DOG_FIELDS.breed]),
        breedOther: str(values[DOG_FIELDS.breedOther]),
        birthDate: str(values[DOG_FIELDS.birthDate]),
        shoulderHeightCm: num(values[DOG_FIELDS.shoulderHeightCm]),
        neutered: values[DOG_FIELDS.neutered] === true,
        assistanceDog: values[DOG_FIELDS.assistanceDog] === true,
        vaccinationDate: str(values[DOG_FIELDS.vaccinationDate]),
      },
      ctx,
    ),

  'dog-annual-review': (values, ctx) => {
    const dog = pickedDog(values, ctx)
    if (isResult(dog)) return dog
    const window = checkAnnualReview(dog, ctx.today)
    const fieldErrors: Record<string, string> = {}
    if (!window.ok) fieldErrors[DOG_FIELDS.dog] = window.reason
    const vacc = checkVaccinationDate(str(values[DOG_FIELDS.vaccinationDate]), ctx.today)
    if (vacc) fieldErrors[DOG_FIELDS.vaccinationDate] = vacc
    return result(fieldErrors, [], window.ok ? [] : (window.suggestedMatters ?? []))
  },

  'dog-owned': (values, ctx) => {
    const dog = pickedDog(values, ctx)
    return isResult(dog) ? dog : result({})
  },
}

/** Runs the definition's rules on the values that would be submitted; errors merged. */
export function runRules(def: FormDefinition, values: FormValues, ctx: RuleContext): RuleResult {
  const submitted = submittableValues(def, values)
  const fieldErrors: Record<string, string> = {}
  const formErrors: string[] = []
  const suggested: MatterId[] = []
  for (const id of def.rules ?? []) {
    const r = RULES[id](submitted, ctx)
    for (const [k, msg] of Object.entries(r.fieldErrors)) fieldErrors[k] ??= msg
    formErrors.push(...r.formErrors)
    for (const m of r.suggestedMatters ?? []) if (!suggested.includes(m)) suggested.push(m)
  }
  return result(fieldErrors, formErrors, suggested)
}

export interface SubmissionCheck extends FormValidation {
  formErrors: string[]
  suggestedMatters: MatterId[]
}

/**
 * Everything a submission must pass: the form, then the business rules. Rules only speak
 * where the form found nothing wrong with a field, so each field shows one message.
 */
export function checkSubmission(
  def: FormDefinition,
  values: FormValues,
  materials: MaterialUploads,
  ctx: FormContext & RuleContext,
): SubmissionCheck {
  const form = validateForm(def, values, materials, ctx)
  const rules = runRules(def, values, ctx)
  const fieldErrors = { ...form.fieldErrors }
  for (const [k, msg] of Object.entries(rules.fieldErrors)) {
    fieldErrors[k] ??= msg
  }
  const ok = form.ok && rules.ok
  return { ...form, ok, fieldErrors, formErrors: rules.formErrors, suggestedMatters: rules.suggestedMatters ?? [] }
}
