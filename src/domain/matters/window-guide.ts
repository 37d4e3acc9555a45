/**
 * The 办事指南 of a matter served at a window. Three facts most matters share are defaults,
 * written in a catalog entry only where the matter differs: the fee is 免费, the window is the
 * community's 便民服务窗口, and the resident comes in 0 times (不见面) for an online matter and
 * once (见一次面) for any other.
 */
import { COMMUNITY_WINDOW } from './community-config'
import type { MatterGuide } from './types'

type Defaulted = 'fee' | 'window' | 'visits'
export type WindowGuideData = Omit<MatterGuide, Defaulted> & Partial<Pick<MatterGuide, Defaulted>>

/** Data in, guide out (fields in the order the guide page reads them). */
export function windowGuide(d: WindowGuideData): MatterGuide {
  return {
    whoMayApply: d.whoMayApply,
    conditions: d.conditions,
    materials: d.materials,
    timeLimitDays: d.timeLimitDays,
    ...(d.statutoryDays !== undefined ? { statutoryDays: d.statutoryDays } : {}),
    fee: d.fee ?? '免费',
    delivery: d.delivery,
    departmentId: d.departmentId,
    mode: d.mode,
    visits: d.visits ?? (d.mode === 'online' ? 0 : 1),
    window: d.window ?? COMMUNITY_WINDOW,
    legalBasis: d.legalBasis,
    keywords: d.keywords,
  }
}
