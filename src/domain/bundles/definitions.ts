/** The bundles (一件事) as data. docs/one-thing.md says how to add one. */
import { dogFee } from '@/domain/matters/dog-rules'
import { DOG_FIELDS } from '@/domain/matters/dog-rules'
import { DOG_RULES_CONFIG } from '@/domain/matters/dog-rules-config'
import { isFieldVisible } from '@/domain/matters/engine'
import { PLEDGE_KEY } from '@/domain/matters/engine'
import type { FormDefinition, FormValues, VisibleWhen } from '@/domain/matters/types'
import { dogBundleForm, elderlyForm, newbornForm } from './forms'
import type { BundleDef, BundlePart, FeeLine } from './types'

const applicant = ['applicantName', 'applicantIdNumber', 'applicantPhone']
const baby = ['babyName', 'babyGender', 'babyBirthDate']
const owner = ['ownerName', 'ownerGender', 'ownerIdNumber', 'ownerPhone', 'ownerAddress']
const dog = ['dogName', DOG_FIELDS.breed, DOG_FIELDS.breedOther, 'dogColour', 'dogGender', DOG_FIELDS.birthDate]
const elder = ['applicantName', 'applicantGender', 'applicantIdNumber', 'birthDate', 'applicantPhone', 'address']

export const BUNDLES: readonly BundleDef[] = [
  {
    id: 'newborn',
    name: '新生儿出生一件事',
    summary: '宝宝出生后，生育登记、新生儿入户、医保参保填一张表一次办，各部门分别办理。',
    whoFor: '宝宝的父亲或母亲（本社区户籍），宝宝出生 1 年以内',
    form: newbornForm,
    parts: [
      { matterId: 'birth-registration', fields: [...applicant, 'otherParent', ...baby, 'birthHospital', PLEDGE_KEY], materials: ['birthCertPhoto'] },
      { matterId: 'newborn-hukou', fields: [...applicant, 'otherParent', 'hukouAddress', ...baby, 'birthCertNo', PLEDGE_KEY], materials: ['birthCertPhoto'] },
      { matterId: 'resident-medical-insurance', fields: [...applicant, ...baby, 'insurancePayment', PLEDGE_KEY], materials: [] },
    ],
  },
  {
    id: 'dog',
    name: '文明养犬一件事',
    summary: '养犬登记、狂犬病免疫登记一次办；还没绝育的，可以同时申请绝育补贴。一张费用清单。',
    whoFor: '在本社区饲养犬只的成年居民',
    form: dogBundleForm,
    fees: 'dog',
    parts: [
      {
        matterId: 'dog-registration',
        fields: dogBundleForm.fields.map((f) => f.key).filter((k) => k !== 'sterilisationSubsidy' && k !== 'sterilisationClinic').concat(PLEDGE_KEY),
        materials: dogBundleForm.materials.map((m) => m.key),
      },
      {
        matterId: 'dog-rabies-vaccination',
        fields: [...owner, ...dog, 'vaccineCertNo', DOG_FIELDS.vaccinationDate, 'vaccinationHospital'],
        materials: ['vaccinationCertPhoto'],
      },
      {
        matterId: 'dog-sterilisation-subsidy',
        fields: [...owner, ...dog, 'sterilisationSubsidy', 'sterilisationClinic'],
        materials: [],
        when: { field: 'sterilisationSubsidy', equals: true },
      },
    ],
  },
  {
    id: 'elderly',
    name: '老年人一件事',
    summary: '老年人优待证、高龄津贴、老年助餐一次申请，各自办理，进度在一处看。',
    whoFor: `年满 80 周岁、居住在本社区的老人（家人可以代办）`,
    form: elderlyForm,
    parts: [
      { matterId: 'senior-card', fields: [...elder, 'cardDelivery', PLEDGE_KEY], materials: ['photo'] },
      { matterId: 'longevity-allowance', fields: [...elder, 'payTo', PLEDGE_KEY], materials: [] },
      { matterId: 'senior-meal', fields: [...elder, 'mealTimes', 'diningMode', 'emergencyContactName', 'emergencyContactPhone'], materials: [] },
    ],
  },
]

export function findBundle(id: string): BundleDef | undefined {
  return BUNDLES.find((b) => b.id === id)
}

function whenHolds(when: VisibleWhen | undefined, values: FormValues, form: FormDefinition): boolean {
  if (!when) return true
  // the same test a field's visibleWhen gets, so "chosen" means what the form showed
  return isFieldVisible(form, { key: '_part', label: '', type: 'switch', required: false, typed: false, visibleWhen: when }, values)
}

/** The parts a submission fans out into: every part whose `when` holds. */
export function chosenParts(bundle: BundleDef, values: FormValues): BundlePart[] {
  return bundle.parts.filter((p) => whenHolds(p.when, values, bundle.form))
}

/** One part's share of the bundle's values and materials. */
export function partValues(part: BundlePart, values: FormValues): FormValues {
  return Object.fromEntries(part.fields.filter((k) => values[k] !== undefined).map((k) => [k, values[k]]))
}

export function partMaterials<T>(part: BundlePart, materials: Record<string, T>): Record<string, T> {
  return Object.fromEntries(part.materials.filter((k) => materials[k] !== undefined).map((k) => [k, materials[k]]))
}

/** The fee summary of a bundle for the values given (empty when nothing costs money). */
export function bundleFees(bundle: BundleDef, values: FormValues): { lines: FeeLine[]; total: number } {
  if (bundle.fees !== 'dog') return { lines: [], total: 0 }
  const neutered = values[DOG_FIELDS.neutered] === true
  const registration = dogFee({ kind: 'first-year', neutered, assistanceDog: values[DOG_FIELDS.assistanceDog] === true })
  const lines: FeeLine[] = [
    { label: `养犬登记：${registration.breakdown}`, amount: registration.amount },
    { label: '狂犬病免疫登记：免费', amount: 0 },
  ]
  if (values.sterilisationSubsidy === true && !neutered) {
    const s = DOG_RULES_CONFIG.sterilisationSubsidy.amount
    lines.push({ label: `绝育补贴：定点宠物医院直接抵扣手术费 ${s} 元`, amount: -s })
  }
  return { lines, total: lines.reduce((n, l) => n + Math.max(0, l.amount), 0) }
}

/**
 * The form a case of `matterId` was filled on: the matter's own, or — for a matter filed only
 * as a bundle part (生育登记, 新生儿入户 …) — the bundle form its values come from. Screens read
 * field labels and options from it.
 */
export function formOfMatter(matterId: string | undefined, matterForm?: FormDefinition): FormDefinition | undefined {
  if (matterForm) return matterForm
  return matterId ? BUNDLES.find((b) => b.parts.some((p) => p.matterId === matterId))?.form : undefined
}
