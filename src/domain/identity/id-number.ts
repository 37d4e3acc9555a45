/**
 * Resident ID numbers (公民身份号码, GB 11643-1999), 18 characters:
 * 6-digit region, 8-digit birth date, 3-digit sequence (odd = male), check character.
 * Never log the number: it is sensitive personal information under PIPL.
 */
import type { Gender } from './profile'
import type { ValidationResult } from './result'
import { maskMiddle } from './mask'
import { isIsoDate, todayInChina } from '@/domain/time/china-time'

export interface IdNumberInfo {
  /** 18 characters, upper-case X */
  normalized: string
  /** YYYY-MM-DD */
  birthDate: string
  gender: Gender
  /** first 6 digits; may be a retired region code, which is still a valid number */
  regionCode: string
}

export interface ValidateIdNumberOptions {
  /** YYYY-MM-DD; defaults to today's date in China (UTC+8) */
  today?: string
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/**
 * Province-level codes of GB/T 2260, plus 83 (台湾居民居住证, issued since 2018 in the
 * same format; 81/82 likewise serve 港澳居民居住证). Only the province is checked:
 * county codes get retired while people keep their numbers for life.
 */
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
])

const FULL_WIDTH_DIGIT_0 = 0xff10

/** ISO 7064 MOD 11-2 check character for the first 17 digits. Throws on anything but 17 ASCII digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new Error('idNumberCheckChar expects exactly 17 digits')
  }
  let sum = 0
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

/**
 * Forgives what people type: any whitespace (including inside, e.g. `110101 19900307 1234`
 * copied from a card, and the full-width space), full-width digits/X from Chinese input
 * methods, and a lower-case x.
 */
function normalize(input: string): string {
  return input
    .replace(/\s+/g, '')
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_DIGIT_0 + 48))
    .replace(/[xＸｘ]/g, 'X')
}

export function validateIdNumber(input: string, options?: ValidateIdNumberOptions): ValidationResult<IdNumberInfo> {
  const today = options?.today ?? todayInChina()
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    throw new Error('validateIdNumber: options.today must be YYYY-MM-DD')
  }
  const id = normalize(input ?? '')
  if (id === '') return { ok: false, reason: '请输入身份证号码' }
  if (Array.from(id).length !== 18) return { ok: false, reason: '身份证号码应为18位' }
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: '身份证号码只能包含数字，最后一位可以是X' }
  if (!PROVINCE_CODES.has(id.slice(0, 2))) return { ok: false, reason: '身份证号码的地区代码不正确' }

  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  if (!isIsoDate(birthDate) || birthDate < '1900-01-01') return { ok: false, reason: '身份证号码中的出生日期不正确' }
  if (birthDate > today) return { ok: false, reason: '出生日期不能晚于今天' }

  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) {
    return { ok: false, reason: '身份证号码校验位不正确' }
  }
  return {
    ok: true,
    value: {
      normalized: id,
      birthDate,
      gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
      regionCode: id.slice(0, 6),
    },
  }
}

/**
 * `110101199003074514` → `110***********4514`: first 3 and last 4 kept, one `*` per hidden
 * character so the length still reads as an ID number. Old 15-digit numbers are masked the
 * same way; anything shorter keeps only its first and last character. Masks the string as
 * given: normalise with validateIdNumber first if it came from user input.
 */
export function maskIdNumber(id: string): string {
  return maskMiddle(id ?? '', 3, 4, 15)
}
