import type { MatterSummary } from '@/api'

export interface MatterGroup {
  theme: string
  themeName: string
  matters: MatterSummary[]
}

/** Groups by theme, keeping the catalogue's own order of themes and of matters within one. */
export function groupMattersByTheme(matters: readonly MatterSummary[]): MatterGroup[] {
  const groups = new Map<string, MatterGroup>()
  for (const m of matters) {
    let g = groups.get(m.theme)
    if (!g) {
      g = { theme: m.theme, themeName: m.themeName || m.theme, matters: [] }
      groups.set(m.theme, g)
    }
    g.matters.push(m)
  }
  return [...groups.values()]
}

const MODE_LABELS: Record<MatterSummary['mode'], string> = {
  online: '可网上办',
  appointment: '预约办',
  guide: '窗口办',
}

export function modeLabel(mode: MatterSummary['mode']): string {
  return MODE_LABELS[mode]
}

/** 0 working days means handled on the spot (即办). */
export function timeLimitLabel(days: number): string {
  return days <= 0 ? '即办' : `${days}个工作日`
}
