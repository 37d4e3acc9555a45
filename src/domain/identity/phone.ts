/** Mainland China mobile numbers (the only kind SMS notices and WeChat binding use). */
import type { ValidationResult } from './result'
import { maskMiddle } from './mask'

const MOBILE = /^1[3-9]\d{9}$/

/**
 * Accepts what people paste from contacts: spaces, dashes, brackets, full-width digits,
 * and a country prefix `+86`, `0086` or `86` in front of the 11 digits.
 */
export function validatePhone(input: string): ValidationResult<string> {
  let s = (input ?? '')
    .replace(/[\s\-‐‑–—－()（）]+/g, '')
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/^＋/, '+')
  if (s === '') return { ok: false, reason: '请输入手机号码' }
  if (s.startsWith('+86')) s = s.slice(3)
  // Without "+", strip 86/0086 only when 11 digits remain: no mobile number starts with 8 or 0.
  else if (s.length === 15 && s.startsWith('0086')) s = s.slice(4)
  else if (s.length === 13 && s.startsWith('86')) s = s.slice(2)
  if (!/^\d{11}$/.test(s)) return { ok: false, reason: '手机号码应为11位数字' }
  if (!MOBILE.test(s)) return { ok: false, reason: '手机号码格式不正确' }
  return { ok: true, value: s }
}

/** `13812345678` → `138****5678`. Anything that is not a valid mobile number is masked without throwing. */
export function maskPhone(phone: string): string {
  const checked = validatePhone(phone ?? '')
  return maskMiddle(checked.ok ? checked.value : phone ?? '', 3, 4, 11)
}
