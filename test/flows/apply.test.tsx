/** @jest-environment jest-fixed-jsdom */
/**
 * 办事大厅 online applications, end to end through the real drafts store, the real GovApi
 * client and the fake government backend: autofill from the verified record, typing only what
 * no database knows, review, idempotent submit, receipt with the working-day due date;
 * refusals shown next to the field; drafts surviving a restart; offline submit kept as draft.
 * Only the platform's file picker is replaced (no camera in jest); uploads go to the backend.
 */
import '../ui/dom-config'
import Taro from '@tarojs/taro'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../support/render-with-query'
import { navigations, resetTaroMock, storage } from '../support/taro-mock'
import { chooseDate, chooseOption } from '../support/sheet'
import { clientFor, testBackend, TEST_NOW } from '../support/backend'
import { signInVerified } from '../support/verified-session'
import { ApiError, setApi, type GovApi } from '@/api'
import { createGovApiClient } from '@/api/client'
import { inProcessTransport } from '@/api/mock-adapter'
import { computeDueDate } from '@/domain/cases/sla'
import { addDays, addMonths, formatDateCn, todayInChina } from '@/domain/time/china-time'
import { getMatter } from '@/domain/matters/catalog'
import { autofillValues, typedFieldCount } from '@/domain/matters/engine'
import {
  DOG_BREED_OPTIONS,
  DOG_COLOUR_OPTIONS,
  DOG_GENDER_OPTIONS,
  DOG_PICKUP_OPTIONS,
} from '@/domain/matters/definitions/dog-options'
import { PROOF_DELIVERY_OPTIONS } from '@/domain/matters/definitions/proof-common'
import type { FieldOption } from '@/domain/matters/types'
import { ApplyScreen, ReceiptScreen } from '@/features/apply'
import { profileForForms as toResidentProfile } from '@/features/identity'
import { setAppClock } from '@/lib/app-clock'
import { createDraftsStore, DRAFTS_STORAGE_KEY, useDraftsStore } from '@/stores/drafts-store'
import { sessionTokenStore, useSessionStore } from '@/stores/session-store'

jest.mock('@/platform/media', () => {
  const actual = jest.requireActual('@/platform/media')
  return {
    ...actual,
    pickMaterials: jest.fn(async (_accept: string, _count: number, onProgress?: (n: number) => void) => {
      onProgress?.(50)
      return [{ path: 'blob:dog', name: 'dog.jpg', mime: 'image/jpeg', size: 300_000, kind: 'photo' }]
    }),
  }
})

// the screens, the fake backend and the fixtures all run on the pinned TEST_NOW
const today = todayInChina(Date.parse(TEST_NOW))

beforeEach(() => {
  setAppClock(() => Date.parse(TEST_NOW))
  resetTaroMock()
  useDraftsStore.setState({ drafts: {} })
})
afterEach(() => {
  setAppClock(null)
  cleanup()
  setApi(null)
  useSessionStore.getState().setSession(null) // also forgets the cached profile
})

/** Signs a persona in through the app's own session store and passes face verification on the server. */
async function residentApi(persona = 'resident-new') {
  const { backend } = testBackend(TEST_NOW)
  const api = createGovApiClient(inProcessTransport(backend), sessionTokenStore)
  await signInVerified(api, persona)
  return { backend, api }
}

// ---------- driving the rendered form ----------
const fieldEl = (key: string) => {
  const el = document.getElementById(`field-${key}`)
  if (!el) throw new Error(`no field ${key} on screen`)
  return el
}
const fire = (el: Element, type: string, detail: unknown) =>
  act(() => {
    fireEvent(el, new CustomEvent(type, { detail, bubbles: true }))
  })

async function type(key: string, value: string) {
  const input = fieldEl(key).querySelector('taro-input-core, taro-textarea-core')!
  await fire(input, 'input', { value })
  await fire(input, 'blur', { value })
}
async function pick(key: string, options: FieldOption[], label: string) {
  expect(options.some((o) => o.label === label)).toBe(true)
  await chooseOption(fieldEl(key), label)
}
async function pickDate(key: string, date: string) {
  await chooseDate(fieldEl(key), date)
}
async function toggle(key: string) {
  await act(async () => {
    fireEvent.click(fieldEl(key).querySelector('.switch-row')!)
  })
}
async function upload(slot: string) {
  const box = document.getElementById(`material-${slot}`)!
  const before = box.querySelectorAll('.apply-file').length
  await act(async () => {
    fireEvent.click(box.querySelector('taro-button-core')!)
  })
  await waitFor(() => expect(box.querySelectorAll('.apply-file').length).toBe(before + 1))
}
async function tap(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text))
  })
}
const errorOf = (key: string) => fieldEl(key).querySelector('.form-field__error')?.textContent ?? ''

async function openForm(matterId: string) {
  const view = render(<ApplyScreen matterId={matterId} />)
  await screen.findByText('下一步：核对信息', undefined, { timeout: 5000 })
  return view
}

/** Everything a dog registration needs beyond the record: 4 typed fields, pickers, photos, pledge. */
async function fillDogForm(o: { breed?: string; birth?: string; vaccinated?: string } = {}) {
  await type('dogName', '旺财')
  await pick('breed', DOG_BREED_OPTIONS, o.breed ?? '柴犬')
  await pick('dogColour', DOG_COLOUR_OPTIONS, '黄色')
  await pick('dogGender', DOG_GENDER_OPTIONS, DOG_GENDER_OPTIONS[0].label)
  await pickDate('dogBirthDate', o.birth ?? addMonths(today, -14))
  await type('shoulderHeightCm', '30')
  await type('vaccineCertNo', 'DZ2026-11873')
  await pickDate('vaccinationDate', o.vaccinated ?? addDays(today, -30))
  await type('vaccinationHospital', '达州市通川区爱宠动物医院')
  await pick('pickup', DOG_PICKUP_OPTIONS, DOG_PICKUP_OPTIONS[0].label)
  await upload('dogFullBodyPhoto')
  await upload('dogHeadPhoto')
  await upload('vaccinationCertPhoto')
  await toggle('pledgeAccepted')
}

async function submitAndFollowReceipt(): Promise<string> {
  await tap('下一步：核对信息')
  await screen.findByText('确认提交')
  await tap('确认提交')
  await waitFor(() => expect(navigations.some((n) => n.kind === 'redirectTo')).toBe(true))
  const url = navigations.find((n) => n.kind === 'redirectTo')!.url!
  expect(url).toMatch(/^\/packages\/apply\/pages\/receipt\/index\?id=/)
  return decodeURIComponent(url.split('id=')[1])
}

describe('养犬登记 by a verified resident (王志强)', () => {
  it('autofills the owner, asks for at most 6 typed fields, and the receipt shows the working-day due date', async () => {
    const { api } = await residentApi()
    await openForm('dog-registration')

    // locked government facts are shown with their source, not as inputs; the ID number masked
    expect(fieldEl('ownerName').textContent).toContain('来自公安人口库')
    expect(fieldEl('ownerName').textContent).toContain('王志强')
    expect(fieldEl('ownerName').querySelector('taro-input-core')).toBeNull()
    expect(fieldEl('ownerIdNumber').textContent).toMatch(/\*{4,}/)
    expect(fieldEl('ownerPhone').textContent).toContain('可以修改')

    // what the resident must type: the engine's count and the renderer's agree, and stay ≤ 6
    const def = getMatter('dog-registration').form!
    const profile = toResidentProfile(await api.getProfile())
    const engineCount = typedFieldCount(def, Object.keys(autofillValues(def, profile).values))
    const shownCount = document.querySelectorAll('.apply-field--typed').length
    expect(engineCount).toBe(4)
    expect(shownCount).toBe(engineCount)
    expect(shownCount).toBeLessThanOrEqual(6)

    await fillDogForm()
    await tap('下一步：核对信息')
    // review: masked, and the 容缺 material explained
    await screen.findByText('确认提交')
    expect(document.body.textContent).toContain('旺财')
    expect(document.body.textContent).not.toMatch(/\d{17}[\dX]/)
    expect(document.body.textContent).toContain('容缺')
    await tap('确认提交')
    await waitFor(() => expect(navigations.some((n) => n.kind === 'redirectTo')).toBe(true))
    const caseId = decodeURIComponent(navigations.find((n) => n.kind === 'redirectTo')!.url!.split('id=')[1])

    // the draft is gone once the case exists
    expect(Object.keys(useDraftsStore.getState().drafts)).toHaveLength(0)

    cleanup()
    const c = await api.getCase(caseId)
    const expected = computeDueDate(c.submittedAt, getMatter('dog-registration').guide.timeLimitDays)
    render(<ReceiptScreen caseId={caseId} />)
    await screen.findByText(c.caseNo)
    expect(c.dueDate).toBe(expected.dueDate)
    expect(document.body.textContent).toContain(`${formatDateCn(expected.dueDate)}前办结`)
    expect(document.body.textContent).toContain(c.statusLabel)
    expect(document.body.textContent).toContain('查看我的办件')
    await tap('查看我的办件')
    expect(navigations.at(-1)?.url).toBe('/packages/cases/pages/list/index')
  }, 30_000)

  it('refuses a banned breed next to the breed field', async () => {
    await residentApi()
    await openForm('dog-registration')
    await fillDogForm({ breed: '其他' })
    await type('breedOther', '藏獒')
    await tap('下一步：核对信息')
    expect(errorOf('breedOther')).toContain('藏獒')
    expect(errorOf('breedOther')).toContain('不能办理登记')
    expect(screen.queryByText('确认提交')).toBeNull()
  }, 20_000)

  it('refuses a puppy younger than 3 months and a stale vaccination, each next to its date', async () => {
    await residentApi()
    await openForm('dog-registration')
    await fillDogForm({ birth: addMonths(today, -1), vaccinated: addMonths(today, -13) })
    // the stale vaccination is caught as soon as the date is picked
    expect(errorOf('vaccinationDate')).toContain('疫苗接种已超过 12 个月')
    await tap('下一步：核对信息')
    expect(errorOf('dogBirthDate')).toContain('犬只满 3 个月才能登记')
    expect(errorOf('vaccinationDate')).toContain('疫苗接种已超过 12 个月')
  }, 20_000)
})

describe('陈静 registering a second dog', () => {
  it('shows 一户限养一只 with links to 犬只注销 and 犬只信息变更', async () => {
    await residentApi('resident-dog')
    await openForm('dog-registration')
    await fillDogForm()
    await tap('下一步：核对信息')
    expect(document.body.textContent).toContain('每户限养 1 只犬')
    await screen.findByText('犬只注销 ›')
    await tap('犬只信息变更 ›')
    expect(navigations.at(-1)?.url).toBe('/pages/matter/index?id=dog-info-change')
  }, 20_000)

  it('shows the server refusal in place, keeping the draft, when the app could not know', async () => {
    const { api } = await residentApi('resident-dog')
    // an out-of-date record on the phone: the app sees no dog, the server knows better
    setApi({ ...api, getProfile: async () => ({ ...(await api.getProfile()), dogs: [] }) } as GovApi)
    await openForm('dog-registration')
    await fillDogForm()
    await tap('下一步：核对信息')
    await tap('确认提交')
    await screen.findByText('犬只注销 ›')
    expect(document.body.textContent).toContain('没有提交成功')
    expect(screen.getByText('下一步：核对信息')).toBeTruthy()
    expect((await api.listMyCases()).filter((c) => c.title === '养犬登记')).toHaveLength(0)
    const draft = Object.values(useDraftsStore.getState().drafts)[0]
    expect(draft.values.dogName).toBe('旺财')
  }, 20_000)
})

describe('bad input on the dog licence form (issue 16)', () => {
  it('an empty 下一步 names the first problem in the banner and scrolls to it', async () => {
    await residentApi()
    const scrolled: string[] = []
    const taro = Taro as unknown as { pageScrollTo?: (o: { selector: string }) => Promise<void> }
    const before = taro.pageScrollTo
    taro.pageScrollTo = (o) => {
      scrolled.push(o.selector)
      return Promise.resolve()
    }
    try {
      await openForm('dog-registration')
      await tap('下一步：核对信息')
      const banner = document.querySelector('.apply-notice')!.textContent!
      expect(banner).toMatch(/^有 \d+ 处需要修改，第一处是「犬只名字」：请填写犬只名字/)
      await waitFor(() => expect(scrolled).toEqual(['#field-dogName']))
    } finally {
      taro.pageScrollTo = before
    }
  })

  it('a 200-character or emoji dog name is refused next to the field with the real reason', async () => {
    await residentApi()
    await openForm('dog-registration')
    await type('dogName', '旺'.repeat(200))
    expect(errorOf('dogName')).toBe('犬只名字最多 10 个字，现在是 200 个字，请删掉 190 个')
    await type('dogName', '旺财🐶')
    expect(errorOf('dogName')).toBe('犬只名字不能包含表情符号，请只用文字')
    await type('dogName', '旺财')
    expect(errorOf('dogName')).toBe('')
  })

  it('the server refuses an emoji name sent around the app', async () => {
    const { api } = await residentApi()
    const def = getMatter('dog-registration').form!
    const profile = toResidentProfile(await api.getProfile())
    const refused = await api
      .submitApplication({
        matterId: 'dog-registration',
        values: { ...autofillValues(def, profile).values, dogName: '旺财🐶' },
        materials: {},
        idempotencyKey: 'emoji-name',
      })
      .catch((e: ApiError) => e)
    expect(refused).toBeInstanceOf(ApiError)
    expect((refused as ApiError).fieldErrors?.dogName).toBe('犬只名字不能包含表情符号，请只用文字')
  })
})

describe('居住证明', () => {
  it('needs at most 2 typed fields and reaches the receipt', async () => {
    const { api } = await residentApi()
    await openForm('residence-proof')
    const def = getMatter('residence-proof').form!
    const profile = toResidentProfile(await api.getProfile())
    const engineCount = typedFieldCount(def, Object.keys(autofillValues(def, profile).values))
    const shownCount = document.querySelectorAll('.apply-field--typed').length
    expect(shownCount).toBe(engineCount)
    expect(shownCount).toBeLessThanOrEqual(2)

    const purpose = def.fields.find((f) => f.key === 'purpose')!.options!
    const recipient = def.fields.find((f) => f.key === 'recipient')!.options!
    await pick('purpose', purpose, '子女入学')
    await pick('recipient', recipient, '学校或教育部门')
    await pick('delivery', PROOF_DELIVERY_OPTIONS, PROOF_DELIVERY_OPTIONS[0].label)
    await toggle('pledgeAccepted')
    const caseId = await submitAndFollowReceipt()
    const c = await api.getCase(caseId)
    expect(c.title).toBe('居住证明')
    cleanup()
    render(<ReceiptScreen caseId={caseId} />)
    await screen.findByText(c.caseNo)
    const expected = computeDueDate(c.submittedAt, getMatter('residence-proof').guide.timeLimitDays)
    expect(document.body.textContent).toContain(formatDateCn(expected.dueDate))
  }, 20_000)
})

describe('drafts', () => {
  it('survive a restart: a new store read from storage restores the half-filled form exactly, without government facts', async () => {
    await residentApi()
    const first = await openForm('dog-registration')
    await type('dogName', '小黑')
    await pick('breed', DOG_BREED_OPTIONS, '柯基')
    await type('ownerPhone', '13912345678')
    await upload('dogHeadPhoto')
    await new Promise((r) => setTimeout(r, 650)) // past the ~500 ms save throttle
    first.unmount()

    // the app is killed: only storage is left
    const raw = String(storage.get(DRAFTS_STORAGE_KEY))
    expect(raw).toContain('小黑')
    expect(raw).not.toContain('王志强')
    expect(raw).not.toContain('ownerIdNumber')
    expect(raw).not.toContain('ownerHukouAddress')
    expect(raw).not.toContain('13912345678') // phones stay in memory (test/flows/no-pii-in-storage.test.tsx)
    const restarted = createDraftsStore()
    await restarted.persist.rehydrate()
    const [draft] = Object.values(restarted.getState().drafts)
    expect(draft.values).toEqual({ dogName: '小黑', breed: '柯基' })
    expect(draft.materials.dogHeadPhoto).toHaveLength(1)
    expect(draft.idempotencyKey).toMatch(/^apply-/)

    // and the app's own store, emptied and re-read from that storage, fills the form again
    const snapshot = new Map(storage)
    act(() => useDraftsStore.setState({ drafts: {} }))
    for (const [k, v] of snapshot) storage.set(k, v)
    await act(() => useDraftsStore.persist.rehydrate() as Promise<void>)
    await openForm('dog-registration')
    expect(screen.getByText('已恢复您上次填写的内容')).toBeTruthy()
    expect(fieldEl('dogName').querySelector('taro-input-core')!.getAttribute('value')).toBe('小黑')
    expect(fieldEl('breed').textContent).toContain('柯基')
    expect(fieldEl('ownerName').textContent).toContain('王志强') // back from the record
    expect(document.getElementById('material-dogHeadPhoto')!.textContent).toContain('已上传')
  }, 20_000)
})

describe('submitting', () => {
  it('a double tap and a retried request with the same key create one case', async () => {
    const { api } = await residentApi()
    await openForm('residence-proof')
    const def = getMatter('residence-proof').form!
    await pick('purpose', def.fields.find((f) => f.key === 'purpose')!.options!, '银行业务')
    await pick('recipient', def.fields.find((f) => f.key === 'recipient')!.options!, '银行')
    await pick('delivery', PROOF_DELIVERY_OPTIONS, PROOF_DELIVERY_OPTIONS[1].label)
    await toggle('pledgeAccepted')
    const key = Object.values(useDraftsStore.getState().drafts)[0].idempotencyKey
    await tap('下一步：核对信息')
    const button = screen.getByText('确认提交')
    await act(async () => {
      fireEvent.click(button)
      fireEvent.click(button)
    })
    await waitFor(() => expect(navigations.filter((n) => n.kind === 'redirectTo')).toHaveLength(1))
    const caseId = decodeURIComponent(navigations.find((n) => n.kind === 'redirectTo')!.url!.split('id=')[1])
    // the same key with a different body is refused (IETF Idempotency-Key: 422), nothing new is filed;
    // an identical retry replays the stored reply (test/contract/idempotency.test.ts)
    const err = await api.submitApplication({ matterId: 'residence-proof', values: {}, materials: {}, idempotencyKey: key }).catch((e) => e)
    expect(err.status).toBe(422)
    expect(caseId).toBeTruthy()
    expect((await api.listMyCases({ kind: 'application' })).filter((c) => c.title === '居住证明')).toHaveLength(1)
  }, 20_000)

  it('offline: keeps the draft, says so, and one tap retries into a single case', async () => {
    const { backend, api } = await residentApi()
    let offline = true
    const flaky: GovApi = {
      ...api,
      submitApplication: async (req) => {
        if (offline) throw new ApiError({ code: 'network' })
        return api.submitApplication(req)
      },
    }
    setApi(flaky)
    await openForm('residence-proof')
    const def = getMatter('residence-proof').form!
    await pick('purpose', def.fields.find((f) => f.key === 'purpose')!.options!, '求职就业')
    await pick('recipient', def.fields.find((f) => f.key === 'recipient')!.options!, '用人单位')
    await pick('delivery', PROOF_DELIVERY_OPTIONS, PROOF_DELIVERY_OPTIONS[0].label)
    await toggle('pledgeAccepted')
    await tap('下一步：核对信息')
    await tap('确认提交')
    await screen.findByText(/申请还没有发出去/)
    const draft = Object.values(useDraftsStore.getState().drafts)[0]
    expect(draft.unsent).toBe(true)
    expect(draft.values.purpose).toBe('job')
    offline = false
    await tap('重新提交')
    await waitFor(() => expect(navigations.some((n) => n.kind === 'redirectTo')).toBe(true))
    const other = clientFor(backend)
    expect(other).toBeTruthy()
    expect((await api.listMyCases({ kind: 'application' })).filter((c) => c.title === '居住证明')).toHaveLength(1)
  }, 20_000)
})

describe('pages without what they need', () => {
  it('the form without an id offers the hall; the receipt without an id offers 我的办件', async () => {
    render(<ApplyScreen matterId='' />)
    expect(screen.getByText('没有选择要办的事')).toBeTruthy()
    cleanup()
    render(<ReceiptScreen caseId='' />)
    expect(screen.getByText('没有找到这份回执')).toBeTruthy()
  })

  it('a signed-out resident is asked to verify instead of seeing a broken form', async () => {
    const { backend } = testBackend(TEST_NOW)
    setApi(clientFor(backend))
    render(<ApplyScreen matterId='dog-registration' />)
    await screen.findByText('请先登录并核验身份')
    await tap('去核验身份')
    expect(navigations.at(-1)?.url).toMatch(/^\/pages\/login\/index\?returnUrl=/)
  })
})
