import { validatePlainName, visibleLength } from '@/domain/identity/plain-name'
import { findMatter } from '@/domain/matters/catalog'
import { validateField } from '@/domain/matters/engine'
import { ctx } from '../matters/fixtures'

const rule = { label: '犬只名字', max: 10 }

describe('names that are not ID-card names (one rule for app and server)', () => {
  it('counts characters as a person sees them', () => {
    expect(visibleLength('旺财')).toBe(2)
    expect(visibleLength('𠮷祥')).toBe(2) // a rare character outside the BMP is one
    expect(visibleLength('Rene\u0301')).toBe(4) // e + combining accent is one
  })

  it('accepts plain names and trims them', () => {
    expect(validatePlainName(' 旺财 ', rule)).toEqual({ ok: true, value: '旺财' })
    expect(validatePlainName('Lucky 小黑', rule).ok).toBe(true)
  })

  it('refuses emoji, flags and pictographs with a message that says so', () => {
    for (const bad of ['旺财🐶', '🇨🇳豆豆', '小黑❤️', '1️⃣号']) {
      const r = validatePlainName(bad, rule)
      expect(r).toEqual({ ok: false, reason: '犬只名字不能包含表情符号，请只用文字' })
    }
  })

  it('refuses control and invisible characters', () => {
    for (const bad of ['旺\n财', '旺\u200d财', '旺\u202e财', '旺\u0007财']) {
      expect(validatePlainName(bad, rule)).toMatchObject({ ok: false, reason: expect.stringContaining('看不见的字符') })
    }
  })

  it('says how long a too-long name is instead of cutting it', () => {
    const r = validatePlainName('旺'.repeat(200), rule)
    expect(r).toEqual({ ok: false, reason: '犬只名字最多 10 个字，现在是 200 个字，请删掉 190 个' })
    expect(validatePlainName('旺'.repeat(10), rule).ok).toBe(true)
  })
})

describe('养犬登记 uses the rule for the dog name (the server runs the same engine)', () => {
  const def = findMatter('dog-registration')!.form!
  const dogName = def.fields.find((f) => f.key === 'dogName')!
  const check = (v: string) => validateField(def, dogName, { dogName: v }, ctx())

  it('refuses 旺财🐶 and a 200-character name with the real length', () => {
    expect(check('旺财🐶')).toBe('犬只名字不能包含表情符号，请只用文字')
    expect(check('旺'.repeat(200))).toMatch(/现在是 200 个字/)
    expect(check('旺财')).toBeNull()
  })
})
