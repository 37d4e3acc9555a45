import { readFileSync } from 'node:fs'
import { pinyin } from 'pinyin-pro'
import { buildSearchIndexSource, GENERATED_PATH, searchVocabulary } from '../../../scripts/build-search-index'
import { charSyllables, normalizeText } from '@/domain/search/text'
import { PINYIN_SYLLABLES } from '@/domain/search/search-index.generated'

const SYLLABLES = PINYIN_SYLLABLES.split(' ')
const readingsOf = (ch: string): string[] => charSyllables(ch).map((id) => SYLLABLES[id])

describe('search-index.generated.ts', () => {
  it('is what scripts/build-search-index.ts generates (regenerate it, do not edit it)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(buildSearchIndexSource())
  }, 30_000)

  it('decodes to the default pinyin of every vocabulary character', () => {
    const chars = new Set(
      searchVocabulary()
        .flatMap((w) => Array.from(w))
        .filter((c) => /[\u4e00-\u9fff]/.test(c)),
    )
    expect(chars.size).toBeGreaterThan(300)
    for (const ch of chars) {
      const expected = (pinyin(ch, { toneType: 'none', v: true }) as string).toLowerCase()
      expect({ ch, has: readingsOf(ch).includes(expected) }).toEqual({ ch, has: true })
    }
  })

  it('covers common characters outside the vocabulary, so typos can be matched by sound', () => {
    expect(readingsOf('往')).toContain('wang')
    expect(readingsOf('派')).toContain('pai')
    expect(readingsOf('祖')).toContain('zu')
    expect(readingsOf('只')).toContain('zhi')
  })

  it('maps traditional and variant forms of vocabulary characters to simplified', () => {
    expect(normalizeText('養犬證明 戶口遷入 殘疾 犬隻註銷 身份証')).toBe('养犬证明 户口迁入 残疾 犬只注销 身份证')
  })
})
