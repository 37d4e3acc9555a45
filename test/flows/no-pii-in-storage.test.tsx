/** @jest-environment jest-fixed-jsdom */
/**
 * No one else's ID number or phone in plain storage (issue 12 §7). A resident fills 亲属关系证明
 * with a relative's ID number and another phone, the app is killed, and every stored key and
 * value is read: the relative's ID number and the phones are not there (drafts keep them in
 * memory only, decided by the fields' types), the rest of the draft is. An application waiting
 * in the outbox is stored without them and, after a kill, waits for the resident instead of
 * going out half-empty. A complaint's GPS position is gone from storage once it is sent.
 * Only the file picker is a stand-in; the backend is the fake government one.
 */
import '../ui/dom-config'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../support/render-with-query'
import { ApiError, setApi, type GovApi } from '@/api'
import { createGovApiClient } from '@/api/client'
import { inProcessTransport } from '@/api/mock-adapter'
import { idNumberCheckChar } from '@/domain/identity/id-number'
import { getMatter } from '@/domain/matters/catalog'
import { holdsPersonalNumber, personalNumberKeys } from '@/domain/matters/personal-fields'
import { MATTERS } from '@/domain/matters/catalog'
import { PROOF_DELIVERY_OPTIONS } from '@/domain/matters/definitions/proof-common'
import type { FieldOption } from '@/domain/matters/types'
import { ApplyScreen } from '@/features/apply'
import { createDraftsStore, DRAFTS_STORAGE_KEY, useDraftsStore } from '@/stores/drafts-store'
import { emptyDraft, useComplaintDraftStore } from '@/stores/complaint-draft-store'
import { getOutbox, REDACTED_APPLICATION_MESSAGE, resetOutbox } from '@/stores/outbox-store'
import { sessionTokenStore, useSessionStore } from '@/stores/session-store'
import { setAppClock } from '@/lib/app-clock'
import { resetTaroMock, storage } from '../support/taro-mock'
import { chooseOption } from '../support/sheet'
import { testBackend, TEST_NOW } from '../support/backend'
import { signInVerified } from '../support/verified-session'

// WeChat's encrypted storage (secure-storage.weapp.ts), switchable per test; off = H5's plain storage
const mockVault = new Map<string, string>()
let mockEncrypted = false
jest.mock('@/platform/secure-storage', () => ({
  get secureStorageEncrypted() {
    return mockEncrypted
  },
  secureStorage: {
    getItem: async (k: string) => mockVault.get(k) ?? null,
    setItem: async (k: string, v: string) => void mockVault.set(k, v),
    removeItem: async (k: string) => void mockVault.delete(k),
  },
}))

jest.mock('@/platform/media', () => {
  const actual = jest.requireActual('@/platform/media')
  return {
    ...actual,
    pickMaterials: jest.fn(async () => [{ path: 'blob:proof', name: 'proof.jpg', mime: 'image/jpeg', size: 200_000, kind: 'photo' }]),
  }
})

const RELATIVE_ID = (() => {
  const first17 = '51170219550312002'
  return first17 + idNumberCheckChar(first17)
})()
const OTHER_PHONE = '13688886666'

/** Everything the app left on the phone, as one string. */
const everythingStored = () => [...storage.entries()].map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join('\n')

beforeEach(() => {
  setAppClock(() => Date.parse(TEST_NOW)) // the screens and the fake backend agree on the day
  mockEncrypted = false
  mockVault.clear()
  resetTaroMock()
  resetOutbox()
  useDraftsStore.setState({ drafts: {} })
  useComplaintDraftStore.setState({ drafts: { snap: emptyDraft(), complaint: emptyDraft() } })
})
afterEach(() => {
  setAppClock(null)
  cleanup()
  resetOutbox()
  setApi(null)
  useSessionStore.getState().setSession(null)
})

async function residentApi(persona = 'resident-new') {
  const { backend } = testBackend(TEST_NOW)
  const api = createGovApiClient(inProcessTransport(backend), sessionTokenStore)
  await signInVerified(api, persona)
  return { backend, api }
}

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
  await chooseOption(fieldEl(key), label)
  expect(options.some((o) => o.label === label)).toBe(true)
}
async function tap(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text))
  })
}

const kinship = getMatter('kinship-proof').form!
const optionsOf = (key: string) => kinship.fields.find((f) => f.key === key)!.options!

async function fillKinship() {
  render(<ApplyScreen matterId='kinship-proof' />)
  await screen.findByText('下一步：核对信息', undefined, { timeout: 5000 })
  await type('relativeName', '王秀英')
  await type('relativeIdNumber', RELATIVE_ID)
  await type('applicantPhone', OTHER_PHONE)
  await pick('relation', optionsOf('relation'), '父母')
  await pick('purpose', optionsOf('purpose'), '银行业务')
  await pick('delivery', PROOF_DELIVERY_OPTIONS, PROOF_DELIVERY_OPTIONS[0].label)
  const box = document.getElementById('material-relationEvidence')!
  await act(async () => {
    fireEvent.click(box.querySelector('taro-button-core')!)
  })
  await waitFor(() => expect(box.querySelectorAll('.apply-file')).toHaveLength(1))
  await act(async () => {
    fireEvent.click(fieldEl('pledgeAccepted').querySelector('.switch-row')!)
  })
}

describe('which fields hold an ID number or a phone', () => {
  it('is read from the field types of every form, not from a list of names', () => {
    expect([...personalNumberKeys(kinship)].sort()).toEqual(['applicantIdNumber', 'applicantPhone', 'relativeIdNumber'])
    expect(personalNumberKeys(getMatter('senior-meal').form!).has('emergencyContactPhone')).toBe(true)
    for (const m of MATTERS) {
      for (const f of m.form?.fields ?? []) {
        if (/身份证号|电话|手机/.test(f.label)) expect([m.id, f.key, holdsPersonalNumber(f)]).toEqual([m.id, f.key, true])
      }
    }
  })
})

describe('an application draft after the app is killed', () => {
  it("holds the relative's name and the choices, never the relative's ID number or any phone", async () => {
    await residentApi()
    await fillKinship()
    // while the app runs, the form still has them
    expect(fieldEl('relativeIdNumber').querySelector('taro-input-core')!.getAttribute('value')).toBe(RELATIVE_ID)
    await new Promise((r) => setTimeout(r, 650)) // past the ~500 ms save throttle
    cleanup() // leaving the page flushes the draft

    // killed: only storage is left
    const stored = everythingStored()
    expect(stored).toContain(DRAFTS_STORAGE_KEY)
    expect(stored).toContain('王秀英')
    expect(stored).not.toContain(RELATIVE_ID)
    expect(stored).not.toContain(RELATIVE_ID.slice(0, 17))
    expect(stored).not.toContain(OTHER_PHONE)

    const restarted = createDraftsStore()
    await restarted.persist.rehydrate()
    const [draft] = Object.values(restarted.getState().drafts)
    expect(draft.values).toMatchObject({ relativeName: '王秀英', relation: 'parent', purpose: 'bank' })
    expect(draft.values.relativeIdNumber).toBeUndefined()
    expect(draft.materials.relationEvidence).toHaveLength(1)

    // reopened: the relative's ID number is asked for again, the applicant's phone is the record's
    const snapshot = new Map(storage)
    act(() => useDraftsStore.setState({ drafts: {} })) // the app's memory is gone (this write is undone below)
    for (const [k, v] of snapshot) storage.set(k, v)
    await act(() => useDraftsStore.persist.rehydrate() as Promise<void>)
    render(<ApplyScreen matterId='kinship-proof' />)
    await screen.findByText('已恢复您上次填写的内容', undefined, { timeout: 5000 })
    expect(fieldEl('relativeName').querySelector('taro-input-core')!.getAttribute('value')).toBe('王秀英')
    expect(fieldEl('relativeIdNumber').querySelector('taro-input-core')!.getAttribute('value') ?? '').toBe('')
    expect(fieldEl('applicantPhone').querySelector('taro-input-core')!.getAttribute('value')).not.toBe(OTHER_PHONE)
  }, 30_000)

  it('a draft written by an older version loses its ID numbers and phones when it is read', async () => {
    storage.set(
      DRAFTS_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        state: {
          drafts: {
            'u:kinship-proof': {
              matterId: 'kinship-proof',
              applicantId: 'u',
              formVersion: 1,
              values: { relativeName: '王秀英', relativeIdNumber: RELATIVE_ID, applicantPhone: OTHER_PHONE },
              materials: {},
              idempotencyKey: 'apply-old',
              updatedAt: '2026-11-01T00:00:00.000Z',
            },
          },
        },
      }),
    )
    const store = createDraftsStore()
    await store.persist.rehydrate()
    expect(store.getState().drafts['u:kinship-proof'].values).toEqual({ relativeName: '王秀英' })
    expect(everythingStored()).not.toContain(RELATIVE_ID)
    expect(everythingStored()).not.toContain(OTHER_PHONE)
  })
})

describe('an application waiting in the outbox', () => {
  /** 亲属关系证明 filed while the network is down: it waits in the outbox; `goOnline()` lets sends through. */
  async function fileKinshipOffline() {
    const { api } = await residentApi()
    const sent: unknown[] = []
    let offline = true
    setApi({
      ...api,
      submitApplication: async (req) => {
        sent.push(req)
        if (offline) throw new ApiError({ code: 'network' })
        return api.submitApplication(req)
      },
    })
    await fillKinship()
    await tap('下一步：核对信息')
    await tap('确认提交')
    await screen.findByText(/申请还没有发出去/)
    return { sent, goOnline: () => void (offline = false) }
  }

  it('is stored without them and, after a kill, waits for the resident rather than going out half-empty', async () => {
    const { sent, goOnline } = await fileKinshipOffline()
    expect(sent).toHaveLength(1)
    expect(JSON.stringify(sent[0])).toContain(RELATIVE_ID) // it did go out with them while the app ran
    cleanup()

    const stored = everythingStored()
    expect(stored).toContain('outbox')
    expect(stored).not.toContain(RELATIVE_ID)
    expect(stored).not.toContain(OTHER_PHONE)

    // killed and started again, online: nothing half-empty is sent; the entry says what to do
    goOnline()
    resetOutbox()
    const box = getOutbox()
    await box.drain()
    expect(sent).toHaveLength(1)
    const [entry] = box.entries()
    expect(entry).toMatchObject({ state: 'failed', error: REDACTED_APPLICATION_MESSAGE })
    expect(Object.values(useDraftsStore.getState().drafts)[0].unsent).toBe(true)
  }, 30_000)

  it('on WeChat waits in encrypted storage instead, and after a kill goes out whole', async () => {
    mockEncrypted = true
    const { sent, goOnline } = await fileKinshipOffline()
    cleanup()
    await waitFor(() => expect([...mockVault.values()].join()).toContain(RELATIVE_ID))
    expect(everythingStored()).not.toContain(RELATIVE_ID) // plain storage: still nothing
    expect(everythingStored()).not.toContain(OTHER_PHONE)

    // killed and started again, online: the application goes out with the values it was filed with
    goOnline()
    resetOutbox()
    const box = getOutbox()
    await waitFor(() => expect(box.entries()[0]?.state).toBe('delivered'), { timeout: 10_000 })
    expect(sent).toHaveLength(2)
    expect(JSON.stringify(sent[1])).toContain(RELATIVE_ID)
    expect(JSON.stringify(sent[1])).toContain(OTHER_PHONE)
    await waitFor(() => expect([...mockVault.values()].join()).not.toContain(RELATIVE_ID))
  }, 30_000)
})

describe('a complaint once it is sent', () => {
  it('leaves no GPS position in storage, even when it went out in the background', async () => {
    const { api } = await residentApi()
    const HERE = { lat: 31.21391, lng: 107.48653 }
    let offline = true
    const flaky: GovApi = {
      ...api,
      createComplaint: async (req) => {
        if (offline) throw new ApiError({ code: 'network' })
        return api.createComplaint(req)
      },
    }
    setApi(flaky)
    const store = useComplaintDraftStore.getState()
    store.update('snap', { categoryId: 'sanitation', description: '垃圾堆了三天没人清理', location: { ...HERE, address: '', source: 'gps' } })
    const d = useComplaintDraftStore.getState().drafts.snap
    const out = await getOutbox().submit({
      id: d.key,
      label: '随手拍：环境卫生',
      call: {
        op: 'createComplaint',
        args: [{ categoryId: 'sanitation', description: d.description, photos: [], location: { ...HERE, address: '' }, anonymous: false, public: true, idempotencyKey: d.key }],
      },
    })
    expect(out.state).toBe('pending')
    // not sent yet: the draft and the outbox keep the place, so nothing is lost
    expect(everythingStored()).toContain(String(HERE.lat))

    offline = false
    await getOutbox().drain()
    expect(getOutbox().entries()[0].state).toBe('delivered')
    expect(everythingStored()).not.toContain(String(HERE.lat))
    expect(everythingStored()).not.toContain(String(HERE.lng))
    expect(useComplaintDraftStore.getState().drafts.snap.location).toBeNull()
    expect(useComplaintDraftStore.getState().drafts.snap.description).toBe('垃圾堆了三天没人清理')
  })
})
