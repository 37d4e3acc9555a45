/** The guide factory's defaults and the dog fields the four dog forms share. */
import { COMMUNITY_WINDOW, POLICE_HOUSEHOLD_WINDOW } from '@/domain/matters/community-config'
import { getMatter, MATTERS } from '@/domain/matters/catalog'
import { windowGuide, type WindowGuideData } from '@/domain/matters/window-guide'

const base: WindowGuideData = {
  whoMayApply: ['本社区居民'],
  conditions: ['在本社区居住'],
  materials: [{ name: '居民身份证原件', required: true }],
  timeLimitDays: 3,
  delivery: ['社区领取'],
  departmentId: 'community',
  mode: 'appointment',
  legalBasis: ['《中华人民共和国城市居民委员会组织法》'],
  keywords: ['证明'],
}

describe('windowGuide', () => {
  it('fills in what most matters share: free, the community window, one visit unless online', () => {
    const g = windowGuide(base)
    expect(g).toMatchObject({ fee: '免费', window: COMMUNITY_WINDOW, visits: 1 })
    expect(windowGuide({ ...base, mode: 'online' }).visits).toBe(0)
    expect('statutoryDays' in g).toBe(false)
  })

  it('keeps what a matter says for itself', () => {
    const g = windowGuide({ ...base, fee: '工本费 20 元', window: POLICE_HOUSEHOLD_WINDOW, visits: 0, statutoryDays: 10 })
    expect(g).toMatchObject({ fee: '工本费 20 元', window: POLICE_HOUSEHOLD_WINDOW, visits: 0, statutoryDays: 10 })
  })

  it('gives every catalog matter a window to go to and says whether it issues a certificate', () => {
    for (const m of MATTERS) {
      expect(m.guide.window?.address).toBeTruthy()
      expect(m.certificate === undefined).toBe(false)
    }
  })
})

describe('dog forms', () => {
  const fields = (id: Parameters<typeof getMatter>[0]) => getMatter(id).form?.fields ?? []
  const byKey = (id: Parameters<typeof getMatter>[0], key: string) => fields(id).find((f) => f.key === key)

  it('check the rabies vaccination the same way at registration and at the annual review', () => {
    for (const key of ['vaccineCertNo', 'vaccinationDate']) {
      const reg = byKey('dog-registration', key)
      const review = byKey('dog-annual-review', key)
      expect(reg?.validate).toBeDefined()
      expect(review?.validate?.map((v) => v.kind)).toEqual(reg?.validate?.map((v) => v.kind))
    }
    expect(byKey('dog-annual-review', 'vaccineCertNo')?.label).toBe('新的狂犬病免疫证号')
    expect(getMatter('dog-annual-review').form?.materials.some((m) => m.key === 'vaccinationCertPhoto' && m.required)).toBe(true)
  })

  it('ask for the owner and the dog in the same fields wherever a registered dog is picked', () => {
    for (const id of ['dog-annual-review', 'dog-deregistration', 'dog-info-change'] as const) {
      const keys = fields(id).map((f) => f.key)
      expect(keys).toEqual(expect.arrayContaining(['ownerName', 'ownerIdNumber', 'ownerPhone', 'dogLicenceNo']))
      expect(byKey(id, 'ownerIdNumber')?.autofill).toMatchObject({ from: 'idNumber', locked: true })
    }
  })
})
