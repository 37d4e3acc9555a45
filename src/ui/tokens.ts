/**
 * The design tokens of tokens.css as values for JS: canvas drawing, nav-bar colours, tests
 * that check contrast. Keep the two files in step (test/ui/tokens.test.ts compares them).
 * Sizes are in Taro px of the 750-wide design (CSS px on a 375-wide phone = value / 2);
 * `floor` is the CSS px a size never drops below.
 */
export const colors = {
  normal: {
    primary: '#1a5fb4',
    primaryPressed: '#144a8c',
    primarySoft: '#e8f0fb',
    onPrimary: '#ffffff',
    text: '#1f2328',
    textMuted: '#5c6370',
    bg: '#f4f6f9',
    surface: '#ffffff',
    border: '#d0d7de',
    borderStrong: '#6e7781',
    success: '#176b2f',
    successSoft: '#e6f4ea',
    warning: '#7a5200',
    warningSoft: '#fff3c4',
    danger: '#b42318',
    dangerSoft: '#fdecea',
    disabledBg: '#e6e9ee',
    disabledText: '#4a5059',
  },
  elder: {
    primary: '#0b4a93',
    primaryPressed: '#083a73',
    primarySoft: '#e3edf9',
    onPrimary: '#ffffff',
    text: '#000000',
    textMuted: '#3d434c',
    bg: '#ffffff',
    surface: '#ffffff',
    border: '#8c959f',
    borderStrong: '#3d434c',
    success: '#0f5323',
    successSoft: '#e6f4ea',
    warning: '#5c3d00',
    warningSoft: '#fff3c4',
    danger: '#8f1a12',
    dangerSoft: '#fdecea',
    disabledBg: '#e6e9ee',
    disabledText: '#2f343b',
  },
} as const

/** 红黄蓝 triage colours; the label text is what carries the meaning, colour only repeats it. */
export const triageColors = {
  red: { bg: '#b42318', text: '#ffffff', name: '红' },
  yellow: { bg: '#f5c518', text: '#3d2e00', name: '黄' },
  blue: { bg: '#1a5fb4', text: '#ffffff', name: '蓝' },
} as const

export interface FontSize {
  /** Taro px in the 750 design */
  design: number
  /** never below this many CSS px */
  floor: number
}

const size = (design: number): FontSize => ({ design, floor: design / 2 })

export const fontSizes = {
  normal: { sm: size(28), body: size(32), lg: size(36), xl: size(40), xxl: size(48), display: size(56) },
  elder: { sm: size(36), body: size(40), lg: size(44), xl: size(52), xxl: size(60), display: size(68) },
} as const

export const lineHeight = { normal: 1.5, elder: 1.5, tight: 1.3, elderTight: 1.35 } as const

export const space = { xs: 8, sm: 16, md: 24, lg: 32, xl: 48, xxl: 64 } as const
export const radius = { sm: 8, md: 16, lg: 24 } as const

/** Minimum tap target, CSS px (DOMAIN.md: 44×44 normally, 60×60 in 长辈版). */
export const tapMin = { normal: 44, elder: 60 } as const

/** The WeChat font setting scales our type, within these bounds (1 = standard). */
export const fontScaleBounds = { min: 1, max: 1.5 } as const

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}
