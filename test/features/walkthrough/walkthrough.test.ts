/** @jest-environment jest-fixed-jsdom */
/**
 * 走流程: the recorder follows the page stack (screens, going back), the drafts store (typed
 * fields), validation errors and notes; the report counts typed fields the way the matter
 * engine does, so "typed" agrees with typedFieldCount; two reports compare.
 */
import Taro from '@tarojs/taro'
import { emitWalkthroughEvent } from '@/lib/walkthrough-bus'
import { getMatter } from '@/domain/matters/catalog'
import { autofillValues, typedFieldCount } from '@/domain/matters/engine'
import { makeIdNumber } from '@mock/backend'
import type { ResidentProfile } from '@/domain/identity/profile'
import { addNote, buildReport, compareReports, countTyped, poll, startRecording, stopRecording } from '@/features/walkthrough'
import { useDraftsStore } from '@/stores/drafts-store'

const chen: ResidentProfile = {
  residentId: 'r-chen-jing', name: '陈静', idNumber: makeIdNumber('1990-04-18', 62), gender: 'female', birthDate: '1990-04-18', ethnicity: '汉族',
  phone: '13608184567', hukouAddress: { region: '四川省达州市通川区', community: '朝阳街道西外社区', detail: '翠屏路 6 号' },
  residenceAddress: { region: '四川省达州市通川区', community: '朝阳街道西外社区', detail: '翠屏路 6 号' }, residentSince: '2018-03-15',
  householdId: 'h-chen', householdMembers: [], dogs: [], gridId: 'g-1',
}

let stack: string[] = []
beforeEach(() => {
  stack = []
  jest.spyOn(Taro, 'getCurrentPages').mockImplementation(() => stack.map((route) => ({ route })) as never)
  useDraftsStore.setState({ drafts: {} })
})
afterEach(() => {
  stopRecording()
  jest.restoreAllMocks()
})

it('records screens, going back, typed fields, errors and notes, and reports them', () => {
  stack = ['pages/index/index']
  startRecording('养犬登记 改版前')
  stack = ['pages/index/index', 'pages/matter/index']
  poll()
  stack = ['pages/index/index', 'pages/matter/index', 'packages/apply/pages/form/index']
  poll()
  const draft = useDraftsStore.getState().ensureDraft('r-chen-jing', 'dog-registration', 1)
  useDraftsStore.getState().saveDraft('r-chen-jing', 'dog-registration', { values: { dogName: '团团', shoulderHeightCm: '30', dogColour: '白色' } })
  emitWalkthroughEvent({ kind: 'field-error', label: '狂犬病免疫证号', message: '请填写狂犬病免疫证号' })
  addNote('肩高不知道怎么量')
  stack = ['pages/index/index', 'pages/matter/index']
  poll()
  const r = stopRecording()!
  expect(draft.matterId).toBe('dog-registration')

  const report = buildReport(r, chen)
  expect(report.title).toBe('养犬登记 改版前')
  expect(report.screens.map((s) => [s.route, s.back])).toEqual([
    ['pages/index/index', false],
    ['pages/matter/index', false],
    ['packages/apply/pages/form/index', false],
    ['pages/matter/index', true],
  ])
  expect(report.backNavigations).toBe(1)
  expect(report.validationErrors).toEqual([{ route: 'packages/apply/pages/form/index', label: '狂犬病免疫证号', message: '请填写狂犬病免疫证号' }])
  expect(report.notes).toEqual([{ route: 'packages/apply/pages/form/index', text: '肩高不知道怎么量' }])
  // a picker is not typed; two keyboard fields were
  expect(report.typedFields).toEqual([expect.objectContaining({ formId: 'dog-registration', name: '养犬登记', typed: ['dogName', 'shoulderHeightCm'] })])
  // the report never carries the values themselves
  expect(JSON.stringify(report)).not.toContain('团团')
})

it('typed counts agree with the matter engine when every keyboard field was filled', () => {
  const def = getMatter('dog-registration').form!
  const auto = autofillValues(def, chen)
  const values = { dogName: '团团', shoulderHeightCm: '30', vaccineCertNo: 'DZ2026-1188', vaccinationHospital: '西外宠物医院' }
  const count = countTyped('dog-registration', values, chen)!
  expect(count.engineCount).toBe(typedFieldCount(def, Object.keys(auto.sources), { ...auto.values, ...values }))
  expect(count.typed).toHaveLength(count.engineCount)
  expect(count.agrees).toBe(true)
})

it('compares two walks of the same flow', () => {
  const base = { version: 1 as const, title: '', startedAt: '', notes: [] }
  const before = { ...base, totalSeconds: 95, screens: Array(6).fill({ route: 'x', seconds: 1, back: false }), backNavigations: 2, typedFields: [{ formId: 'a', name: 'a', typed: ['a', 'b', 'c', 'd', 'e'], engineCount: 5, agrees: true }], validationErrors: [{ route: 'x', label: 'y', message: 'z' }] }
  const after = { ...base, totalSeconds: 60, screens: Array(4).fill({ route: 'x', seconds: 1, back: false }), backNavigations: 0, typedFields: [{ formId: 'a', name: 'a', typed: ['a', 'b', 'c'], engineCount: 3, agrees: true }], validationErrors: [] }
  expect(compareReports(before, after)).toEqual({ screens: -2, seconds: -35, backNavigations: -2, typedFields: -2, validationErrors: -1 })
})
