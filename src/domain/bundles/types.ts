/**
 * 一件事一次办: a bundle composes several matters into one guided application. Plain data:
 * the app draws the bundle's form with the one form renderer, the backend validates it with
 * the same engine (checkSubmission) and fans it out into one case per part.
 */
import type { MatterId } from '@/domain/matters/matter-index'
import type { FormDefinition, VisibleWhen } from '@/domain/matters/types'

export interface BundlePart {
  matterId: MatterId
  /** the bundle form's field keys this part's case receives (shared ones go to several parts) */
  fields: readonly string[]
  /** the bundle form's material slots this part's case receives */
  materials: readonly string[]
  /** an optional part: only when the resident chose it (same shape as a field's visibleWhen) */
  when?: VisibleWhen
}

export interface BundleDef {
  id: string
  name: string
  /** one plain sentence: what the resident gets */
  summary: string
  /** who it is for, in plain words (shown before the form) */
  whoFor: string
  form: FormDefinition
  parts: readonly BundlePart[]
  /** a fee summary for the whole bundle, when any part costs money */
  fees?: 'dog'
}

export interface FeeLine {
  label: string
  /** yuan; negative = a subsidy that reduces what the resident pays */
  amount: number
}
