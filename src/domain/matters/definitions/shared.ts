/**
 * Building blocks the online forms share: who the applicant is (filled from the record),
 * and the pickers many forms repeat. Keys are stable: the backend stores values under them.
 */
import type { FieldDef, FieldOption } from '../types'

/** Where autofilled facts come from, as the resident sees it under the field. */
export const SOURCES = {
  population: '公安人口库',
  residence: '居住登记信息',
  archive: '社区居民档案',
} as const

export const OTHER = 'other'

export const GENDER_OPTIONS: FieldOption[] = [
  { value: 'male', label: '男' },
  { value: 'female', label: '女' },
]

export function applicantName(label = '申请人姓名', key = 'applicantName'): FieldDef {
  return {
    key,
    label,
    type: 'name',
    required: true,
    autofill: { from: 'name', locked: true, source: SOURCES.population },
    typed: true,
  }
}

export function applicantIdNumber(key = 'applicantIdNumber'): FieldDef {
  return {
    key,
    label: '身份证号码',
    type: 'id-number',
    required: true,
    autofill: { from: 'idNumber', locked: true, source: SOURCES.population },
    typed: true,
  }
}

export function applicantGender(key = 'applicantGender'): FieldDef {
  return {
    key,
    label: '性别',
    type: 'picker',
    required: true,
    options: GENDER_OPTIONS,
    autofill: { from: 'gender', locked: true, source: SOURCES.population },
    typed: false,
  }
}

export function applicantPhone(key = 'applicantPhone'): FieldDef {
  return {
    key,
    label: '联系电话',
    type: 'phone',
    required: true,
    autofill: { from: 'phone', locked: false, source: SOURCES.archive },
    help: '办理进度和领取通知会发到这个号码，可以改成常用的号码',
    typed: true,
  }
}

export function residenceAddress(label: string, key: string, help?: string): FieldDef {
  return {
    key,
    label,
    type: 'address',
    required: true,
    autofill: { from: 'residenceAddress', locked: false, source: SOURCES.residence },
    ...(help ? { help } : {}),
    placeholder: '例如：凤凰大道88号3栋2单元501',
    typed: true,
  }
}

/** A picker whose 「其他」 opens a typed field right below it. */
export function pickerWithOther(
  key: string,
  label: string,
  options: FieldOption[],
  otherLabel: string,
  help?: string,
): [FieldDef, FieldDef] {
  return [
    { key, label, type: 'picker', required: true, options, ...(help ? { help } : {}), typed: false },
    {
      key: `${key}Other`,
      label: otherLabel,
      type: 'text',
      required: true,
      visibleWhen: { field: key, equals: OTHER },
      placeholder: `请写明${otherLabel}`,
      validate: [{ kind: 'max-length', value: 30 }],
      typed: true,
    },
  ]
}
