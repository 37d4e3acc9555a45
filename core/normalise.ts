/**
 * Personal data is normalised when it is written, so masking can rely on one spelling:
 * phones as 11 digits (`+86 139-0818-2345` → `13908182345`), ID numbers as 18 characters with
 * an upper-case X (spaces removed). Form values also get sanity limits the form definitions
 * leave open (dates between 1900 and two years ahead, text lengths by field type).
 */
import { validateIdNumber } from '@/domain/identity/id-number'
import { validatePhone } from '@/domain/identity/phone'
import type { FieldDef, FormDefinition, FormValues } from '@/domain/matters/types'
import { fail } from './http'

/** `+86 139-0818-2345` → `13908182345`; anything that is not a mobile number is returned as given. */
export function normalisePhone(v: string): string {
  const r = validatePhone(v)
  return r.ok ? r.value : v
}

/** ` 511702 19430312 022x ` → `51170219430312022X`; anything else is returned as given (trimmed). */
export function normaliseIdNumber(v: string): string {
  const compact = v.replace(/[\s\-‐‑–—－]+/g, '').replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)).toUpperCase().replace(/Ｘ/g, 'X')
  const r = validateIdNumber(compact)
  return r.ok ? r.value.normalized : compact
}

const TEXT_MAX: Partial<Record<FieldDef['type'], number>> = { text: 200, textarea: 1000, address: 200, name: 50, 'id-number': 40, phone: 30 }

/** Normalises phones and ID numbers by field type and refuses out-of-range dates and over-long text (400). */
export function normaliseValues(form: FormDefinition, values: FormValues, today?: string): FormValues {
  const out: FormValues = { ...values }
  const errors: Record<string, string> = {}
  const maxDate = today ? `${Number(today.slice(0, 4)) + 2}${today.slice(4)}` : '2100-01-01'
  for (const f of form.fields) {
    if (!Object.prototype.hasOwnProperty.call(out, f.key)) continue
    const v = out[f.key]
    if (typeof v !== 'string') continue
    const max = TEXT_MAX[f.type]
    if (max && [...v].length > max) errors[f.key] = `${f.label}不能超过 ${max} 个字`
    else if (f.type === 'phone') out[f.key] = normalisePhone(v)
    else if (f.type === 'id-number') out[f.key] = normaliseIdNumber(v)
    else if (f.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v) && (v < '1900-01-01' || v > maxDate)) {
      errors[f.key] = `${f.label}不在合理范围内`
    }
  }
  if (Object.keys(errors).length) fail('validation', Object.values(errors)[0], { fieldErrors: errors })
  return out
}
