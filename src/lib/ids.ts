/** Client-generated keys (idempotency, drafts). Not secrets: unique enough per device and time. */
let counter = 0

export function newKey(prefix = 'k'): string {
  counter = (counter + 1) % 1_000_000
  const rand = Math.floor(Math.random() * 0x100000000).toString(36)
  return `${prefix}-${Date.now().toString(36)}-${counter.toString(36)}-${rand}`
}
