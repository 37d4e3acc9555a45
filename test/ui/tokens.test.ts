import { readFileSync } from 'node:fs'
import path from 'node:path'
import { colors, contrastRatio, fontSizes, tapMin, triageColors } from '@/ui/tokens'

const css = readFileSync(path.join(__dirname, '../../src/ui/tokens.css'), 'utf8')
const [normalCss, elderCss] = css.split('.screen.elder')

const cssVar = (block: string, name: string) => block.match(new RegExp(`--${name}:\\s*([^;]+);`))?.[1].trim()
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

describe('tokens', () => {
  it.each(['normal', 'elder'] as const)('%s: every text colour reads at ≥ 4.5:1 on its backgrounds', (mode) => {
    const c = colors[mode]
    for (const bg of [c.surface, c.bg]) {
      for (const fg of [c.text, c.textMuted, c.primary, c.success, c.danger, c.warning]) {
        expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5)
      }
      // control outlines are not text: WCAG 1.4.11 asks 3:1
      expect(contrastRatio(c.borderStrong, bg)).toBeGreaterThanOrEqual(3)
    }
    expect(contrastRatio(c.onPrimary, c.primary)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(c.onPrimary, c.primaryPressed)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(c.primary, c.primarySoft)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(c.success, c.successSoft)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(c.warning, c.warningSoft)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(c.danger, c.dangerSoft)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(c.disabledText, c.disabledBg)).toBeGreaterThanOrEqual(4.5)
  })

  it('elder mode body text reaches 7:1', () => {
    const c = colors.elder
    expect(contrastRatio(c.text, c.bg)).toBeGreaterThanOrEqual(7)
    expect(contrastRatio(c.textMuted, c.bg)).toBeGreaterThanOrEqual(7)
    expect(contrastRatio(c.onPrimary, c.primary)).toBeGreaterThanOrEqual(7)
  })

  it('triage colours carry readable text', () => {
    for (const t of Object.values(triageColors)) expect(contrastRatio(t.text, t.bg)).toBeGreaterThanOrEqual(4.5)
  })

  it('elder type meets 适老化: main text ≥ 18 px, largest ≥ 30 px', () => {
    const e = fontSizes.elder
    expect(Math.min(...Object.values(e).map((s) => s.floor))).toBeGreaterThanOrEqual(18)
    expect(Math.max(...Object.values(e).map((s) => s.floor))).toBeGreaterThanOrEqual(30)
    expect(tapMin.elder).toBeGreaterThanOrEqual(60)
    expect(tapMin.normal).toBeGreaterThanOrEqual(44)
  })

  it('tokens.css and tokens.ts agree', () => {
    for (const [mode, block] of [
      ['normal', normalCss],
      ['elder', elderCss],
    ] as const) {
      for (const [name, value] of Object.entries(colors[mode])) {
        const declared = cssVar(block, `color-${kebab(name)}`)
        // elder mode only redeclares what changes
        if (mode === 'elder' && declared === undefined) {
          expect(value).toBe(colors.normal[name as keyof typeof colors.normal])
        } else {
          expect(declared).toBe(value)
        }
      }
      for (const [name, size] of Object.entries(fontSizes[mode])) {
        expect(cssVar(block, `font-${name}`)).toBe(`calc(max(${size.design}px, ${size.floor}PX) * var(--font-scale))`)
      }
      expect(cssVar(block, 'tap-min')).toBe(`max(${tapMin[mode] * 2}px, ${tapMin[mode]}PX)`)
    }
  })
})
