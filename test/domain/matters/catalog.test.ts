import { compression, findMatter, getMatter, MATTERS, mattersByTheme } from '@/domain/matters/catalog'
import { COMMUNITY_WINDOW } from '@/domain/matters/community-config'
import { MATTER_INDEX, THEMES, type MatterId } from '@/domain/matters/matter-index'
import { RULES } from '@/domain/matters/rules'
import type { FieldType } from '@/domain/matters/types'
import { DEPARTMENTS } from '@/domain/org/departments'

const SIX_FLOWS: MatterId[] = [
  'dog-registration',
  'dog-annual-review',
  'dog-deregistration',
  'residence-proof',
  'hardship-proof',
  'house-number-proof',
]
const SIMPLE_ONLINE: MatterId[] = [
  'dog-info-change',
  'dog-licence-reissue',
  'kinship-proof',
  'activity-room-booking',
  'volunteer-registration',
  'senior-meal',
]
const KEYBOARD_TYPES: FieldType[] = ['text', 'textarea', 'number', 'address', 'id-number', 'phone', 'name']

describe('the catalog against the index', () => {
  it('holds exactly the 46 matters of the index, same ids, names, themes and order', () => {
    expect(MATTERS).toHaveLength(46)
    expect(MATTERS.map((m) => [m.id, m.name, m.theme])).toEqual(MATTER_INDEX.map((m) => [m.id, m.name, m.theme]))
  })

  it('has no duplicate ids or names', () => {
    expect(new Set(MATTERS.map((m) => m.id)).size).toBe(46)
    expect(new Set(MATTERS.map((m) => m.name)).size).toBe(46)
  })

  it('finds matters by id and groups them by theme in display order', () => {
    expect(getMatter('residence-proof').name).toBe('居住证明')
    expect(findMatter('no-such-matter')).toBeUndefined()
    const groups = mattersByTheme()
    expect(groups.map((g) => g.id)).toEqual(THEMES.map((t) => t.id).filter((id) => groups.some((g) => g.id === id)))
    expect(groups.flatMap((g) => g.matters)).toHaveLength(46)
    expect(groups.find((g) => g.id === 'dogs')!.matters.map((m) => m.name)).toEqual([
      '养犬登记',
      '犬只年检',
      '犬只注销',
      '犬只信息变更',
      '犬证补领',
      '犬只狂犬病免疫登记',
      '犬只绝育补贴申请',
    ])
  })
})

describe.each(MATTERS.map((m) => [m.name, m] as const))('办事指南: %s', (_name, m) => {
  const g = m.guide

  it('is complete', () => {
    expect(m.summary).toMatch(/。$/)
    expect(g.whoMayApply.length).toBeGreaterThan(0)
    expect(g.conditions.length).toBeGreaterThan(0)
    expect(g.materials.length).toBeGreaterThan(0)
    expect(g.materials.every((x) => x.name.trim().length > 0)).toBe(true)
    expect(DEPARTMENTS.map((d) => d.id)).toContain(g.departmentId)
    expect(Number.isInteger(g.timeLimitDays) && g.timeLimitDays >= 0).toBe(true)
    expect(g.fee.length).toBeGreaterThan(0)
    expect(g.delivery.length).toBeGreaterThan(0)
    expect(g.legalBasis.length).toBeGreaterThan(0)
    expect(g.keywords.length).toBeGreaterThanOrEqual(3)
    expect(g.keywords).not.toContain(m.name) // the name is searched anyway; keywords add other words
  })

  it('promises no more than the statutory time limit', () => {
    if (g.statutoryDays !== undefined) expect(g.timeLimitDays).toBeLessThanOrEqual(g.statutoryDays)
  })

  it('has a window to go to: nobody is forced online', () => {
    expect(g.window).toBeDefined()
    expect(g.window!.address.length).toBeGreaterThan(0)
    expect(g.window!.hours).toMatch(/\d{1,2}:\d{2}/)
  })

  it('explains 容缺 and 承诺制 in plain words wherever they are used', () => {
    for (const mat of g.materials) {
      if (mat.tolerance === '容缺') expect(mat.note).toMatch(/补交/)
      if (mat.tolerance === '承诺制') expect(mat.note).toMatch(/承诺/)
    }
  })

  it('bundles only other, existing matters', () => {
    for (const id of m.bundle ?? []) {
      expect(id).not.toBe(m.id)
      expect(findMatter(id)).toBeDefined()
    }
  })

  it('has a form exactly when it can be applied for in the app', () => {
    if (g.mode === 'online') expect(m.form).toBeDefined()
    if (m.form) expect(['online', 'appointment']).toContain(g.mode)
  })
})

describe('online forms in the catalog', () => {
  it('offers the six complete flows and the simple ones online', () => {
    for (const id of [...SIX_FLOWS, ...SIMPLE_ONLINE]) expect(getMatter(id).form).toBeDefined()
    for (const id of SIX_FLOWS) expect(getMatter(id).guide.mode).toBe('online')
    expect(MATTERS.filter((m) => m.form)).toHaveLength(12)
  })

  it('issues a dog licence or a proof document for the flows that produce one', () => {
    expect(getMatter('dog-registration').certificate).toBe('dog-licence')
    expect(getMatter('dog-annual-review').certificate).toBe('dog-licence')
    for (const id of ['residence-proof', 'hardship-proof', 'house-number-proof'] as const) {
      expect(getMatter(id).certificate).toBe('proof-document')
    }
  })

  it('shows the 75% deadline compression on 养犬登记 (20 → 5 working days)', () => {
    expect(compression(getMatter('dog-registration').guide)).toBeCloseTo(0.75)
    expect(compression(getMatter('ebike-registration').guide)).toBeNull()
  })

  it('points community-handled matters to the community window', () => {
    expect(getMatter('residence-proof').guide.window).toEqual(COMMUNITY_WINDOW)
    expect(COMMUNITY_WINDOW).toEqual({
      address: '西外社区党群服务中心 一楼便民服务窗口',
      hours: expect.stringContaining('9:00–12:00'),
      phone: '0818-2123456',
    })
  })

  describe.each(MATTERS.filter((m) => m.form).map((m) => [m.name, m] as const))('%s', (_name, m) => {
    const form = m.form!
    const keys = form.fields.map((f) => f.key)

    it('has unique field and material keys', () => {
      expect(new Set(keys).size).toBe(keys.length)
      expect(new Set(form.materials.map((s) => s.key)).size).toBe(form.materials.length)
    })

    it('marks exactly the keyboard fields as typed', () => {
      for (const f of form.fields) expect([f.key, f.typed]).toEqual([f.key, KEYBOARD_TYPES.includes(f.type)])
    })

    it('gives every picker its options, and conditions refer to earlier fields', () => {
      for (const [i, f] of form.fields.entries()) {
        if (f.type === 'picker') expect(f.options?.length).toBeGreaterThan(1)
        if (f.visibleWhen) expect(keys.slice(0, i)).toContain(f.visibleWhen.field)
      }
      for (const s of form.materials) if (s.visibleWhen) expect(keys).toContain(s.visibleWhen.field)
    })

    it('locks only government facts', () => {
      for (const f of form.fields) {
        if (f.autofill?.locked)
          expect(['name', 'idNumber', 'gender', 'birthDate', 'ethnicity', 'hukouAddress']).toContain(f.autofill.from)
      }
    })

    it('lists every upload slot and the pledge in the guide’s materials, with the same tolerance', () => {
      const names = m.guide.materials.map((x) => x.name)
      for (const s of form.materials) {
        expect(names).toContain(s.label)
        expect(m.guide.materials.find((x) => x.name === s.label)!.tolerance).toBe(s.tolerance)
        expect(s.min).toBeLessThanOrEqual(s.max)
        expect(s.help.length).toBeGreaterThan(0)
      }
      if (form.pledge) expect(names).toContain(form.pledge.title)
    })

    it('references only registered rules', () => {
      for (const r of form.rules ?? []) expect(RULES[r]).toEqual(expect.any(Function))
    })
  })
})
