/**
 * Generates src/domain/search/search-index.generated.ts: the character data matter search needs at
 * run time, so the mini-program ships neither a pinyin library nor OpenCC.
 *
 *   npx tsx scripts/build-search-index.ts          write the file
 *   npx tsx scripts/build-search-index.ts --check  exit 1 if the committed file is stale
 *
 * - Toneless pinyin of the GB2312 level-1 characters (the 3 755 most common) plus
 *   every character of the search vocabulary, packed as one delta-coded ASCII string per syllable. This doubles as
 *   the homophone map: a typo character in a query is looked up here and compared by syllable.
 * - Traditional/variant → simplified, only for characters whose simplified form is in the vocabulary
 *   (a traditional character that maps to nothing we index could not match anyway).
 */
import { writeFileSync, readFileSync } from 'node:fs'
import { TextDecoder } from 'node:util'
import { resolve } from 'node:path'
import { pinyin } from 'pinyin-pro'
import * as OpenCC from 'opencc-js'
import { MATTER_INDEX } from '../src/domain/matters/matter-index'
import { MATTER_ALIASES, SYNONYM_GROUPS } from '../src/domain/matters/aliases'
import { STOP_PHRASES } from '../src/domain/search/stop-words'

export const GENERATED_PATH = resolve(__dirname, '../src/domain/search/search-index.generated.ts')

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u

/** Every string the matcher compares against: names, aliases, hints, intents, synonyms, stop phrases. */
export function searchVocabulary(): string[] {
  const out: string[] = MATTER_INDEX.map((m) => m.name)
  for (const data of Object.values(MATTER_ALIASES)) {
    out.push(...data.aliases, ...(data.hints ?? []), ...(data.intents?.words ?? []))
  }
  for (const group of SYNONYM_GROUPS) out.push(...group)
  out.push(...STOP_PHRASES)
  return out
}

/** GB2312 level 1 (rows 16–55): the standard list of 3 755 common simplified characters. */
function commonCharacters(): string[] {
  const decoder = new TextDecoder('gb2312')
  const chars: string[] = []
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      if (hi === 0xd7 && lo > 0xf9) break
      chars.push(decoder.decode(new Uint8Array([hi, lo])))
    }
  }
  return chars
}

const SYLLABLE = /^[a-z]*[aeiouv][a-z]*$/

/**
 * Printable ASCII without quote, backslash and comma: 90 digits. A number is written low digit first
 * in base 45; digits from the upper half mean "more digits follow". Code points are stored as deltas
 * from the previous one, so most characters cost 2 bytes instead of a 6-byte \uXXXX escape.
 */
const DIGITS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => c !== '"' && c !== '\\' && c !== ',' && c !== '`')
  .slice(0, 90)
  .join('')
const BASE = 45

function encodeCodes(codes: number[]): string {
  let out = ''
  let prev = 0
  for (const code of [...codes].sort((a, b) => a - b)) {
    let v = code - prev
    prev = code
    while (v >= BASE) {
      out += DIGITS[BASE + (v % BASE)]
      v = Math.floor(v / BASE)
    }
    out += DIGITS[v]
  }
  return out
}

function toneless(text: string): string[] {
  return (pinyin(text, { toneType: 'none', type: 'array', v: true }) as string[]).map((s) => s.toLowerCase())
}

/**
 * Readings per character: its default reading, plus the reading it takes inside vocabulary words
 * (只 in 犬只, 参 in 参保). "Every dictionary reading" would add archaic ones (厂 → an) that turn
 * unrelated characters into false homophones.
 */
function characterReadings(chars: Iterable<string>, vocabulary: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  const add = (ch: string, syl: string): void => {
    if (!SYLLABLE.test(syl)) return // drops interjections such as "m", "ng", "hm"
    const set = out.get(ch) ?? new Set<string>()
    set.add(syl)
    out.set(ch, set)
  }
  for (const ch of chars) add(ch, toneless(ch)[0] ?? '')
  for (const word of vocabulary) {
    const han = [...word].filter((ch) => HAN.test(ch)).join('')
    if (!han) continue
    const syls = toneless(han)
    ;[...han].forEach((ch, i) => add(ch, syls[i] ?? ''))
  }
  return out
}

export function buildSearchIndexSource(): string {
  const vocabulary = searchVocabulary()
  const vocabChars = new Set<string>()
  for (const word of vocabulary) for (const ch of word) if (HAN.test(ch)) vocabChars.add(ch)

  const chars = new Set<string>(commonCharacters())
  for (const ch of vocabChars) chars.add(ch)

  const bySyllable = new Map<string, string[]>()
  for (const [ch, syls] of characterReadings(chars, vocabulary)) {
    for (const syl of syls) {
      const list = bySyllable.get(syl) ?? []
      list.push(ch)
      bySyllable.set(syl, list)
    }
  }
  const syllables = [...bySyllable.keys()].sort()
  const encoded = syllables.map((syl) =>
    encodeCodes([...new Set(bySyllable.get(syl))].map((ch) => ch.codePointAt(0) as number)),
  )

  const converters = (['t', 'tw', 'hk', 'jp'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }))
  const pairs: string[] = []
  const ranges: Array<[number, number]> = [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
  ]
  for (const [lo, hi] of ranges) {
    for (let code = lo; code <= hi; code++) {
      const ch = String.fromCharCode(code)
      for (const convert of converters) {
        const simp = convert(ch)
        if (simp !== ch && [...simp].length === 1 && vocabChars.has(simp)) {
          pairs.push(ch + simp)
          break
        }
      }
    }
  }

  return [
    '// GENERATED by scripts/build-search-index.ts — do not edit by hand; re-run the script.',
    '// Sources: GB2312 level-1 characters + search vocabulary; pinyin-pro (readings); opencc-js (traditional).',
    '',
    '/** Toneless syllables, space-separated; PINYIN_CHARS has one comma-separated entry per syllable. */',
    `export const PINYIN_SYLLABLES = ${JSON.stringify(syllables.join(' '))}`,
    '',
    '/** Digits of DELTA_DIGITS: the code points read as each syllable, ascending, delta-coded (see decodeCodes). */',
    `export const PINYIN_CHARS = ${JSON.stringify(encoded.join(','))}`,
    '',
    `export const DELTA_DIGITS = ${JSON.stringify(DIGITS)}`,
    '',
    '/** Pairs of (traditional or variant, simplified) characters, concatenated. */',
    `export const TRAD_TO_SIMP = ${JSON.stringify(pairs.join(''))}`,
    '',
  ].join('\n')
}

function main(): void {
  const source = buildSearchIndexSource()
  if (process.argv.includes('--check')) {
    const current = readFileSync(GENERATED_PATH, 'utf8')
    if (current !== source) {
      console.error(`${GENERATED_PATH} is stale: run npx tsx scripts/build-search-index.ts`)
      process.exit(1)
    }
    console.log('search index is up to date')
    return
  }
  writeFileSync(GENERATED_PATH, source)
  console.log(`wrote ${GENERATED_PATH} (${Buffer.byteLength(source)} bytes)`)
}

if (typeof require !== 'undefined' && require.main === module) main()
