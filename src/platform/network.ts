/** The network signal on WeChat: wx.onNetworkStatusChange and getNetworkType. */
import Taro from '@tarojs/taro'

/** Calls `fn(online)` now (best guess) and on every change; returns an unsubscribe. */
export function watchNetwork(fn: (online: boolean) => void): () => void {
  const onChange = (r: { isConnected: boolean }) => fn(r.isConnected)
  try {
    Taro.getNetworkType?.({ success: (r) => fn(r.networkType !== 'none') })
    Taro.onNetworkStatusChange?.(onChange)
  } catch {
    /* a host without the API (tests, old base library): assume online */
  }
  return () => {
    try {
      Taro.offNetworkStatusChange?.(onChange)
    } catch {
      /* nothing to remove */
    }
  }
}
