/**
 * Whether the app is in front: Taro.onAppShow / onAppHide (WeChat's app lifecycle; on H5 Taro
 * maps them to the page's visibilitychange).
 */
import Taro from '@tarojs/taro'

/** Calls `fn(true)` when the app comes to the front and `fn(false)` when it goes to the background. */
export function watchAppVisibility(fn: (visible: boolean) => void): () => void {
  const show = () => fn(true)
  const hide = () => fn(false)
  try {
    Taro.onAppShow?.(show)
    Taro.onAppHide?.(hide)
  } catch {
    /* a host without the API (tests): the app counts as always in front */
  }
  return () => {
    try {
      Taro.offAppShow?.(show)
      Taro.offAppHide?.(hide)
    } catch {
      /* nothing to remove */
    }
  }
}
