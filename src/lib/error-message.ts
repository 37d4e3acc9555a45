/** What to show a person when anything is thrown and the caller has no better words. */
export const GENERIC_ERROR_MESSAGE = '出了点问题，请稍后重试'

/**
 * An error whose message was written for people (in Chinese). The api's ApiError extends it:
 * the server's message, or the default for its code.
 */
export class UserFacingError extends Error {}

/**
 * The Chinese message to show for a thrown value, decided by its type: a UserFacingError (an
 * ApiError) shows its own message; anything else — a TypeError, a platform error the caller
 * did not handle itself — shows `fallback`.
 */
export function errorMessage(e: unknown, fallback = GENERIC_ERROR_MESSAGE): string {
  return e instanceof UserFacingError ? e.message : fallback
}
