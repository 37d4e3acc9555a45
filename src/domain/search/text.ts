/**
 * Query text → comparable tokens: normalisation (NFKC, case, traditional → simplified, noise),
 * and per-character pinyin from the generated table. No dependencies: ships in the mini-program.
 */
import { DELTA_DIGITS, PINYIN_CHARS, PINYIN_SYLLABLES, TRAD_TO_SIMP } from './search-index.generated'
import { STOP_PHRASES } from './stop-words'

/** Toneless syllables ("zhi", "lv"); a character's readings are ids into this list. */
const SYLLABLES: string[] = []
const SYLLABLE_ID = new Map<string, number>()
/** Fuzzy class of each syllable id: merges sounds many speakers do not tell apart (zh/z, -ng/-n, n/l). */
const FUZZY_OF: number[] = []
const CHAR_SYLLABLES = new Map<string, number[]>()
const TRAD = new Map<string, string>()
const LONGEST_SYLLABLE = 6

const DELTA_BASE = 45

/** Inverse of the generator's encodeCodes: base-45 digits, low first, upper half = "continues". */
function decodeChars(encoded: string): string[] {
  const out: string[] = []
  let code = 0
  let value = 0
  let scale = 1
  for (let i = 0; i < encoded.length; i++) {
    const digit = DELTA_DIGITS.indexOf(encoded[i])
    if (digit >= DELTA_BASE) {
      value += (digit - DELTA_BASE) * scale
      scale *= DELTA_BASE
    } else {
      code += value + digit * scale
      out.push(String.fromCharCode(code))
      value = 0
      scale = 1
    }
  }
  return out
}

export function fuzzySyllable(syl: string): string {
  return syl
    .replace(/^([zcs])h/, '$1')
    .replace(/^n(?=[aeiouv])/, 'l')
    .replace(/^r(?=[aeiouv])/, 'l')
    .replace(/([aei])ng$/, '$1n')
    .replace(/v/g, 'u')
}

let loaded = false

/** Decodes the generated tables on first use, not at import: the module may load with a page that never searches. */
function ensureTables(): void {
  if (loaded) return
  loaded = true
  const fuzzyIds = new Map<string, number>()
  const lists = PINYIN_CHARS.split(',')
  PINYIN_SYLLABLES.split(' ').forEach((syl, id) => {
    SYLLABLES.push(syl)
    SYLLABLE_ID.set(syl, id)
    const key = fuzzySyllable(syl)
    if (!fuzzyIds.has(key)) fuzzyIds.set(key, fuzzyIds.size)
    FUZZY_OF.push(fuzzyIds.get(key) as number)
    for (const ch of decodeChars(lists[id])) {
      const list = CHAR_SYLLABLES.get(ch)
      if (list) list.push(id)
      else CHAR_SYLLABLES.set(ch, [id])
    }
  })
  const pairs = Array.from(TRAD_TO_SIMP)
  for (let i = 0; i + 1 < pairs.length; i += 2) TRAD.set(pairs[i], pairs[i + 1])
  // "lu" is how most keyboards and people type lü (律 → lv).
  for (const [syl, id] of Array.from(SYLLABLE_ID)) {
    if (syl.includes('v')) {
      const typed = syl.replace(/v/g, 'u')
      if (!SYLLABLE_ID.has(typed)) SYLLABLE_ID.set(typed, id)
    }
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const STOP_RE = new RegExp(
  [...STOP_PHRASES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
  'g',
)

const HAN_RE = /[\u3400-\u9fff\uf900-\ufaff]/
/** Anything that is not a Han character, ASCII letter or digit separates words (punctuation, emoji…). */
const SEPARATOR_RE = /[^\u3400-\u9fff\uf900-\ufaffa-z0-9]+/g

/**
 * Compatibility forms folded (full-width, radicals), lower case, pinyin tone marks and tone numbers
 * dropped (yǎngquǎn, yang3quan3), traditional → simplified, separators collapsed to one space.
 */
export function normalizeText(raw: string): string {
  ensureTables()
  const folded = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/([a-z])[1-5](?![0-9])/g, '$1 ')
  let out = ''
  for (const ch of folded) out += TRAD.get(ch) ?? ch
  return out.replace(SEPARATOR_RE, ' ').trim()
}

/** normalizeText, then question noise (怎么办, 在哪里办, 请问…) removed. */
export function normalizeQuery(raw: string): string {
  return normalizeText(raw).replace(STOP_RE, ' ').replace(/\s+/g, ' ').trim()
}

export const TokenKind = {
  /** A Han character or digit, compared by character and by sound. */
  Char: 0,
  /** A full pinyin syllable typed in Latin letters. */
  Syllable: 1,
  /** A single letter standing for a syllable's initial (jzzm). */
  Initial: 2,
} as const
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind]

export interface Token {
  kind: TokenKind
  /** The character (Char), the syllable (Syllable) or the letter (Initial). */
  text: string
  syllables: readonly number[]
  fuzzy: readonly number[]
  /** For Initial tokens: how many initials their Latin run has (short runs must match whole). */
  run: number
}

const NO_IDS: readonly number[] = []

export function charSyllables(ch: string): readonly number[] {
  ensureTables()
  return CHAR_SYLLABLES.get(ch) ?? NO_IDS
}

export function fuzzyIds(syllables: readonly number[]): number[] {
  const out: number[] = []
  for (const id of syllables) if (!out.includes(FUZZY_OF[id])) out.push(FUZZY_OF[id])
  return out
}

/** First letters of a character's readings, for matching typed initials. */
export function charInitials(ch: string): string {
  let out = ''
  for (const id of charSyllables(ch)) if (!out.includes(SYLLABLES[id][0])) out += SYLLABLES[id][0]
  return out
}

const INITIAL_COST = 2.5

/**
 * Splits a Latin run into syllables and initials, preferring the fewest pieces with full syllables
 * ("yangquan" → yang quan; "jzzm" → j z z m; "yqdengji" → y q deng ji).
 */
export function splitLatin(run: string): Array<{ text: string; initial: boolean }> {
  ensureTables()
  const n = run.length
  const cost = new Array<number>(n + 1).fill(Infinity)
  const prev = new Array<number>(n + 1).fill(-1)
  cost[0] = 0
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue
    for (let len = Math.min(LONGEST_SYLLABLE, n - i); len >= 1; len--) {
      if (SYLLABLE_ID.has(run.slice(i, i + len)) && cost[i] + 1 < cost[i + len]) {
        cost[i + len] = cost[i] + 1
        prev[i + len] = i
      }
    }
    if (cost[i] + INITIAL_COST < cost[i + 1]) {
      cost[i + 1] = cost[i] + INITIAL_COST
      prev[i + 1] = i
    }
  }
  const pieces: Array<{ text: string; initial: boolean }> = []
  for (let end = n; end > 0; end = prev[end]) {
    const text = run.slice(prev[end], end)
    pieces.push({ text, initial: !SYLLABLE_ID.has(text) || (text.length === 1 && cost[end] - cost[prev[end]] > 1) })
  }
  return pieces.reverse()
}

/** Normalised query → tokens, at most `max` of them (longer input is cut: no resident types that much). */
export function tokenize(normalized: string, max: number): Token[] {
  const tokens: Token[] = []
  const re = /[a-z]+|[^a-z ]/g
  let m: RegExpExecArray | null
  while ((m = re.exec(normalized)) && tokens.length < max) {
    const piece = m[0]
    if (/^[a-z]/.test(piece)) {
      const parts = splitLatin(piece)
      const run = parts.filter((p) => p.initial).length
      for (const p of parts) {
        if (p.initial) {
          tokens.push({ kind: TokenKind.Initial, text: p.text, syllables: NO_IDS, fuzzy: NO_IDS, run })
        } else {
          const syllables = [SYLLABLE_ID.get(p.text) as number]
          tokens.push({ kind: TokenKind.Syllable, text: p.text, syllables, fuzzy: fuzzyIds(syllables), run: 0 })
        }
      }
    } else {
      const syllables = HAN_RE.test(piece) ? charSyllables(piece) : NO_IDS
      tokens.push({ kind: TokenKind.Char, text: piece, syllables, fuzzy: fuzzyIds(syllables), run: 0 })
    }
  }
  return tokens.slice(0, max)
}
