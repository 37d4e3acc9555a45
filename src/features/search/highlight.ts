/**
 * Which characters of a matter name the query matched, for highlighting a suggestion. Honest and
 * simple, not a replay of the engine's alignment:
 * - a name character typed in the query (after normalisation: 養 → 养), or in the query with its
 *   synonyms swapped in (狗 → 犬);
 * - a homophone of a typed character (等 → 登), only next to another match, so one stray sound
 *   does not light up an unrelated character;
 * - for typed pinyin (yangquan) and initials (jzzm): the longest run of consecutive name
 *   characters read by consecutive syllables / initials (z also matches zh), at least two long
 *   (one if it is a whole syllable).
 */
import { expandSynonyms, MAX_QUERY_TOKENS } from '@/domain/search/search-matters'
import { charInitials, charSyllables, normalizeQuery, tokenize, TokenKind, type Token } from '@/domain/search/text'

export interface Segment {
  text: string
  hit: boolean
}

function shareSyllable(a: readonly number[], b: readonly number[]): boolean {
  for (const x of a) if (b.includes(x)) return true
  return false
}

function latinMatches(t: Token, ch: string): boolean {
  if (t.kind === TokenKind.Syllable) return charSyllables(ch).includes(t.syllables[0])
  return t.kind === TokenKind.Initial && charInitials(ch).includes(t.text)
}

/** Marks the longest runs where consecutive Latin tokens read consecutive name characters. */
function markLatin(latin: Token[], chars: string[], hits: boolean[]): void {
  let remaining = latin
  for (let round = 0; round < 3 && remaining.length > 0; round++) {
    let best = { len: 0, ti: 0, ci: 0 }
    for (let ti = 0; ti < remaining.length; ti++) {
      for (let ci = 0; ci < chars.length; ci++) {
        let len = 0
        while (
          ti + len < remaining.length &&
          ci + len < chars.length &&
          !hits[ci + len] &&
          latinMatches(remaining[ti + len], chars[ci + len])
        )
          len++
        if (len > best.len) best = { len, ti, ci }
      }
    }
    const whole = best.len === 1 && remaining[best.ti].kind === TokenKind.Syllable
    if (best.len < 2 && !whole) return
    for (let k = 0; k < best.len; k++) hits[best.ci + k] = true
    remaining = [...remaining.slice(0, best.ti), ...remaining.slice(best.ti + best.len)]
  }
}

/** Per character of `name`: did the query match it? */
export function matchedChars(query: string, name: string): boolean[] {
  const chars = Array.from(name)
  const hits = chars.map(() => false)
  const normalized = normalizeQuery(query)
  if (!normalized) return hits

  const tokens = tokenize(normalized, MAX_QUERY_TOKENS)
  const typed = new Set<string>()
  for (const word of normalized.split(' ')) {
    if (/[a-z]/.test(word)) continue
    for (const variant of expandSynonyms(word)) for (const ch of Array.from(variant)) typed.add(ch)
  }
  chars.forEach((ch, i) => {
    if (typed.has(ch)) hits[i] = true
  })

  // homophones of typed characters, kept only next to a sure match
  const hanSyllables = tokens.filter((t) => t.kind === TokenKind.Char && t.syllables.length > 0).map((t) => t.syllables)
  const sound = chars.map((ch, i) => !hits[i] && hanSyllables.some((s) => shareSyllable(s, charSyllables(ch))))
  sound.forEach((s, i) => {
    if (s && (hits[i - 1] || hits[i + 1] || sound[i - 1] || sound[i + 1])) hits[i] = true
  })

  const latin = tokens.filter((t) => t.kind !== TokenKind.Char)
  if (latin.length > 0) markLatin(latin, chars, hits)
  return hits
}

/** `name` cut into runs of matched and unmatched characters, for rendering. */
export function highlightName(query: string, name: string): Segment[] {
  const chars = Array.from(name)
  const hits = matchedChars(query, name)
  const segments: Segment[] = []
  chars.forEach((ch, i) => {
    const last = segments[segments.length - 1]
    if (last && last.hit === hits[i]) last.text += ch
    else segments.push({ text: ch, hit: hits[i] })
  })
  return segments
}
