/**
 * The 走流程 recorder (mock and demo builds only: required on the build-time literal, see
 * index.ts users). While on, it follows the page stack (screens, time on each, going back),
 * the drafts store (what the resident typed, per form), the validation errors shown by
 * FormField (src/lib/walkthrough-bus) and the tester's notes. Values stay in memory; what is
 * kept after the walk is the report, which holds field keys and counts, never values.
 */
import Taro from '@tarojs/taro'
import { onWalkthroughEvent } from '@/lib/walkthrough-bus'
import { useDraftsStore } from '@/stores/drafts-store'
import type { Recording } from './report'

const POLL_MS = 400

let rec: Recording | null = null
let last: Recording | null = null
let timer: ReturnType<typeof setInterval> | null = null
let stops: Array<() => void> = []
let depth = 0
const listeners = new Set<() => void>()

function notify() {
  listeners.forEach((l) => l())
}

export function onRecorderChange(l: () => void): () => void {
  listeners.add(l)
  return () => listeners.delete(l)
}

function currentRoute(): string {
  const pages = Taro.getCurrentPages()
  return (pages[pages.length - 1]?.route ?? '').replace(/^\//, '')
}

/** One look at the page stack: a new top page starts a visit; a shorter stack means 返回. */
export function poll(now = Date.now()): void {
  if (!rec) return
  const pages = Taro.getCurrentPages()
  const route = currentRoute()
  const open = rec.visits[rec.visits.length - 1]
  if (route && route !== open?.route) {
    if (open) open.leftAt = now
    rec.visits.push({ route, enteredAt: now, leftAt: null, back: pages.length < depth })
    notify()
  }
  depth = pages.length
}

export function startRecording(title = '走流程'): void {
  if (rec) return
  rec = { title, startedAt: Date.now(), endedAt: null, visits: [], errors: [], notes: [], forms: {} }
  depth = Taro.getCurrentPages().length
  poll()
  timer = setInterval(() => poll(), POLL_MS)
  stops = [
    onWalkthroughEvent((e) => {
      rec?.errors.push({ route: currentRoute(), at: Date.now(), label: e.label, message: e.message })
      notify()
    }),
    useDraftsStore.subscribe((s) => {
      if (!rec) return
      for (const d of Object.values(s.drafts)) rec.forms[d.matterId] = { ...(rec.forms[d.matterId] ?? {}), ...d.values }
    }),
  ]
  notify()
}

export function addNote(text: string): void {
  const t = text.trim()
  if (!rec || !t) return
  rec.notes.push({ route: currentRoute(), at: Date.now(), text: t })
  notify()
}

/** Ends the walk; the recording stays available to the report page until the next one starts. */
export function stopRecording(): Recording | null {
  if (!rec) return last
  if (timer) clearInterval(timer)
  timer = null
  stops.forEach((s) => s())
  stops = []
  poll()
  const now = Date.now()
  const open = rec.visits[rec.visits.length - 1]
  if (open && open.leftAt === null) open.leftAt = now
  rec.endedAt = now
  last = rec
  rec = null
  notify()
  return last
}

export function isRecording(): boolean {
  return rec !== null
}

export function recording(): Recording | null {
  return rec ?? last
}
