/**
 * Which platform this build is for. TARO_ENV is inlined at build time ('weapp' or 'h5'); code
 * outside src/platform asks here instead of reading process.env (lint: no-restricted-syntax).
 */
export const IS_H5 = process.env.TARO_ENV === 'h5'
