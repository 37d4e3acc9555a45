/** 一件事 bundles as data: every part names a real matter and real form keys; status is derived from the parts. */
import { BUNDLES, bundleFees, chosenParts, deriveBundleStatus, findBundle, formOfMatter, partValues } from '@/domain/bundles'
import { findMatter } from '@/domain/matters/catalog'
import { PLEDGE_KEY } from '@/domain/matters/engine'

describe('bundle definitions', () => {
  it.each(BUNDLES.map((b) => [b.name, b] as const))('%s: parts are catalog matters, their keys are form keys, and every form key reaches a part', (_n, b) => {
    const fieldKeys = new Set([...b.form.fields.map((f) => f.key), PLEDGE_KEY])
    const slots = new Set(b.form.materials.map((m) => m.key))
    for (const p of b.parts) {
      expect(findMatter(p.matterId)).toBeDefined()
      for (const k of p.fields) expect(fieldKeys.has(k)).toBe(true)
      for (const k of p.materials) expect(slots.has(k)).toBe(true)
    }
    const reached = new Set(b.parts.flatMap((p) => [...p.fields, ...p.materials]))
    for (const k of [...fieldKeys, ...slots]) expect(reached.has(k)).toBe(true)
  })

  it('the 绝育补贴 part is filed only when chosen; the fee summary shows it as a subsidy', () => {
    const dog = findBundle('dog')!
    expect(chosenParts(dog, {}).map((p) => p.matterId)).toEqual(['dog-registration', 'dog-rabies-vaccination'])
    expect(chosenParts(dog, { sterilisationSubsidy: true }).map((p) => p.matterId)).toContain('dog-sterilisation-subsidy')
    expect(bundleFees(dog, { neutered: true }).total).toBe(500)
    expect(bundleFees(dog, { sterilisationSubsidy: true }).lines.at(-1)?.amount).toBe(-200)
    expect(bundleFees(findBundle('newborn')!, {}).lines).toEqual([])
  })

  it('a part gets only its own keys', () => {
    const hukou = findBundle('newborn')!.parts[1]
    expect(partValues(hukou, { babyName: '王小满', insurancePayment: 'parent-pays', birthCertNo: 'Q510123456' })).toEqual({ babyName: '王小满', birthCertNo: 'Q510123456' })
  })

  it('a bundle-only matter reads its labels from the bundle form', () => {
    expect(formOfMatter('newborn-hukou')?.fields.some((f) => f.key === 'birthCertNo')).toBe(true)
    expect(formOfMatter('hukou-transfer-in')).toBeUndefined()
  })
})

describe('deriveBundleStatus', () => {
  const part = (status: string, extra: Record<string, string> = {}) => ({ caseId: `c-${status}`, matterId: 'm', matterName: '新生儿入户', status, ...extra })
  it('all done → done; one open → 办理中 with the count', () => {
    expect(deriveBundleStatus([part('approved'), part('approved')]).status).toBe('done')
    expect(deriveBundleStatus([part('approved'), part('accepted')]).label).toBe('办理中（已办结 1/2 项）')
  })
  it('a rejected part names itself and why; 补正 too', () => {
    const d = deriveBundleStatus([part('approved'), part('rejected', { reason: '编号不一致' })])
    expect(d).toMatchObject({ status: 'needs-attention', label: '「新生儿入户」未通过：编号不一致' })
    expect(deriveBundleStatus([part('needs-supplement', { reason: '请补照片' })]).label).toBe('「新生儿入户」需要您补充材料：请补照片')
  })
  it('withdrawn parts do not hold the bundle open; all withdrawn → withdrawn', () => {
    expect(deriveBundleStatus([part('approved'), part('withdrawn')]).status).toBe('done')
    expect(deriveBundleStatus([part('withdrawn')]).status).toBe('withdrawn')
  })
})
