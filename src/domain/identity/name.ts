/**
 * Personal names as on the ID card: Chinese characters, with the middle dot "·" between
 * the parts of many minority names (e.g. 阿依古丽·买买提). Lengths are counted in code
 * points so a rare character outside the BMP (𠮷, Extension B) counts as one.
 */
import type { ValidationResult } from './result'

export const NAME_MIN_LENGTH = 2
export const NAME_MAX_LENGTH = 30

const MIDDLE_DOT = '\u00b7'

/**
 * Look-alikes of the middle dot that phone keyboards and input methods produce:
 * • U+2022, ・ U+30FB, ･ U+FF65, ． U+FF0E, . U+002E, ‧ U+2027, ⋅ U+22C5, ∙ U+2219,
 * and Greek · U+0387 (canonically the same character).
 */
const DOT_LOOKALIKES = /[\u2022\u30fb\uff65\uff0e.\u2027\u22c5\u2219\u0387]/g

/** CJK Unified Ideographs (BMP, Extensions A–I) and the compatibility ideographs. */
const HAN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf], // Extension A
  [0x4e00, 0x9fff], // URO
  [0xf900, 0xfaff], // compatibility ideographs
  [0x20000, 0x2a6df], // Extension B
  [0x2a700, 0x2ee5f], // Extensions C–F, I
  [0x2f800, 0x2fa1f], // compatibility supplement
  [0x30000, 0x323af], // Extensions G–H
]

function isHan(codePoint: number): boolean {
  return HAN_RANGES.some(([lo, hi]) => codePoint >= lo && codePoint <= hi)
}

export function validateChineseName(input: string): ValidationResult<string> {
  const name = (input ?? '').trim().replace(DOT_LOOKALIKES, MIDDLE_DOT)
  if (name === '') return { ok: false, reason: '请输入姓名' }
  if (/[0-9０-９]/.test(name)) return { ok: false, reason: '姓名不能包含数字' }
  if (/[A-Za-zＡ-Ｚａ-ｚ]/.test(name)) return { ok: false, reason: '姓名不能包含英文字母，请填写身份证上的中文姓名' }
  if (/\s/.test(name)) return { ok: false, reason: '姓名中不能有空格，少数民族姓名请用“·”隔开' }
  const chars = Array.from(name)
  if (chars.some((c) => c !== MIDDLE_DOT && !isHan(c.codePointAt(0) as number))) {
    return { ok: false, reason: '姓名只能包含汉字和“·”' }
  }
  if (chars[0] === MIDDLE_DOT || chars[chars.length - 1] === MIDDLE_DOT) {
    return { ok: false, reason: '姓名的开头和结尾不能是“·”' }
  }
  if (name.includes(MIDDLE_DOT + MIDDLE_DOT)) return { ok: false, reason: '姓名中的“·”不能连续出现' }
  if (chars.length < NAME_MIN_LENGTH) return { ok: false, reason: `姓名至少${NAME_MIN_LENGTH}个字` }
  if (chars.length > NAME_MAX_LENGTH) return { ok: false, reason: `姓名不能超过${NAME_MAX_LENGTH}个字` }
  return { ok: true, value: name }
}

/**
 * Masking rule (code points, never throws):
 * - 0 characters → '' ; 1 character → '*' (hide it all, a lone character is the whole name);
 * - 2 characters → first kept, second masked: 张三 → 张*;
 * - 3 or more → first and last kept, every character in between masked one-for-one,
 *   except the middle dot which stays so the parts of a minority name remain visible:
 *   张晓明 → 张*明, 欧阳娜娜 → 欧**娜, 阿依·买提 → 阿*·*提.
 */
export function maskName(name: string): string {
  const chars = Array.from(name ?? '')
  const n = chars.length
  if (n === 0) return ''
  if (n === 1) return '*'
  if (n === 2) return `${chars[0]}*`
  const middle = chars.slice(1, n - 1).map((c) => (c === MIDDLE_DOT ? c : '*'))
  return chars[0] + middle.join('') + chars[n - 1]
}
