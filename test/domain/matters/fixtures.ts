/** Shared test data: a verified resident of 西外社区 and helpers to exercise form definitions. */
import { idNumberCheckChar } from '@/domain/identity/id-number'
import type { DogRecord, ResidentProfile } from '@/domain/identity/profile'
import { validateField, visibleFields, type FormContext } from '@/domain/matters/engine'
import type { FormDefinition, FormValues, MaterialUploads } from '@/domain/matters/types'

export const TODAY = '2025-06-16'

export function idNumber(first17: string): string {
  return first17 + idNumberCheckChar(first17)
}

export const OWNER_ID = idNumber('51170219800315123') // 1980-03-15, male
export const SPOUSE_ID = idNumber('51170219820820124') // female
export const CHILD_ID = idNumber('51170220100105131')

export const DOG_WANGCAI: DogRecord = {
  licenceNo: 'DZ-TC-2024-00123',
  name: '旺财',
  breed: '泰迪',
  validUntil: '2025-07-01',
  status: 'valid',
}

export function profile(overrides: Partial<ResidentProfile> = {}): ResidentProfile {
  return {
    residentId: 'r-001',
    name: '张建国',
    idNumber: OWNER_ID,
    gender: 'male',
    birthDate: '1980-03-15',
    ethnicity: '汉族',
    phone: '13812345678',
    hukouAddress: { region: '四川省达州市通川区', community: '朝阳街道西外社区', detail: '凤凰大道88号3栋2单元501' },
    residenceAddress: {
      region: '四川省达州市通川区',
      community: '朝阳街道西外社区',
      detail: '凤凰大道88号3栋2单元501',
    },
    residentSince: '2012-05-01',
    householdId: 'h-001',
    householdMembers: [
      { residentId: 'r-001', name: '张建国', idNumber: OWNER_ID, relation: '本人', birthDate: '1980-03-15' },
      { residentId: 'r-002', name: '李秀英', idNumber: SPOUSE_ID, relation: '配偶', birthDate: '1982-08-20' },
      { residentId: 'r-003', name: '张小雨', idNumber: CHILD_ID, relation: '子女', birthDate: '2010-01-05' },
    ],
    dogs: [],
    gridId: 'g-07',
    ...overrides,
  }
}

export const ctx = (p: ResidentProfile | null = profile()): FormContext => ({ today: TODAY, profile: p })

export const photo = (id = 'p1') => ({ id, kind: 'photo' as const })
export const pdf = (id = 'd1') => ({ id, kind: 'pdf' as const })

/** One photo in every required, visible slot. */
export function requiredUploads(def: FormDefinition): MaterialUploads {
  const out: MaterialUploads = {}
  for (const m of def.materials) if (m.required) out[m.key] = [photo(m.key)]
  return out
}

/**
 * Blanks each visible required field of a valid form in turn and returns the message the
 * engine gives for it (null would mean a required field can be left empty).
 */
export function missingFieldMessages(
  def: FormDefinition,
  valid: FormValues,
  c: FormContext,
): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  for (const f of visibleFields(def, valid)) {
    if (!f.required) continue
    const values = { ...valid, [f.key]: undefined }
    out[f.key] = validateField(def, f, values, c)
  }
  return out
}
