/** The community area, street-level places, and the draft rules behind 发送. */
import { COMMUNITY_CENTRE, isInOurCommunity, roughArea, distanceMeters } from '@/domain/complaints'
import { checkDraft, descriptionFor, toRequest } from '@/features/complaints/draft-rules'
import { emptyDraft, migrateComplaintDrafts, type ComplaintDraftData } from '@/stores/complaint-draft-store'

const draft = (patch: Partial<ComplaintDraftData>): ComplaintDraftData => ({ ...emptyDraft(), ...patch })
const photo = (n: number) => ({ id: `p${n}`, path: `wxfile://tmp/${n}.jpg`, size: 300_000, mime: 'image/jpeg', name: `${n}.jpg`, state: 'uploaded' as const, progress: 100, fileId: `file-${n}`, compressed: true })

describe('西外社区 area', () => {
  it('holds the centre and the seeded reports, and is about 1 km across each way', () => {
    expect(isInOurCommunity(COMMUNITY_CENTRE)).toBe(true)
    expect(isInOurCommunity({ lat: COMMUNITY_CENTRE.lat + 0.003, lng: COMMUNITY_CENTRE.lng - 0.002 })).toBe(true)
    const north = { lat: COMMUNITY_CENTRE.lat + 0.0085, lng: COMMUNITY_CENTRE.lng }
    expect(isInOurCommunity(north)).toBe(true)
    expect(distanceMeters(COMMUNITY_CENTRE, north)).toBeGreaterThan(900)
    expect(isInOurCommunity({ lat: COMMUNITY_CENTRE.lat + 0.012, lng: COMMUNITY_CENTRE.lng })).toBe(false)
    expect(isInOurCommunity({ lat: COMMUNITY_CENTRE.lat, lng: COMMUNITY_CENTRE.lng + 0.015 })).toBe(false)
  })

  it('keeps only the street for the public', () => {
    expect(roughArea('西外大街 88 号门口')).toBe('西外大街附近')
    expect(roughArea('凤凰大道 12 号旁')).toBe('凤凰大道附近')
    expect(roughArea('滨河路 21 号楼下')).toBe('滨河路附近')
    expect(roughArea('3 栋 2 单元')).toBe('西外社区内')
    expect(roughArea('')).toBe('西外社区内')
  })
})

describe('draft rules', () => {
  it('随手拍 needs a photo, a type and a place; the one line is optional', () => {
    expect(checkDraft('snap', draft({}))).toMatchObject({
      photos: expect.stringContaining('请至少拍一张照片'),
      categoryId: '请选择问题类型',
      address: expect.stringContaining('请说明问题在哪里'),
    })
    expect(checkDraft('snap', draft({})).description).toBeUndefined()
    const ok = draft({ photos: [photo(1)], categoryId: 'sanitation', address: '凤凰大道 12 号' })
    expect(checkDraft('snap', ok)).toEqual({})
    expect(descriptionFor('snap', ok)).toBe('随手拍：环境卫生问题，详见照片和位置')
    expect(descriptionFor('snap', { ...ok, description: '垃圾没清' })).toBe('随手拍（环境卫生）：垃圾没清')
  })

  it('微诉求 needs 10–500 characters and, for 办不成事, the matter and where it got stuck', () => {
    const e = checkDraft('complaint', draft({ categoryId: 'not-done', description: '办不了' }))
    expect(e.description).toBe('请至少用10个字描述问题（现在3个字）')
    expect(e.matterId).toBe('请选择没办成的事项')
    expect(e.stuckAt).toBe('请说明卡在哪一步')
    expect(checkDraft('complaint', draft({ categoryId: 'noise', description: '吵'.repeat(501) })).description).toMatch(/不能超过500个字/)
  })

  it('more than 6 photos, and a place outside the community until confirmed', () => {
    const seven = draft({ categoryId: 'sanitation', description: '垃圾堆了三天没有人清理', photos: [1, 2, 3, 4, 5, 6, 7].map(photo) })
    expect(checkDraft('complaint', seven).photos).toBe('最多6张照片，请删掉1张')
    const far = draft({ categoryId: 'sanitation', description: '垃圾堆了三天没有人清理', location: { lat: 31.3, lng: 107.5, address: '', source: 'gps' } })
    expect(checkDraft('complaint', far).location).toMatch(/不在西外社区范围内/)
    expect(checkDraft('complaint', { ...far, outsideConfirmed: true })).toEqual({})
  })

  it('the request carries the draft key, 办不成事 details and a typed place', () => {
    const d = draft({ categoryId: 'not-done', description: '线上提交居住证明一直失败', matterId: 'residence-proof', stuckAt: '线上提交失败', address: '社区服务中心', anonymous: true })
    const req = toRequest('complaint', d, [])
    expect(req).toMatchObject({ idempotencyKey: d.key, anonymous: true, public: true, location: null, extra: { matterId: 'residence-proof', stuckAt: '线上提交失败', address: '社区服务中心' } })
    // the place is its own 位置 row, not glued onto the description
    expect(req.description).toBe('线上提交居住证明一直失败')
  })

  it('a stored draft survives a restart; photos cut off mid-way can be retried', () => {
    const stored = { drafts: { snap: { ...draft({ categoryId: 'sanitation' }), photos: [{ ...photo(1), state: 'uploading', fileId: undefined }, { ...photo(2), state: 'compressing' }] } } }
    const { drafts } = migrateComplaintDrafts(JSON.parse(JSON.stringify(stored)), 1)
    expect(drafts.snap.categoryId).toBe('sanitation')
    expect(drafts.snap.photos.map((p) => p.state)).toEqual(['ready', 'failed'])
    expect(drafts.complaint.key).toMatch(/^complaint-/)
    expect(migrateComplaintDrafts('garbage', 0).drafts.snap.photos).toEqual([])
  })
})
