/**
 * After 下一步 finds problems: which one comes first on the screen (fields in form order, then
 * materials, then the 承诺书), so the banner can name it and the page can scroll to it.
 */
import Taro from '@tarojs/taro'
import { PLEDGE_KEY, visibleFields, visibleMaterials } from '@/domain/matters/engine'
import type { FormDefinition, FormValues } from '@/domain/matters/types'

export interface Problem {
  /** the element id the renderer gives the row (field-… / material-…) */
  id: string
  label: string
  message: string
  /** how many problems there are in all */
  count: number
}

export function firstProblem(
  def: FormDefinition,
  values: FormValues,
  fieldErrors: Record<string, string>,
  materialErrors: Record<string, string>,
): Problem | null {
  const ordered: Array<Omit<Problem, 'count'>> = [
    ...visibleFields(def, values)
      .filter((f) => fieldErrors[f.key])
      .map((f) => ({ id: `field-${f.key}`, label: f.label, message: fieldErrors[f.key] })),
    ...visibleMaterials(def, values)
      .filter((m) => materialErrors[m.key])
      .map((m) => ({ id: `material-${m.key}`, label: m.label, message: materialErrors[m.key] })),
    ...(fieldErrors[PLEDGE_KEY]
      ? [{ id: `field-${PLEDGE_KEY}`, label: def.pledge?.title ?? '承诺书', message: fieldErrors[PLEDGE_KEY] }]
      : []),
  ]
  const count = Object.values(fieldErrors).filter(Boolean).length + Object.values(materialErrors).filter(Boolean).length
  return ordered[0] ? { ...ordered[0], count } : null
}

/** 有 3 处需要修改，第一处是「犬只名字」：请填写犬只名字 */
export function problemBanner(p: Problem): string {
  return `有 ${p.count} 处需要修改，第一处是「${p.label}」：${p.message}`
}

/** Scrolls the page so the row with this id is at the top (a little room above it). */
export function scrollToRow(id: string): void {
  void Promise.resolve()
    .then(() => Taro.pageScrollTo({ selector: `#${id}`, offsetTop: -16, duration: 300 }))
    .catch(() => undefined)
}
