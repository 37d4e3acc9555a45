/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.jpg'
declare module '*.svg'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5' | string
    TARO_APP_API_MODE: 'mock' | 'http'
    TARO_APP_API_BASE_URL: string
    TARO_APP_API_TIMEOUT_MS: string
    TARO_APP_COMMUNITY_NAME: string
  }
}
