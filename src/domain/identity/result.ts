/** Outcome of validating what a resident typed: the cleaned value, or a Chinese reason to show them. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; reason: string }
