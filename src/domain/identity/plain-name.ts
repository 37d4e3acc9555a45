/**
 * Names that are not ID-card names (a dog's name, a breed the resident types): one rule for
 * the form engine, the app and the server.
 * - length is counted in characters as a person sees them (grapheme clusters): 𠮷 is one,
 *   é typed as e + ◌́ is one;
 * - no emoji, pictographs or flags — they cannot be printed on a licence or read aloud;
 * - no control or invisible format characters (line breaks, zero-width joiners, bidi marks).
 * Nothing is cut silently: a value that is too long gets a message saying how long it is.
 */
import type { ValidationResult } from './result'

/** Pictographs (emoji proper), regional-indicator flags, keycap marks and emoji modifiers. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3|[\u{1f3fb}-\u{1f3ff}]/u
/** Control (Cc), format (Cf: ZWJ, bidi marks, soft hyphen), private use (Co), unpaired surrogates (Cs). */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u
/** Marks that join the character before them into one visible character. */
const JOINING = /^[\p{M}\ufe00-\ufe0f]$/u

type Segmenter = { segment(s: string): Iterable<unknown> }
type SegmenterCtor = new (locale: string, opts: { granularity: 'grapheme' }) => Segmenter

/** Characters as a person sees them. Uses Intl.Segmenter where the engine has it. */
export function visibleLength(input: string): number {
  const s = input ?? ''
  const Ctor = (globalThis as { Intl?: { Segmenter?: SegmenterCtor } }).Intl?.Segmenter
  if (Ctor) {
    let n = 0
    for (const _ of new Ctor('zh', { granularity: 'grapheme' }).segment(s)) n++
    return n
  }
  // engines without Segmenter (older WeChat): code points, with combining marks counted into their base
  return Array.from(s).filter((c, i) => i === 0 || !JOINING.test(c)).length
}

export interface PlainNameRule {
  /** what the field is called, e.g. 犬只名字 */
  label: string
  max: number
  min?: number
}

export function validatePlainName(input: string, rule: PlainNameRule): ValidationResult<string> {
  const { label, max, min = 1 } = rule
  const value = (input ?? '').trim()
  if (value === '') return { ok: false, reason: `请填写${label}` }
  if (EMOJI.test(value)) return { ok: false, reason: `${label}不能包含表情符号，请只用文字` }
  if (INVISIBLE.test(value)) return { ok: false, reason: `${label}里有看不见的字符（如换行），请删掉后重新输入` }
  const n = visibleLength(value)
  if (n > max) return { ok: false, reason: `${label}最多 ${max} 个字，现在是 ${n} 个字，请删掉 ${n - max} 个` }
  if (n < min) return { ok: false, reason: `${label}至少 ${min} 个字` }
  return { ok: true, value }
}
