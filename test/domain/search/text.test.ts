import { normalizeQuery, splitLatin, tokenize, fuzzySyllable, TokenKind } from '@/domain/search/text'
import { expandSynonyms } from '@/domain/search/search-matters'

describe('normalizeQuery', () => {
  it('folds width and case, drops punctuation and emoji', () => {
    expect(normalizeQuery('ＪＺＺＭ！！😀')).toBe('jzzm')
    expect(normalizeQuery('狗证，办理🐶')).toBe('狗证 办理')
  })

  it('removes question noise but keeps words that carry the request', () => {
    expect(normalizeQuery('请问狗证怎么办？')).toBe('狗证')
    expect(normalizeQuery('低保在哪里办需要什么材料')).toBe('低保')
    expect(normalizeQuery('狗证丢了怎么补办')).toBe('狗证丢了 补办')
    expect(normalizeQuery('残疾人证办理')).toBe('残疾人证办理')
  })
})

describe('splitLatin', () => {
  const pieces = (s: string): string =>
    splitLatin(s)
      .map((p) => (p.initial ? `${p.text}^` : p.text))
      .join(' ')

  it('reads full pinyin as syllables', () => {
    expect(pieces('yangquan')).toBe('yang quan')
    expect(pieces('zhiyuanzhe')).toBe('zhi yuan zhe')
    expect(pieces('falvyuanzhu')).toBe('fa lv yuan zhu')
    expect(pieces('falyuanzhu')).toBe('fa l^ yuan zhu')
  })

  it('reads consonant strings as initials, and mixes both', () => {
    expect(pieces('jzzm')).toBe('j^ z^ z^ m^')
    expect(pieces('yqdengji')).toBe('y^ q^ deng ji')
  })

  it('accepts lu for lü', () => {
    expect(pieces('falu')).toBe('fa lu')
  })
})

describe('tokenize', () => {
  it('keeps Han characters and digits as characters, Latin as syllables or initials', () => {
    const tokens = tokenize('80岁 yangquan jz', 48)
    expect(tokens.map((t) => t.kind)).toEqual([
      TokenKind.Char,
      TokenKind.Char,
      TokenKind.Char,
      TokenKind.Syllable,
      TokenKind.Syllable,
      TokenKind.Initial,
      TokenKind.Initial,
    ])
    expect(tokens[5].run).toBe(2)
  })

  it('cuts very long input', () => {
    expect(tokenize('狗'.repeat(500), 48)).toHaveLength(48)
  })
})

describe('fuzzySyllable', () => {
  it('merges sounds commonly confused', () => {
    expect(fuzzySyllable('zheng')).toBe(fuzzySyllable('zen'))
    expect(fuzzySyllable('nan')).toBe(fuzzySyllable('lan'))
    expect(fuzzySyllable('jin')).toBe(fuzzySyllable('jing'))
    expect(fuzzySyllable('ba')).not.toBe(fuzzySyllable('pa'))
  })
})

describe('expandSynonyms', () => {
  it('indexes a word under each synonym, original first', () => {
    const v = expandSynonyms('养犬登记')
    expect(v[0]).toBe('养犬登记')
    expect(v).toContain('养狗登记')
    expect(v).toContain('养狗备案')
  })

  it('matches the longest synonym, not a word inside it', () => {
    expect(expandSynonyms('老年人优待证')).toContain('老人优待卡')
    expect(expandSynonyms('老年人优待证')).not.toContain('老人人优待证')
  })
})
