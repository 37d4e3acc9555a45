/**
 * 走流程 report: what a recording becomes — screens in order with the time spent on each, back
 * navigations, the fields typed on the keyboard per form (counted the way the matter engine
 * counts them: `typed` fields not filled from the record) next to the engine's own count,
 * validation errors met, and the tester's friction notes. Pure: the JSON export is this object,
 * and two exports compare with `compareReports`.
 */
import { findBundle } from '@/domain/bundles'
import { findMatter } from '@/domain/matters/catalog'
import { autofillValues, typedFieldCount } from '@/domain/matters/engine'
import type { ResidentProfile } from '@/domain/identity/profile'
import type { FormDefinition, FormValues } from '@/domain/matters/types'

export interface Visit {
  route: string
  enteredAt: number
  leftAt: number | null
  /** reached by going back (the page stack got shorter) */
  back: boolean
}

export interface Recording {
  title: string
  startedAt: number
  endedAt: number | null
  visits: Visit[]
  errors: Array<{ route: string; at: number; label: string; message: string }>
  notes: Array<{ route: string; at: number; text: string }>
  /** per form (matter id): the values the resident typed or changed, as the draft last held them */
  forms: Record<string, FormValues>
}

export interface FormCount {
  formId: string
  name: string
  /** keyboard fields the resident filled (the engine's definition of "typed") */
  typed: string[]
  /** what the matter engine says this resident has to type on this form */
  engineCount: number
  agrees: boolean
}

export interface WalkthroughReport {
  version: 1
  title: string
  startedAt: string
  totalSeconds: number
  screens: Array<{ route: string; seconds: number; back: boolean }>
  backNavigations: number
  typedFields: FormCount[]
  validationErrors: Array<{ route: string; label: string; message: string }>
  notes: Array<{ route: string; text: string }>
}

/** A route as people read it: the page path without its package prefix and query. */
export const PAGE_NAMES: Record<string, string> = {
  'pages/index/index': '首页',
  'pages/hall/index': '办事大厅',
  'pages/me/index': '我的',
  'pages/matter/index': '办事指南',
  'pages/login/index': '登录',
  'packages/identity/pages/consent/index': '个人信息保护',
  'packages/identity/pages/verify/index': '实名认证',
  'packages/apply/pages/form/index': '填写申请',
  'packages/apply/pages/receipt/index': '提交成功',
  'packages/one-thing/pages/apply/index': '一件事申请',
  'packages/one-thing/pages/case/index': '一件事进度',
}

function formOf(formId: string): { def: FormDefinition; name: string } | null {
  if (formId.startsWith('bundle:')) {
    const b = findBundle(formId.slice('bundle:'.length))
    return b ? { def: b.form, name: b.name } : null
  }
  const m = findMatter(formId)
  if (m?.form) return { def: m.form, name: m.name }
  const b = findBundle(formId)
  return b ? { def: b.form, name: b.name } : null
}

/** Fields the resident typed on this form, and the engine's count for them. */
export function countTyped(formId: string, values: FormValues, profile: ResidentProfile | null): FormCount | null {
  const f = formOf(formId)
  if (!f) return null
  const auto = profile ? autofillValues(f.def, profile) : { values: {}, sources: {} }
  const all = { ...auto.values, ...values }
  const keyboard = new Set(f.def.fields.filter((x) => x.typed && !(x.key in auto.sources)).map((x) => x.key))
  const typed = Object.keys(values).filter((k) => keyboard.has(k) && values[k] !== '' && values[k] !== undefined && values[k] !== null)
  const engineCount = typedFieldCount(f.def, Object.keys(auto.sources), all)
  return { formId, name: f.name, typed, engineCount, agrees: typed.length === engineCount }
}

const secs = (ms: number) => Math.round(ms / 100) / 10

export function buildReport(r: Recording, profile: ResidentProfile | null, now = Date.now()): WalkthroughReport {
  const end = r.endedAt ?? now
  return {
    version: 1,
    title: r.title,
    startedAt: new Date(r.startedAt).toISOString(),
    totalSeconds: secs(end - r.startedAt),
    screens: r.visits.map((v) => ({ route: v.route, seconds: secs((v.leftAt ?? end) - v.enteredAt), back: v.back })),
    backNavigations: r.visits.filter((v) => v.back).length,
    typedFields: Object.entries(r.forms)
      .map(([id, values]) => countTyped(id, values, profile))
      .filter((x): x is FormCount => x !== null),
    validationErrors: r.errors.map(({ route, label, message }) => ({ route, label, message })),
    notes: r.notes.map(({ route, text }) => ({ route, text })),
  }
}

/** Before/after: the differences a team looks at first. */
export function compareReports(before: WalkthroughReport, after: WalkthroughReport) {
  const typed = (r: WalkthroughReport) => r.typedFields.reduce((n, f) => n + f.typed.length, 0)
  return {
    screens: after.screens.length - before.screens.length,
    seconds: Math.round((after.totalSeconds - before.totalSeconds) * 10) / 10,
    backNavigations: after.backNavigations - before.backNavigations,
    typedFields: typed(after) - typed(before),
    validationErrors: after.validationErrors.length - before.validationErrors.length,
  }
}
