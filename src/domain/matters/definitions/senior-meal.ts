/**
 * 老年助餐登记: the elder's facts come from the record (the age condition is checked on the
 * locked birth date); the family adds how to eat and whom to call.
 */
import type { FormDefinition } from '../types'
import { applicantGender, applicantIdNumber, applicantName, applicantPhone, residenceAddress, SOURCES } from './shared'

export const SENIOR_MEAL_MIN_AGE = 60

export const MEAL_TIMES = [
  { value: 'lunch', label: '只吃午餐' },
  { value: 'lunch-dinner', label: '午餐和晚餐' },
]

export const DINING_MODES = [
  { value: 'canteen', label: '到社区老年食堂吃' },
  { value: 'pickup', label: '到食堂取餐带回家' },
  { value: 'delivery', label: '送餐上门（行动不便的老人）' },
]

export const SPECIAL_GROUPS = [
  { value: 'none', label: '以下都不是' },
  { value: 'dibao-tekun', label: '低保或特困老人' },
  { value: 'disabled', label: '失能或半失能老人' },
  { value: 'over-80', label: '80 岁以上' },
  { value: 'alone', label: '独居或空巢老人' },
]

export const seniorMealForm: FormDefinition = {
  version: 1,
  fields: [
    applicantName('老人姓名'),
    applicantGender(),
    applicantIdNumber(),
    {
      key: 'birthDate',
      label: '出生日期',
      type: 'date',
      required: true,
      autofill: { from: 'birthDate', locked: true, source: SOURCES.population },
      validate: [
        {
          kind: 'age-at-least',
          value: SENIOR_MEAL_MIN_AGE,
          message: `老年助餐服务面向年满 ${SENIOR_MEAL_MIN_AGE} 周岁的老人`,
        },
      ],
      typed: false,
    },
    applicantPhone(),
    { key: 'mealTimes', label: '用餐时间', type: 'picker', required: true, options: MEAL_TIMES, typed: false },
    { key: 'diningMode', label: '用餐方式', type: 'picker', required: true, options: DINING_MODES, typed: false },
    {
      ...residenceAddress('送餐地址', 'deliveryAddress'),
      visibleWhen: { field: 'diningMode', equals: 'delivery' },
    },
    {
      key: 'specialGroup',
      label: '老人情况',
      type: 'picker',
      required: true,
      options: SPECIAL_GROUPS,
      help: '符合条件的老人可以享受助餐补贴，工作人员会核对',
      typed: false,
    },
    {
      key: 'dietNotes',
      label: '饮食禁忌',
      type: 'text',
      required: false,
      placeholder: '可不填。例如：糖尿病少糖、牙口不好要软烂',
      validate: [{ kind: 'max-length', value: 50 }],
      typed: true,
    },
    { key: 'emergencyContactName', label: '紧急联系人', type: 'name', required: true, typed: true },
    { key: 'emergencyContactPhone', label: '紧急联系人电话', type: 'phone', required: true, typed: true },
  ],
  materials: [],
}
