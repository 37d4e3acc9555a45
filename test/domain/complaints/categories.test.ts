import {
  COMPLAINT_CATEGORIES,
  complaintCategory,
  isComplaintCategoryId,
  snapCategories,
} from '@/domain/complaints/categories'
import { DEPARTMENTS } from '@/domain/org/departments'

describe('complaint categories', () => {
  it('lists the ten categories in order', () => {
    expect(COMPLAINT_CATEGORIES.map((c) => c.name)).toEqual([
      '办不成事',
      '环境卫生',
      '噪音扰民',
      '物业纠纷',
      '公共设施',
      '安全隐患',
      '邻里矛盾',
      '政策咨询',
      '意见建议',
      '其他',
    ])
  })

  it('has unique kebab-case ids, one-line descriptions, icons and real departments', () => {
    const ids = COMPLAINT_CATEGORIES.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    const departments = DEPARTMENTS.map((d) => d.id) as string[]
    for (const c of COMPLAINT_CATEGORIES) {
      expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(c.description).toMatch(/[\u4e00-\u9fff]/)
      expect(c.description).not.toMatch(/\n/)
      expect(c.icon.length).toBeGreaterThan(0)
      expect(departments).toContain(c.defaultDepartment)
    }
  })

  it('asks 办不成事 for the matter and where it got stuck', () => {
    const notDone = complaintCategory('not-done')
    expect(notDone?.extraFields?.map((f) => [f.key, f.input, f.required])).toEqual([
      ['matterId', 'matter', true],
      ['stuckAt', 'text', true],
    ])
    expect(complaintCategory('noise')?.extraFields).toBeUndefined()
  })

  it('offers in 随手拍 only what a photo can show', () => {
    const snap = snapCategories().map((c) => c.id)
    expect(snap).toEqual(expect.arrayContaining(['sanitation', 'public-facilities', 'safety-hazard']))
    expect(snap).not.toContain('noise')
    expect(snap).not.toContain('not-done')
    expect(snap).not.toContain('policy-question')
  })

  it('recognises ids', () => {
    expect(isComplaintCategoryId('noise')).toBe(true)
    expect(isComplaintCategoryId('噪音扰民')).toBe(false)
    expect(isComplaintCategoryId(undefined)).toBe(false)
  })
})
