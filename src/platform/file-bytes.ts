/** The bytes of a picked file (WeChat temp path), for mock mode's in-process upload. */
import Taro from '@tarojs/taro'

export function readFileBytes(path: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    try {
      Taro.getFileSystemManager().readFile({
        filePath: path,
        success: (r) => resolve(new Uint8Array(r.data as ArrayBuffer)),
        fail: reject,
      })
    } catch (e) {
      reject(e)
    }
  })
}
