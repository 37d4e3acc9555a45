/** The Chinese message to show for any thrown value (ApiErrors carry their own). */
export function errorMessage(e: unknown, fallback = '出了点问题，请稍后重试'): string {
  if (e && typeof e === 'object' && 'message' in e && typeof (e as { message: unknown }).message === 'string') {
    const m = (e as { message: string }).message
    // only Chinese messages are meant for people; anything else is a programming error
    if (/[\u4e00-\u9fff]/.test(m)) return m
  }
  return fallback
}
