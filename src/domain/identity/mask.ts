/**
 * Replaces the middle of `value` with one `*` per character (code point), keeping
 * `keepStart` leading and `keepEnd` trailing characters when the value has at least
 * `minLength` characters. Shorter (malformed) values still get most of their content
 * hidden: first and last kept from 3 characters on, everything masked below that.
 * Never throws: maskers run on whatever the backend sent.
 */
export function maskMiddle(value: string, keepStart: number, keepEnd: number, minLength: number): string {
  const chars = Array.from(value)
  const n = chars.length
  if (n <= 2) return '*'.repeat(n)
  const [head, tail] = n >= minLength ? [keepStart, keepEnd] : [1, 1]
  return chars.slice(0, head).join('') + '*'.repeat(n - head - tail) + chars.slice(n - tail).join('')
}
