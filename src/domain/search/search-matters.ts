/**
 * Offline matter search: finds the matter a resident means from how they ask
 * (狗证怎么办, jzzm, 養犬, 居往证明, 狗死了). Pure TypeScript, no I/O: runs in jest, Node and the
 * mini-program. Pipeline and scoring are described in docs/search.md.
 */
import { MATTER_INDEX, type MatterId } from '../matters/matter-index'
import { MATTER_ALIASES, SYNONYM_GROUPS } from '../matters/aliases'
import {
  TokenKind,
  charInitials,
  charSyllables,
  fuzzyIds,
  normalizeQuery,
  normalizeText,
  tokenize,
  type Token,
} from './text'

export interface MatterHit {
  id: MatterId
  /** Official name, verbatim from the catalog. */
  name: string
  /** Relevance: roughly "characters of a matter's wording found in the query"; ≥ MIN_SCORE. */
  score: number
}

/** Below this a match is a coincidence (one shared character, a stray homophone): not shown. */
export const MIN_SCORE = 1
/** A term whose best possible contribution is below this is not aligned at all (speed). */
const NEGLIGIBLE = 0.35
/** Queries are cut to this many tokens: keeps a pasted essay from costing more than a sentence. */
export const MAX_QUERY_TOKENS = 48

// Per character pair similarity. ≥ STRONG counts as deliberate evidence on its own.
const EXACT = 1
const PINYIN = 0.95
const INITIAL = 0.85
const HOMOPHONE = 0.8
const PINYIN_FUZZY = 0.6
const FUZZY = 0.55
const STRONG = 0.95
// Alignment penalties: a wrong character in place (居往证明), a term character missing, an extra query character.
const SUBSTITUTION = 0.35
const DELETION = 0.45
const INSERTION = 0.45

const NAME_WEIGHT = 1
const ALIAS_WEIGHT = 1
const HINT_WEIGHT = 0.5
/** Synonym-swapped variants rank just under the wording they came from. */
const VARIANT_FACTOR = 0.97
const MAX_VARIANTS = 16
/** An intent word lifts its matter this far above the best of its siblings. */
const INTENT_BONUS = 1.5
/** …and only when the query matches the family at all, besides naming its subject. */
const INTENT_MIN_EVIDENCE = 0.9

interface CharInfo {
  ch: string
  syllables: readonly number[]
  fuzzy: readonly number[]
  initials: string
}

interface Term {
  matter: number
  weight: number
  /** Indexes into CHARS. */
  chars: number[]
}

interface Intent {
  matter: number
  words: string[]
  subject: string[]
  siblings: number[]
}

const CHARS: CharInfo[] = []
const CHAR_INDEX = new Map<string, number>()
const TERMS: Term[] = []
const INTENTS: Intent[] = []
let maxTermLength = 0

function charIndex(ch: string): number {
  let idx = CHAR_INDEX.get(ch)
  if (idx === undefined) {
    const syllables = charSyllables(ch)
    idx = CHARS.length
    CHARS.push({ ch, syllables, fuzzy: fuzzyIds(syllables), initials: charInitials(ch) })
    CHAR_INDEX.set(ch, idx)
  }
  return idx
}

/** Synonym word → its group, longest words first per first character (greedy longest match). */
const SYNONYMS = new Map<string, Array<{ word: string; group: readonly string[] }>>()

function buildSynonyms(): void {
  for (const group of SYNONYM_GROUPS) {
    for (const raw of group) {
      const word = normalizeText(raw)
      const list = SYNONYMS.get(word[0]) ?? []
      list.push({ word, group: group.map(normalizeText) })
      SYNONYMS.set(word[0], list)
    }
  }
  for (const list of Array.from(SYNONYMS.values())) list.sort((a, b) => b.word.length - a.word.length)
}

/** The term itself first, then its spellings with synonyms swapped in (养犬登记 → 养狗登记 …). */
export function expandSynonyms(term: string): string[] {
  ensureIndex()
  const parts: Array<readonly string[]> = []
  let literal = ''
  for (let i = 0; i < term.length;) {
    const hit = SYNONYMS.get(term[i])?.find((s) => term.startsWith(s.word, i))
    if (hit) {
      if (literal) parts.push([literal])
      literal = ''
      parts.push([hit.word, ...hit.group.filter((w) => w !== hit.word)])
      i += hit.word.length
    } else {
      literal += term[i]
      i++
    }
  }
  if (literal) parts.push([literal])
  let variants = ['']
  for (const options of parts) {
    const next: string[] = []
    for (const v of variants) for (const o of options) if (next.length < MAX_VARIANTS) next.push(v + o)
    variants = next
  }
  return variants
}

let built = false

/** Builds the term index on the first search (a few tens of ms), not when the module is imported. */
function ensureIndex(): void {
  if (built) return
  built = true
  buildSynonyms()
  MATTER_INDEX.forEach((matter, m) => {
    const data = MATTER_ALIASES[matter.id]
    // Best weight per distinct spelling, so a word listed twice is not counted twice.
    const weights = new Map<string, number>()
    const add = (raw: string, weight: number): void => {
      const base = normalizeQuery(raw).replace(/ /g, '')
      if (!base) return
      expandSynonyms(base).forEach((text, i) => {
        const w = i === 0 ? weight : weight * VARIANT_FACTOR
        if ((weights.get(text) ?? 0) < w) weights.set(text, w)
      })
    }
    add(matter.name, NAME_WEIGHT)
    // The name without its procedural suffix is what people type (高龄津贴申领 → 高龄津贴).
    add(matter.name.replace(/(申请|申领|办理)$/, ''), NAME_WEIGHT)
    for (const a of data.aliases) add(a, ALIAS_WEIGHT)
    for (const h of data.hints ?? []) add(h, HINT_WEIGHT)
    for (const [text, weight] of Array.from(weights)) {
      const chars = Array.from(text, charIndex)
      maxTermLength = Math.max(maxTermLength, chars.length)
      TERMS.push({ matter: m, weight, chars })
    }
    if (data.intents) {
      INTENTS.push({
        matter: m,
        words: data.intents.words.map((w) => normalizeText(w).replace(/ /g, '')),
        subject: data.intents.subject.map((w) => normalizeText(w).replace(/ /g, '')),
        siblings: data.intents.siblings.map((id) => MATTER_INDEX.findIndex((x) => x.id === id)),
      })
    }
  })
}

function intersects(a: readonly number[], b: readonly number[]): boolean {
  for (const x of a) if (b.includes(x)) return true
  return false
}

function similarity(c: CharInfo, t: Token): number {
  if (t.kind === TokenKind.Char) {
    if (t.text === c.ch) return EXACT
    if (intersects(c.syllables, t.syllables)) return HOMOPHONE
    if (intersects(c.fuzzy, t.fuzzy)) return FUZZY
    return 0
  }
  if (t.kind === TokenKind.Syllable) {
    if (c.syllables.includes(t.syllables[0])) return PINYIN
    if (intersects(c.fuzzy, t.fuzzy)) return PINYIN_FUZZY
    return 0
  }
  return c.initials.includes(t.text) ? INITIAL : 0
}

interface Occurrence {
  value: number
  start: number
  end: number
}

// Scratch buffers for the alignment, grown on demand (one search runs at a time).
let cap = 0
let H = new Float64Array(0)
let START = new Int32Array(0)
let END = new Int32Array(0)
let NSTRONG = new Int32Array(0)
let NWEAK = new Int32Array(0)
let NINIT = new Int32Array(0)
let RUN = new Int32Array(0)

function ensureCapacity(size: number): void {
  if (size <= cap) return
  cap = size
  H = new Float64Array(size)
  START = new Int32Array(size)
  END = new Int32Array(size)
  NSTRONG = new Int32Array(size)
  NWEAK = new Int32Array(size)
  NINIT = new Int32Array(size)
  RUN = new Int32Array(size)
}

/**
 * Local alignment of a term against the query (Smith–Waterman over characters, syllables and
 * initials), so a term is found inside a longer sentence, with a typo in place, a character
 * missing or an extra one inserted. Returns the best acceptable alignment.
 */
function align(term: Term, sims: Float64Array, tokens: Token[]): Occurrence | null {
  const n = term.chars.length
  const m = tokens.length
  const w = m + 1
  for (let j = 0; j <= m; j++) H[j] = 0
  let best = 0
  let bestStart = 0
  let bestEnd = 0
  for (let i = 1; i <= n; i++) {
    const rowBase = term.chars[i - 1] * m
    H[i * w] = 0
    for (let j = 1; j <= m; j++) {
      const c = i * w + j
      const d = c - w - 1
      const u = c - w
      const l = c - 1
      const s = sims[rowBase + j - 1]
      let h = 0
      let from = -1
      if (s > 0) {
        h = H[d] > 0 ? H[d] + s : s
        from = H[d] > 0 ? 1 : 0
      } else if (H[d] > SUBSTITUTION) {
        h = H[d] - SUBSTITUTION
        from = 1
      }
      if (H[u] - DELETION > h) {
        h = H[u] - DELETION
        from = 2
      }
      if (H[l] - INSERTION > h) {
        h = H[l] - INSERTION
        from = 3
      }
      H[c] = h
      if (from < 0) continue
      const p = from === 0 ? -1 : from === 1 ? d : from === 2 ? u : l
      if (p < 0) {
        START[c] = j - 1
        NSTRONG[c] = 0
        NWEAK[c] = 0
        NINIT[c] = 0
        RUN[c] = 0
      } else {
        START[c] = START[p]
        NSTRONG[c] = NSTRONG[p]
        NWEAK[c] = NWEAK[p]
        NINIT[c] = NINIT[p]
        RUN[c] = RUN[p]
      }
      END[c] = from <= 1 ? j - 1 : END[p]
      if (from <= 1 && s > 0) {
        if (s >= STRONG) NSTRONG[c]++
        else NWEAK[c]++
        const t = tokens[j - 1]
        if (t.kind === TokenKind.Initial) {
          NINIT[c]++
          if (t.run > RUN[c]) RUN[c] = t.run
        }
      }
      // One character in common is evidence only if it is the very character (or its full pinyin);
      // typed initials must be matched whole, one stray letter allowed past three
      // (asdfgh does not contain 失独; xyzxyz is not 自由职业).
      if (
        h > best &&
        (NSTRONG[c] > 0 || NWEAK[c] >= 2) &&
        (NINIT[c] === 0 || NINIT[c] >= (RUN[c] <= 3 ? RUN[c] : RUN[c] - 1))
      ) {
        best = h
        bestStart = START[c]
        bestEnd = END[c]
      }
    }
  }
  if (best <= 0) return null
  const matched = Math.min(best, n)
  // matched × coverage: a whole short alias beats half of a long one (居住证 vs 居住证明).
  return { value: (term.weight * matched * matched) / n, start: bestStart, end: bestEnd }
}

/**
 * Weighted interval scheduling: the largest total value of occurrences whose query spans do not
 * overlap. Exact, unlike greedy-by-value, where one long weak match could block two good short ones.
 */
function bestDisjointSum(occs: Occurrence[]): number {
  if (occs.length <= 1) return occs.length ? occs[0].value : 0
  occs.sort((a, b) => a.end - b.end || a.start - b.start)
  const best = new Float64Array(occs.length + 1)
  for (let k = 0; k < occs.length; k++) {
    let p = k - 1
    while (p >= 0 && occs[p].end >= occs[k].start) p--
    best[k + 1] = Math.max(best[k], best[p + 1] + occs[k].value)
  }
  return best[occs.length]
}

/** Raw relevance of every matter for a normalised query (index = catalog order). */
function scoreMatters(normalized: string): Float64Array {
  const scores = new Float64Array(MATTER_INDEX.length)
  const tokens = tokenize(normalized, MAX_QUERY_TOKENS)
  const m = tokens.length
  if (m === 0) return scores

  // Similarity of every indexed character to every query token, computed once per query,
  // and each character's best similarity (an upper bound used to skip hopeless terms).
  const sims = new Float64Array(CHARS.length * m)
  const bestSim = new Float64Array(CHARS.length)
  for (let k = 0; k < CHARS.length; k++) {
    for (let j = 0; j < m; j++) {
      const s = similarity(CHARS[k], tokens[j])
      if (s > 0) {
        sims[k * m + j] = s
        if (s > bestSim[k]) bestSim[k] = s
      }
    }
  }

  ensureCapacity((maxTermLength + 1) * (m + 1))
  const perMatter: Occurrence[][] = MATTER_INDEX.map(() => [])
  for (const term of TERMS) {
    let bound = 0
    let strong = false
    let touched = 0
    for (const k of term.chars) {
      const b = bestSim[k]
      if (b > 0) {
        bound += b
        touched++
        if (b >= STRONG) strong = true
      }
    }
    // Cannot be accepted (see align), or could add at most a negligible amount: skip the alignment.
    if (!(strong || touched >= 2)) continue
    const n = term.chars.length
    if ((term.weight * bound * Math.min(bound, n)) / n < NEGLIGIBLE) continue
    const occ = align(term, sims, tokens)
    if (occ) perMatter[term.matter].push(occ)
  }

  // A matter's score adds up its best set of non-overlapping pieces of evidence (alias + hint + …).
  perMatter.forEach((occs, i) => {
    scores[i] = bestDisjointSum(occs)
  })

  // Intent words move the query between sibling matters (狗证 + 丢了 → 犬证补领).
  const compact = normalized.replace(/ /g, '')
  const base = Float64Array.from(scores)
  for (const intent of INTENTS) {
    if (!intent.subject.some((w) => compact.includes(w))) continue
    const word = intent.words.filter((w) => compact.includes(w)).sort((a, b) => b.length - a.length)[0]
    if (!word) continue
    // The siblings' level, not the target's own: that may come from the intent word itself.
    let family = 0
    for (const s of intent.siblings) if (s !== intent.matter) family = Math.max(family, base[s])
    if (family < INTENT_MIN_EVIDENCE) continue
    // A longer intent word is more specific (跑丢 over 丢).
    scores[intent.matter] = Math.max(scores[intent.matter], family + INTENT_BONUS + 0.1 * word.length)
  }
  return scores
}

/** Whether the term index has been built (it must not be at app start: tests check this). */
export function isSearchPrepared(): boolean {
  return built
}

/**
 * Fallback for the no-result state: matters with any accepted evidence at all (score > 0, below
 * MIN_SCORE included), best first, at most `limit`. Weaker than searchMatters: show it as
 * "you may mean", never as a result.
 */
export function closestMatters(query: string, limit = 3): MatterHit[] {
  if (typeof query !== 'string' || limit <= 0) return []
  ensureIndex()
  const normalized = normalizeQuery(query)
  if (!normalized) return []
  const scores = scoreMatters(normalized)
  const order = MATTER_INDEX.map((_, i) => i).filter((i) => scores[i] > 0)
  order.sort((a, b) => scores[b] - scores[a] || a - b)
  return order.slice(0, Math.floor(limit)).map((i) => ({
    id: MATTER_INDEX[i].id,
    name: MATTER_INDEX[i].name,
    score: Math.round(scores[i] * 1000) / 1000,
  }))
}

/** Builds the search index now (e.g. when the search page mounts) so the first keystroke does not pay for it. */
export function prepareSearch(): void {
  ensureIndex()
}

/**
 * Matters matching `query`, best first, at most `limit`. Deterministic: equal scores keep catalog
 * order. Returns [] for empty input and for queries with no plausible match (score < MIN_SCORE).
 */
export function searchMatters(query: string, limit = 10): MatterHit[] {
  if (typeof query !== 'string' || limit <= 0) return []
  ensureIndex()
  const normalized = normalizeQuery(query)
  if (!normalized) return []
  const scores = scoreMatters(normalized)
  const order = MATTER_INDEX.map((_, i) => i).filter((i) => scores[i] >= MIN_SCORE)
  order.sort((a, b) => scores[b] - scores[a] || a - b)
  return order.slice(0, Math.floor(limit)).map((i) => ({
    id: MATTER_INDEX[i].id,
    name: MATTER_INDEX[i].name,
    score: Math.round(scores[i] * 1000) / 1000,
  }))
}
