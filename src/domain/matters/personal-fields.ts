/**
 * Which form fields hold someone's ID number or phone number — anyone's: the applicant's, a
 * relative's (亲属关系证明), an emergency contact's (老年助餐), a dog's new keeper's. Decided by
 * the field's type, the same types the engine validates as ID numbers and phones, so a new form
 * needs no list of names. Such values are never written to plain storage: drafts keep them in
 * memory only (src/stores/drafts-store.ts), and the outbox does not store them
 * (src/stores/outbox-store.ts).
 */
import { validateIdNumber } from '@/domain/identity/id-number'
import { validatePhone } from '@/domain/identity/phone'
import type { FieldDef, FormDefinition } from './types'

export function holdsPersonalNumber(field: Pick<FieldDef, 'type'>): boolean {
  return field.type === 'id-number' || field.type === 'phone'
}

/** The keys of a form's fields that hold an ID number or a phone. */
export function personalNumberKeys(def: FormDefinition): Set<string> {
  return new Set(def.fields.filter(holdsPersonalNumber).map((f) => f.key))
}

/**
 * `values` without the ID numbers and phones, ready for plain storage. Without the form
 * definition (an unknown or retired matter) nothing can be told apart, so nothing is kept.
 */
export function withoutPersonalNumbers<V>(def: FormDefinition | undefined, values: Record<string, V>): Record<string, V> {
  if (!def) return {}
  const personal = personalNumberKeys(def)
  return Object.fromEntries(Object.entries(values).filter(([k]) => !personal.has(k)))
}

/**
 * A value that is itself a whole mainland ID number or mobile number, whatever field it sits
 * in: the last line of defence when a store is handed values without their form (drafts
 * written before the field types were consulted).
 */
export function looksLikePersonalNumber(v: unknown): boolean {
  if (typeof v !== 'string') return false
  return validatePhone(v).ok || validateIdNumber(v).ok
}
