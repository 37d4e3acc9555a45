import { highlightName, matchedChars } from '@/features/search/highlight'

const hits = (query: string, name: string) =>
  highlightName(query, name)
    .filter((s) => s.hit)
    .map((s) => s.text)

describe('highlightName', () => {
  it('marks characters typed in the query, after normalisation and synonyms', () => {
    expect(hits('狗证怎么办', '养犬登记')).toEqual(['犬'])
    expect(hits('養犬', '养犬登记')).toEqual(['养犬'])
    expect(hits('开个居住证明', '居住证明')).toEqual(['居住证明'])
  })

  it('marks full pinyin and initials as consecutive runs', () => {
    expect(hits('yangquan', '养犬登记')).toEqual(['养犬'])
    expect(hits('jzzm', '居住证明')).toEqual(['居住证明'])
    expect(hits('yqdengji', '养犬登记')).toEqual(['养犬登记'])
  })

  it('marks a homophone typo only next to a sure match', () => {
    expect(hits('养犬等级', '养犬登记')).toEqual(['养犬登记'])
    // 正 sounds like 证, but nothing around it matched
    expect(matchedChars('正', '居住证明')).toEqual([false, false, false, false])
  })

  it('keeps the name intact and marks nothing for an empty or unrelated query', () => {
    expect(highlightName('', '居住证明')).toEqual([{ text: '居住证明', hit: false }])
    expect(highlightName('asdfgh', '居住证明')).toEqual([{ text: '居住证明', hit: false }])
    expect(
      highlightName('证明', '无犯罪记录证明')
        .map((s) => s.text)
        .join(''),
    ).toBe('无犯罪记录证明')
  })
})
