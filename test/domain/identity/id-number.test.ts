import { idNumberCheckChar, maskIdNumber, validateIdNumber } from '@/domain/identity/id-number'

const TODAY = '2026-11-23'
const check = (input: string, today = TODAY) => validateIdNumber(input, { today })

/** A valid number for the given parts, using the helper under test (itself checked against literals below). */
function makeId(region: string, birth: string, seq: string): string {
  const first17 = region + birth + seq
  return first17 + idNumberCheckChar(first17)
}

/** Same number with a deliberately wrong check character. */
function withWrongCheck(id: string): string {
  const right = id[17]
  return id.slice(0, 17) + (right === '0' ? '1' : '0')
}

const R = {
  EMPTY: '请输入身份证号码',
  LENGTH: '身份证号码应为18位',
  CHARS: '身份证号码只能包含数字，最后一位可以是X',
  REGION: '身份证号码的地区代码不正确',
  DATE: '身份证号码中的出生日期不正确',
  FUTURE: '出生日期不能晚于今天',
  CHECK: '身份证号码校验位不正确',
}

describe('idNumberCheckChar', () => {
  // Literal numbers computed by hand (ISO 7064 MOD 11-2), independent of the helper.
  it.each([
    ['11010519491231002', 'X'], // the GB 11643 sample 11010519491231002X
    ['44052418800101001', '4'], // the other standard sample 440524188001010014
    ['11010119900307451', '4'],
    ['51170219850612101', 'X'],
    ['32031119960229102', 'X'],
    ['83000019900101123', '4'],
  ])('%s → %s', (first17, expected) => {
    expect(idNumberCheckChar(first17)).toBe(expected)
  })

  it.each(['', '1101051949123100', '110105194912310021', '1101051949123100X'])('rejects %j', (bad) => {
    expect(() => idNumberCheckChar(bad)).toThrow()
  })
})

describe('validateIdNumber: accepted numbers', () => {
  it.each([
    // input, normalized, birthDate, gender, regionCode
    ['11010519491231002X', '11010519491231002X', '1949-12-31', 'female', '110105'],
    ['11010519491231002x', '11010519491231002X', '1949-12-31', 'female', '110105'],
    ['110101199003074514', '110101199003074514', '1990-03-07', 'male', '110101'],
    ['51170219850612101X', '51170219850612101X', '1985-06-12', 'male', '511702'],
    ['51170219850612101x', '51170219850612101X', '1985-06-12', 'male', '511702'],
    ['32031119960229102X', '32031119960229102X', '1996-02-29', 'female', '320311'],
    ['830000199001011234', '830000199001011234', '1990-01-01', 'male', '830000'], // 台湾居民居住证
    // whitespace people type or paste: around, inside, full-width space, tab
    ['  110101199003074514  ', '110101199003074514', '1990-03-07', 'male', '110101'],
    ['110101 19900307 4514', '110101199003074514', '1990-03-07', 'male', '110101'],
    ['110101\u300019900307\t4514', '110101199003074514', '1990-03-07', 'male', '110101'],
    // full-width digits and Ｘ from a Chinese input method
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X', '1949-12-31', 'female', '110105'],
  ])('%j is valid', (input, normalized, birthDate, gender, regionCode) => {
    expect(check(input)).toEqual({ ok: true, value: { normalized, birthDate, gender, regionCode } })
  })

  it.each([
    // generated with the helper: leap days, edges of the allowed range, all province groups
    [makeId('110101', '20000229', '001'), '2000-02-29', 'male'],
    [makeId('510722', '19960229', '002'), '1996-02-29', 'female'],
    [makeId('440305', '19000101', '003'), '1900-01-01', 'male'],
    [makeId('650102', TODAY.replace(/-/g, ''), '004'), TODAY, 'female'], // born today
    [makeId('810000', '20010705', '121'), '2001-07-05', 'male'], // 港澳居民居住证
    [makeId('150102', '19751231', '988'), '1975-12-31', 'female'],
    [makeId('230103', '19691001', '977'), '1969-10-01', 'male'],
    [makeId('460100', '19881111', '010'), '1988-11-11', 'female'],
    [makeId('540102', '20100615', '555'), '2010-06-15', 'male'],
    [makeId('710000', '19500505', '246'), '1950-05-05', 'female'],
    [makeId('822000', '19990909', '135'), '1999-09-09', 'male'],
  ])('%s is valid (born %s, %s)', (id, birthDate, gender) => {
    const r = check(id)
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ normalized: id, birthDate, gender }) })
  })

  it('retired county codes are still accepted: only the province is checked', () => {
    // county codes need not be current (419001 济源, or one never in the list): the province is what matters
    expect(check(makeId('419001', '19800101', '123')).ok).toBe(true)
    expect(check(makeId('110199', '19800101', '123')).ok).toBe(true)
  })
})

describe('validateIdNumber: rejected numbers', () => {
  const base = makeId('110101', '19900307', '451')

  it.each([
    ['', R.EMPTY],
    ['   ', R.EMPTY],
    ['\u3000', R.EMPTY],
    // lengths
    ['110101900307451', R.LENGTH], // old 15-digit number
    ['11010119900307451', R.LENGTH], // 17
    ['1101011990030745140', R.LENGTH], // 19
    ['1', R.LENGTH],
    // characters
    ['X10101199003074514', R.CHARS],
    ['11010119900307X514', R.CHARS],
    ['11010119900307451Y', R.CHARS],
    ['1101011990-0307451', R.CHARS],
    ['1101011990A3074514', R.CHARS],
    ['11010119900307451A', R.CHARS],
    // province prefixes that do not exist
    [makeId('000000', '19900307', '451'), R.REGION],
    [makeId('100000', '19900307', '451'), R.REGION],
    [makeId('190000', '19900307', '451'), R.REGION],
    [makeId('990000', '19900307', '451'), R.REGION],
    [makeId('600000', '19900307', '451'), R.REGION],
    [makeId('840000', '19900307', '451'), R.REGION],
    // impossible dates (valid check characters, so the date is what fails)
    [makeId('110101', '19900230', '451'), R.DATE],
    [makeId('110101', '19901301', '451'), R.DATE],
    [makeId('110101', '19900001', '451'), R.DATE],
    [makeId('110101', '19900100', '451'), R.DATE],
    [makeId('110101', '19900431', '451'), R.DATE],
    [makeId('110101', '19000229', '451'), R.DATE], // 1900 is not a leap year
    [makeId('110101', '20230229', '451'), R.DATE],
    [makeId('110101', '21000229', '451'), R.DATE],
    // before 1900
    [makeId('110101', '18991231', '451'), R.DATE],
    ['440524188001010014', R.DATE], // the standard's own 1880 sample: not a living resident's
    // in the future relative to the injected today
    [makeId('110101', '20261124', '451'), R.FUTURE],
    [makeId('110101', '20270101', '451'), R.FUTURE],
    // check character
    [withWrongCheck(base), R.CHECK],
    ['110105194912310021', R.CHECK],
    ['110101199003074515', R.CHECK],
    ['11010119900307451X', R.CHECK],
  ])('%j → %s', (input, reason) => {
    expect(check(input)).toEqual({ ok: false, reason })
  })

  it('uses the injected today: the same birth date is future before it and fine on it', () => {
    const id = makeId('110101', '20261124', '451')
    expect(check(id, '2026-11-23')).toEqual({ ok: false, reason: R.FUTURE })
    expect(check(id, '2026-11-24').ok).toBe(true)
  })

  it('defaults today to the real date: a number born next year is rejected', () => {
    const nextYear = new Date().getUTCFullYear() + 1
    expect(validateIdNumber(makeId('110101', `${nextYear}0101`, '451'))).toEqual({ ok: false, reason: R.FUTURE })
    expect(validateIdNumber('11010519491231002X').ok).toBe(true)
  })

  it('throws on a malformed injected today (a programming error, not user input)', () => {
    expect(() => validateIdNumber(base, { today: '2026/11/23' })).toThrow()
  })

  it('rejects every single-character mutation of a valid number', () => {
    const valid = ['11010519491231002X', makeId('510722', '20000229', '246'), base]
    let mutations = 0
    let caughtByCheckChar = 0
    for (const id of valid) {
      expect(check(id).ok).toBe(true)
      for (let pos = 0; pos < 18; pos++) {
        const alphabet = pos === 17 ? '0123456789X' : '0123456789'
        for (const c of alphabet) {
          if (c === id[pos]) continue
          const mutated = id.slice(0, pos) + c + id.slice(pos + 1)
          const r = check(mutated)
          expect({ mutated, ok: r.ok }).toEqual({ mutated, ok: false })
          mutations++
          if (!r.ok && r.reason === R.CHECK) caughtByCheckChar++
        }
      }
    }
    expect(mutations).toBe(3 * (17 * 9 + 10))
    // most mutations keep a plausible region and date: only the check character catches them
    expect(caughtByCheckChar).toBeGreaterThan(mutations / 2)
  })

  it('rejects every swap of two different adjacent digits in the body', () => {
    const id = makeId('110101', '19900307', '451')
    for (let pos = 0; pos < 16; pos++) {
      if (id[pos] === id[pos + 1]) continue
      const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2)
      expect({ swapped, ok: check(swapped).ok }).toEqual({ swapped, ok: false })
    }
  })
})

describe('maskIdNumber', () => {
  it.each([
    ['110101199003074514', '110***********4514'],
    ['11010519491231002X', '110***********002X'],
    ['110101900307451', '110********7451'], // old 15-digit number
    ['1234567', '1*****7'],
    ['abc', 'a*c'],
    ['12', '**'],
    ['1', '*'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked)
  })

  it('keeps the length of an 18-character number and hides the birth date', () => {
    const masked = maskIdNumber('110101199003074514')
    expect(masked).toHaveLength(18)
    expect(masked).not.toContain('19900307')
  })
})
