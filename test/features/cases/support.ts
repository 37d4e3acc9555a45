/** Helpers for the 我的办件 flows: file a real 养犬登记 / 居住证明 through the api, act as the clerk. */
import type { Backend } from '@mock/backend'
import type { GovApi } from '@/api/contract/gov-api'
import type { CaseDetail } from '@/api/contract/types'
import { getMatter } from '@/domain/matters/catalog'
import { autofillValues, PLEDGE_KEY } from '@/domain/matters/engine'
import { signIn } from '../../support/backend'

let n = 0
export async function upload(api: GovApi, name = 'photo.jpg') {
  return api.uploadFile({ path: `tmp/${name}`, name, mime: 'image/jpeg', size: 2048, purpose: 'material' })
}

export async function submitDogRegistration(
  backend: Backend,
  api: GovApi,
  residentId = 'r-wang-zhiqiang',
): Promise<CaseDetail> {
  const def = getMatter('dog-registration').form!
  const auto = autofillValues(def, backend.state.residents.get(residentId)!)
  const materials: Record<string, string[]> = {}
  for (const slot of ['dogFullBodyPhoto', 'dogHeadPhoto', 'vaccinationCertPhoto', 'healthCheckProof']) {
    materials[slot] = [(await upload(api, `${slot}.jpg`)).fileId]
  }
  return api.submitApplication({
    matterId: 'dog-registration',
    values: {
      ...auto.values,
      dogName: '豆豆',
      breed: '比熊',
      dogColour: '白色',
      dogGender: 'female',
      dogBirthDate: '2024-03-01',
      shoulderHeightCm: 28,
      neutered: false,
      assistanceDog: false,
      vaccineCertNo: 'DZ2026-0456',
      vaccinationDate: '2026-06-01',
      vaccinationHospital: '通川区爱宠动物医院',
      pickup: 'community',
      [PLEDGE_KEY]: true,
    },
    materials,
    idempotencyKey: `dog-${++n}`,
  })
}

export async function submitResidenceProof(
  backend: Backend,
  api: GovApi,
  residentId = 'r-wang-zhiqiang',
): Promise<CaseDetail> {
  const def = getMatter('residence-proof').form!
  const auto = autofillValues(def, backend.state.residents.get(residentId)!)
  return api.submitApplication({
    matterId: 'residence-proof',
    values: { ...auto.values, purpose: 'school', recipient: 'school', delivery: 'electronic', [PLEDGE_KEY]: true },
    materials: {},
    idempotencyKey: `proof-${++n}`,
  })
}

/** The clerk does one action on the case at its current version. */
export async function clerk(
  backend: Backend,
  caseId: string,
  action: string,
  input: Record<string, unknown> = {},
): Promise<CaseDetail> {
  const api = await signIn(backend, 'staff-clerk')
  const c = await api.workerGetCase(caseId)
  return api.workerAct(caseId, { action, version: c.version, input, idempotencyKey: `clerk-${++n}` })
}
