import { ApiError } from '@/api/contract/errors'
import { errorMessage, GENERIC_ERROR_MESSAGE, UserFacingError } from '@/lib/error-message'

describe('errorMessage: what a person reads is decided by the error type', () => {
  it('shows an ApiError its own message (the server wrote it for people)', () => {
    expect(errorMessage(new ApiError({ code: 'conflict', message: '这条诉求已经被李师傅处理' }, 409))).toBe('这条诉求已经被李师傅处理')
  })

  it('shows the code default when the ApiError came without a message', () => {
    expect(errorMessage(new ApiError({ code: 'network' }))).toBe('网络连接失败，请检查网络后重试')
  })

  it('never shows a programming error, even one with Chinese words in it', () => {
    expect(errorMessage(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(GENERIC_ERROR_MESSAGE)
    expect(errorMessage(new RangeError('无效日期：2024-13-01'))).toBe(GENERIC_ERROR_MESSAGE)
    expect(errorMessage({ message: '看起来像中文的对象' })).toBe(GENERIC_ERROR_MESSAGE)
  })

  it('shows any other error written for people', () => {
    expect(errorMessage(new UserFacingError('这个二维码已经过期'))).toBe('这个二维码已经过期')
  })

  it('uses the caller’s words for anything that is not an ApiError', () => {
    expect(errorMessage('boom', '没有保存成功，请重试')).toBe('没有保存成功，请重试')
    expect(errorMessage(undefined, '没有保存成功，请重试')).toBe('没有保存成功，请重试')
  })
})
