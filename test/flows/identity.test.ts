/**
 * Identity flows through the real session store, the identity feature's actions and the fake
 * backend: consent → face verification (server-decided) → autofill; failures; 代办; sign-out.
 */
import Taro from '@tarojs/taro'
import { resetTaroMock, storage, navigations } from '../support/taro-mock'
import { makeIdNumber, type Backend } from '@mock/backend'
import { createGovApiClient } from '@/api/client'
import { inProcessTransport } from '@/api/mock-adapter'
import type { Transport } from '@/api/contract/transport'
import { getApi, setApi, type GovApi } from '@/api'
import { getMatter } from '@/domain/matters/catalog'
import { autofillValues, PLEDGE_KEY } from '@/domain/matters/engine'
import { ensureVerified, profileForForms } from '@/features/identity'
import { familyQuery } from '@/features/identity/api/family'
import { profileQuery } from '@/features/identity/api/get-profile'
import { confirmVerification, nextAfterSignIn, signInAs, signOut } from '@/features/identity/session-actions'
import { runFaceStep } from '@/features/identity/face-step'
import { useDraftsStore } from '@/stores/drafts-store'
import { sessionTokenStore, useSessionStore } from '@/stores/session-store'
import { testQueryClient } from '../support/render-with-query'
import { clientFor, rejects, testBackend, verifiedResident } from '../support/backend'

const WANG = { name: '王志强', id: makeIdNumber('1985-07-20', 31), phone: '13908182345' }

let backend: Backend

/** The app's api: the real client over the in-process backend, tokens in the real session store. */
function appApi(transport: Transport = inProcessTransport(backend)): GovApi {
  const api = createGovApiClient(transport, sessionTokenStore)
  setApi(api)
  return api
}

async function consent(face = true, idNumber = true) {
  const c = await getApi().getConsent()
  return getApi().saveConsent({ version: c.version, privacy: true, face, idNumber })
}

/** the verify page's steps: start → camera step (simulated outcome) → server confirm */
async function faceCheck(outcome: Parameters<typeof runFaceStep>[1]) {
  const { verifyId } = await getApi().startFaceVerification()
  await runFaceStep(verifyId, outcome)
  return confirmVerification(verifyId)
}

function storageText(): string {
  return [...storage.entries()].map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join('\n')
}

beforeEach(async () => {
  resetTaroMock()
  backend = testBackend().backend
  appApi()
  useSessionStore.setState({ session: null })
  useDraftsStore.setState({ drafts: {} })
})

afterEach(() => setApi(null))

describe('sign-in → consent → verify → autofill', () => {
  it('asks for consent first, then face verification, then returns to the form', async () => {
    const back = '/packages/apply/pages/form/index?matterId=dog-registration'
    await signInAs('resident-new')
    expect(useSessionStore.getState().session?.user).toMatchObject({
      role: 'resident',
      verified: false,
      displayName: '微信用户',
    })
    expect(await nextAfterSignIn(back)).toBe(
      `/packages/identity/pages/consent/index?returnUrl=${encodeURIComponent(back)}`,
    )
    await consent()
    expect(await nextAfterSignIn(back)).toBe(
      `/packages/identity/pages/verify/index?returnUrl=${encodeURIComponent(back)}`,
    )
  })

  it('a pass decided by the server verifies the session and fills ≥ 6 dog-registration fields from the record', async () => {
    await signInAs('resident-new')
    await consent()
    const profile = await faceCheck('pass')
    expect(useSessionStore.getState().session?.user).toMatchObject({ verified: true, displayName: '王*强' })
    expect(profile.idNumberMasked).not.toBe(WANG.id)

    const form = getMatter('dog-registration').form!
    const filled = autofillValues(form, profileForForms(await testQueryClient().fetchQuery(profileQuery(useSessionStore.getState().session!.user.id))))
    expect(Object.keys(filled.values).length).toBeGreaterThanOrEqual(6)
    expect(Object.values(filled.values)).toEqual(expect.arrayContaining(['王志强', '13908182345']))
    // locked government facts carry their source badge
    expect(Object.values(filled.sources).some((s) => s.locked && /公安|人口/.test(s.source))).toBe(true)
    // the full ID number never reaches the client
    expect(JSON.stringify(filled.values)).not.toContain(WANG.id)
  })

  it('赵磊 (no residence address on file): the address field is left editable with a note', async () => {
    await signInAs('resident-no-address')
    await consent()
    const profile = await faceCheck('pass')
    const filled = autofillValues(getMatter('residence-proof').form!, profileForForms(profile))
    expect(filled.missing).toContain('address')
    expect(filled.notes.address).toMatch(/请您自己填写/)
    expect(filled.values.address).toBeUndefined()
  })
})

describe('failures', () => {
  it.each(['mismatch', 'timeout', 'unsupported', 'cancelled'] as const)(
    '%s: no profile data reaches the client',
    async (outcome) => {
      await signInAs('resident-new')
      await consent()
      const err = await rejects(faceCheck(outcome))
      expect(err.code).toBe('face-failed')
      expect(err.message).toMatch(/[\u4e00-\u9fff]/)
      expect(useSessionStore.getState().session?.user.verified).toBe(false)
      expect((await rejects(getApi().getProfile())).status).toBe(403)
      const userId = useSessionStore.getState().session!.user.id
      expect((await rejects(testQueryClient().fetchQuery(profileQuery(userId)))).status).toBe(403)
      expect(testQueryClient().getQueryData(profileQuery(userId).queryKey)).toBeUndefined()
      expect(storageText()).not.toContain(WANG.name)
      expect(storageText()).not.toContain(WANG.id)
    },
  )

  it('a forged client-side "verified" is worth nothing: the server still refuses the profile', async () => {
    await signInAs('resident-new')
    await consent()
    const s = useSessionStore.getState().session!
    useSessionStore.getState().setUser({ ...s.user, verified: true }) // tampered local state
    expect((await rejects(getApi().getProfile())).status).toBe(403)
    // confirming without the camera step having passed is refused too
    const { verifyId } = await getApi().startFaceVerification()
    expect((await rejects(confirmVerification(verifyId))).code).toBe('face-failed')
    expect(
      (
        await rejects(
          getApi().submitApplication({ matterId: 'residence-proof', values: {}, materials: {}, idempotencyKey: 'k1' }),
        )
      ).status,
    ).toBe(403)
  })

  it('without separate face / ID consent the server will not start a verification', async () => {
    await signInAs('resident-new')
    await consent(false, true)
    const err = await rejects(getApi().startFaceVerification())
    expect(err.status).toBe(403)
    expect(await nextAfterSignIn(null)).toBe('/pages/me/index')
  })

  it('a network failure while starting: the retry gets the same verification, not a second one', async () => {
    let dropNext = true
    const inner = inProcessTransport(backend)
    appApi(async (req) => {
      const res = await inner(req)
      if (dropNext && req.method === 'POST' && req.path === '/v1/face/verifications') {
        dropNext = false
        throw new Error('socket hang up') // the server did the work; the answer was lost
      }
      return res
    })
    await signInAs('resident-new')
    await consent()
    expect((await rejects(getApi().startFaceVerification())).code).toBe('network')
    const { verifyId } = await getApi().startFaceVerification()
    expect(backend.state.verifications.size).toBe(1)
    await runFaceStep(verifyId, 'pass')
    await confirmVerification(verifyId)
    expect(useSessionStore.getState().session?.user.verified).toBe(true)
  })

  it('withdrawing face consent locks the profile again, and the client learns it from the server', async () => {
    await signInAs('resident-new')
    await consent()
    await faceCheck('pass')
    await consent(false, true)
    const api = getApi()
    useSessionStore.getState().setSession(await api.refresh(useSessionStore.getState().session!.refreshToken))
    expect(useSessionStore.getState().session?.user.verified).toBe(false)
    expect((await rejects(api.getProfile())).status).toBe(403)
  })

  it('an expired session mid-form sends the resident to sign in and back to the same form', async () => {
    const form = '/packages/apply/pages/form/index?matterId=residence-proof'
    expect(ensureVerified(form)).toBe(false)
    expect(navigations.at(-1)?.url).toBe(`/pages/login/index?returnUrl=${encodeURIComponent(form)}`)
    await signInAs('resident-new')
    expect(ensureVerified(form)).toBe(false)
    expect(navigations.at(-1)?.url).toBe(`/packages/identity/pages/verify/index?returnUrl=${encodeURIComponent(form)}`)
  })
})

describe('代办: 王志强 applies for his father 王德福', () => {
  it('adds his father (consent recorded), applies on his behalf, and both see the case', async () => {
    await signInAs('resident-new')
    await consent()
    const me = await faceCheck('pass')
    const father = me.householdMembers.find((m) => m.relation === '父母')!
    expect(await testQueryClient().fetchQuery(familyQuery())).toEqual([])
    const added = await getApi().addFamilyMember({ residentId: father.residentId, relation: '父母' })
    expect(added).toMatchObject({ nameMasked: '王*福', relation: '父母', inHousehold: true })
    expect(backend.state.audit.some((a) => a.action === 'family-add' && /consent=simulated/.test(a.detail))).toBe(true)

    const submitted = await getApi().submitApplication({
      matterId: 'residence-proof',
      onBehalfOf: father.residentId,
      values: {
        purpose: 'bank',
        recipient: 'bank',
        delivery: 'electronic',
        address: '四川省达州市通川区朝阳街道西外社区西外大街 88 号 3 栋 2 单元 501',
        residentSince: '2012-09-01',
        applicantPhone: WANG.phone, // 王德福 has no phone on file: the son's number to call
        [PLEDGE_KEY]: true,
      },
      materials: {},
      idempotencyKey: 'proxy-1',
    })
    expect(submitted.proxy?.nameMasked).toBe('王*强')
    expect((await getApi().listMyCases()).map((c) => c.id)).toContain(submitted.id)

    const defu = clientFor(backend)
    await defu.login({ code: 'wang-defu' })
    await defu.saveConsent({ version: (await defu.getConsent()).version, privacy: true, face: true, idNumber: true })
    const { verifyId } = await defu.startFaceVerification({ name: '王德福', idNumber: makeIdNumber('1950-01-15', 11) })
    await defu.simulateFaceStep(verifyId, 'pass')
    await defu.confirmFaceVerification(verifyId)
    expect((await defu.listMyCases()).map((c) => c.id)).toContain(submitted.id)
  })

  it('keeps to 5 relatives, checks a relative elsewhere by name + ID number, refuses strangers to the unverified', async () => {
    const api = await verifiedResident(backend, 'resident-elder')
    expect(
      (
        await rejects(
          api.addFamilyMember({ name: '王德福', idNumber: makeIdNumber('1950-01-15', 12), relation: '父母' }),
        )
      ).status,
    ).toBe(400)
    const ok = await api.addFamilyMember({
      name: '王德福',
      idNumber: makeIdNumber('1950-01-15', 11),
      relation: '其他亲属',
    })
    expect(ok).toMatchObject({ nameMasked: '王*福', inHousehold: false })
    for (const [name, birth, seq] of [
      ['刘芳', '1987-11-02', 42],
      ['陈静', '1990-04-18', 62],
      ['赵磊', '1995-08-08', 71],
      ['周敏', '1978-12-05', 96],
    ] as const) {
      await api.addFamilyMember({ name, idNumber: makeIdNumber(birth, seq), relation: '其他亲属' })
    }
    expect(await api.listFamily()).toHaveLength(5)
    expect((await rejects(api.addFamilyMember({ name: '王志强', idNumber: WANG.id, relation: '子女' }))).code).toBe(
      'conflict',
    )
    await api.removeFamilyMember(ok.residentId)
    expect(await api.listFamily()).toHaveLength(4)

    const unverified = clientFor(backend)
    await unverified.login({ persona: 'resident-new' })
    expect((await rejects(unverified.listFamily())).status).toBe(403)
  })
})

describe('profile corrections and reveal', () => {
  it('files a correction request instead of editing, and logs a reveal of the own ID number', async () => {
    const api = await verifiedResident(backend, 'resident-minority')
    expect(
      (await rejects(api.requestProfileCorrection({ field: 'ethnicity', description: '' }))).fieldErrors.description,
    ).toBeTruthy()
    const c = await api.requestProfileCorrection({ field: 'ethnicity', description: '民族应为回族' })
    expect(c).toMatchObject({ field: 'ethnicity', status: 'received' })
    expect(c.message).toMatch(/户籍窗口/)
    await api.revealOwnIdNumber('本人查看')
    expect(backend.state.audit.some((a) => a.action === 'reveal-own-id')).toBe(true)
    // the audit log keeps no ID number
    expect(JSON.stringify(backend.state.audit)).not.toContain(makeIdNumber('1992-02-29', 84))
  })
})

describe('sign-out', () => {
  it('leaves no name, ID number or phone anywhere in storage, and forgets the profile in memory', async () => {
    await signInAs('resident-new')
    await consent()
    const profile = await faceCheck('pass')
    const revealed = (await getApi().revealOwnIdNumber('本人查看')).value
    // the profile and the relatives in memory, as the screens would have fetched them
    const userId = useSessionStore.getState().session!.user.id
    expect((await testQueryClient().fetchQuery(profileQuery(userId))).name).toBe(WANG.name)
    await testQueryClient().fetchQuery(familyQuery())
    // a draft with personal data, as the apply form would keep it
    useDraftsStore.getState().saveDraft(profile.residentId, 'residence-proof', {
      values: { applicantName: profile.name, applicantIdNumber: revealed, applicantPhone: profile.phone },
    })
    // drafts never write ID numbers or phones (test/flows/no-pii-in-storage.test.tsx); the name is there
    expect(storageText()).toContain(WANG.name)
    for (const pii of [WANG.id, WANG.phone]) expect(storageText()).not.toContain(pii)
    // whatever else an sqt: key might hold is wiped too: the scan can see these
    Taro.setStorageSync('sqt:planted', JSON.stringify({ id: WANG.id, phone: WANG.phone }))
    for (const pii of [WANG.name, WANG.id, WANG.phone]) expect(storageText()).toContain(pii)

    await signOut()

    const text = storageText()
    for (const pii of [WANG.name, WANG.id, WANG.phone, profile.idNumberMasked, '王*强']) expect(text).not.toContain(pii)
    expect(useSessionStore.getState().session).toBeNull()
    // the query cache held the profile and the relatives; sign-out leaves it empty
    expect(testQueryClient().getQueryCache().getAll()).toEqual([])
    expect(backend.state.sessions.size).toBe(0)
  })
})
