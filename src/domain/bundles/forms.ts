/**
 * The bundles' forms: shared facts asked once (the applicant from the record), each part's own
 * questions, one pledge. Keys are stable: the parts' cases store values under them.
 */
import { DOG_RULES_CONFIG } from '@/domain/matters/dog-rules-config'
import { DOG_FIELDS } from '@/domain/matters/dog-rules'
import { dogRegistrationForm } from '@/domain/matters/definitions/dog-registration'
import { DINING_MODES, MEAL_TIMES } from '@/domain/matters/definitions/senior-meal'
import {
  applicantGender,
  applicantIdNumber,
  applicantName,
  applicantPhone,
  GENDER_OPTIONS,
  residenceAddress,
  SOURCES,
} from '@/domain/matters/definitions/shared'
import type { FieldDef, FormDefinition } from '@/domain/matters/types'

/** 老年人一件事 includes 高龄津贴: for residents aged 80 and over */
export const ELDERLY_BUNDLE_MIN_AGE = 80

const birthDateLocked = (minAge: number, message: string): FieldDef => ({
  key: 'birthDate',
  label: '出生日期',
  type: 'date',
  required: true,
  autofill: { from: 'birthDate', locked: true, source: SOURCES.population },
  validate: [{ kind: 'age-at-least', value: minAge, message }],
  typed: false,
})

export const newbornForm: FormDefinition = {
  version: 1,
  fields: [
    applicantName('申请人（父亲或母亲）'),
    applicantIdNumber(),
    applicantPhone(),
    {
      key: 'otherParent',
      label: '孩子的另一位家长',
      type: 'household-member',
      required: false,
      autofill: { from: 'householdMembers', locked: false, source: SOURCES.population },
      help: '从户口簿上的家庭成员中选择；不在同一户的可以不选，工作人员会和您联系',
      typed: false,
    },
    {
      key: 'hukouAddress',
      label: '入户地址',
      type: 'address',
      required: true,
      autofill: { from: 'hukouAddress', locked: true, source: SOURCES.population },
      help: '宝宝随申请人落户到这个地址',
      typed: true,
    },
    { key: 'babyName', label: '宝宝姓名', type: 'name', required: true, placeholder: '和出生医学证明上一致', typed: true },
    { key: 'babyGender', label: '宝宝性别', type: 'picker', required: true, options: GENDER_OPTIONS, typed: false },
    {
      key: 'babyBirthDate',
      label: '宝宝出生日期',
      type: 'date',
      required: true,
      validate: [{ kind: 'date-not-future' }, { kind: 'date-within-months', value: 12, message: '宝宝出生已超过 1 年，请到派出所户籍窗口办理' }],
      typed: false,
    },
    {
      key: 'birthCertNo',
      label: '出生医学证明编号',
      type: 'text',
      required: true,
      placeholder: '证明右上角的编号，例如 Q510123456',
      validate: [{ kind: 'pattern', regex: '^[A-Za-z]\\d{9}$', message: '出生医学证明编号是 1 个字母加 9 位数字，请对照证明填写' }],
      typed: true,
    },
    {
      key: 'birthHospital',
      label: '出生医院',
      type: 'text',
      required: true,
      placeholder: '例如：达州市中心医院',
      validate: [{ kind: 'max-length', value: 40 }],
      typed: true,
    },
    {
      key: 'insurancePayment',
      label: '宝宝医保缴费方式',
      type: 'picker',
      required: true,
      options: [
        { value: 'exempt-first-year', label: '出生当年免缴（出生 90 天内参保）' },
        { value: 'parent-pays', label: '由家长代缴' },
      ],
      typed: false,
    },
  ],
  materials: [
    {
      key: 'birthCertPhoto',
      label: '出生医学证明',
      kind: 'photo-or-pdf',
      min: 1,
      max: 2,
      required: true,
      help: '拍清编号、宝宝和父母姓名那一页',
    },
  ],
  pledge: {
    title: '申请承诺书',
    text: '本人承诺所填信息真实，出生医学证明真实有效；生育登记、户口登记和医保参保一次提交，由各部门分别办理。',
  },
}

const DOG_FORM_FIELDS = dogRegistrationForm.fields

export const dogBundleForm: FormDefinition = {
  version: 1,
  fields: [
    ...DOG_FORM_FIELDS,
    {
      key: 'sterilisationSubsidy',
      label: '同时申请犬只绝育补贴',
      type: 'switch',
      required: false,
      visibleWhen: { field: DOG_FIELDS.neutered, notEquals: true },
      help: `还没绝育的犬只，到定点宠物医院做绝育手术可补贴 ${DOG_RULES_CONFIG.sterilisationSubsidy.amount} 元，绝育后年检费也减半`,
      typed: false,
    },
    {
      key: 'sterilisationClinic',
      label: '做绝育手术的定点宠物医院',
      type: 'picker',
      required: true,
      options: [...DOG_RULES_CONFIG.sterilisationSubsidy.clinics],
      visibleWhen: { field: 'sterilisationSubsidy', equals: true },
      typed: false,
    },
  ],
  materials: dogRegistrationForm.materials,
  pledge: dogRegistrationForm.pledge,
  rules: dogRegistrationForm.rules,
}

export const elderlyForm: FormDefinition = {
  version: 1,
  fields: [
    applicantName('老人姓名'),
    applicantGender(),
    applicantIdNumber(),
    birthDateLocked(ELDERLY_BUNDLE_MIN_AGE, `老年人一件事（含高龄津贴）面向年满 ${ELDERLY_BUNDLE_MIN_AGE} 周岁的老人`),
    applicantPhone(),
    residenceAddress('居住地址', 'address'),
    {
      key: 'cardDelivery',
      label: '优待证领取方式',
      type: 'picker',
      required: true,
      options: [
        { value: 'pickup', label: '到社区便民服务窗口领取' },
        { value: 'mail', label: '邮寄到家' },
      ],
      typed: false,
    },
    {
      key: 'payTo',
      label: '高龄津贴发放到',
      type: 'picker',
      required: true,
      options: [
        { value: 'social-security-card', label: '本人社会保障卡（金融账户）' },
        { value: 'bank-card', label: '本人其他银行卡（工作人员电话核对卡号）' },
      ],
      typed: false,
    },
    { key: 'mealTimes', label: '助餐：用餐时间', type: 'picker', required: true, options: MEAL_TIMES, typed: false },
    { key: 'diningMode', label: '助餐：用餐方式', type: 'picker', required: true, options: DINING_MODES, typed: false },
    { key: 'emergencyContactName', label: '紧急联系人', type: 'name', required: true, typed: true },
    { key: 'emergencyContactPhone', label: '紧急联系人电话', type: 'phone', required: true, typed: true },
  ],
  materials: [
    {
      key: 'photo',
      label: '近期一寸免冠照片（办优待证用）',
      kind: 'photo',
      min: 1,
      max: 1,
      required: true,
      help: '白色背景、正面、不戴帽子',
    },
  ],
  pledge: {
    title: '申请承诺书',
    text: '本人承诺所填信息真实，优待证仅限本人使用；高龄津贴发放期间如有户籍迁出、去世等情况，家属及时告知社区。',
  },
}
