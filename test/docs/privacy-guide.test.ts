/**
 * The privacy guide matches the code (issue 12 §8): WeChat disables a privacy interface the
 * mini-program's 用户隐私保护指引 does not declare, so every one the code calls must be in the
 * table in docs/identity.md — and the table lists nothing the code no longer calls. The list is
 * derived from the source: every `Taro.x` / `wx.x` call (comments removed) of WeChat's privacy
 * interfaces, plus the components and button open-types that collect personal data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = join(__dirname, '../..')

/** WeChat's privacy interfaces (小程序隐私协议开发指南, 涉及隐私的接口), by what they collect. */
const PRIVACY_APIS = [
  // 位置
  'getLocation', 'getFuzzyLocation', 'chooseLocation', 'choosePoi', 'startLocationUpdate', 'startLocationUpdateBackground', 'onLocationChange',
  // 摄像头、相册、选中的照片/视频/文件
  'chooseImage', 'chooseMedia', 'chooseVideo', 'chooseMessageFile', 'createCameraContext', 'createVKSession', 'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum',
  // 麦克风
  'startRecord', 'getRecorderManager', 'joinVoIPChat',
  // 人脸
  'requestFacialVerify', 'startFacialRecognitionVerify', 'checkIsSupportFacialRecognition',
  // 用户信息、手机号、通讯录、地址、发票、车牌、运动、日历
  'getUserInfo', 'getUserProfile', 'chooseAddress', 'chooseInvoice', 'chooseInvoiceTitle', 'chooseLicensePlate', 'getWeRunData',
  'addPhoneContact', 'chooseContact', 'addPhoneCalendar', 'addPhoneRepeatCalendar',
  // 剪切板、蓝牙、Wi-Fi
  'getClipboardData', 'setClipboardData', 'openBluetoothAdapter', 'createBLEPeripheralServer', 'startWifi', 'getConnectedWifi',
] as const

/** Components and open-types that collect personal data, as the docs table names them. */
const PRIVACY_MARKUP: Array<[name: string, pattern: RegExp]> = [
  ['<camera>', /<Camera\b/],
  ['<live-pusher>', /<LivePusher\b/],
  ['getPhoneNumber', /openType\s*=\s*\{?\s*['"](getPhoneNumber|getRealtimePhoneNumber)['"]/],
  ['chooseAvatar', /openType\s*=\s*\{?\s*['"]chooseAvatar['"]/],
  ['nickname', /<Input[^>]*type\s*=\s*\{?\s*['"]nickname['"]/],
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

/** The code without its comments (a URL's `//` inside a string is kept). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
}

/** privacy interface → the src files that call it */
function privacyApisInSource(): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const add = (api: string, file: string) => found.set(api, [...new Set([...(found.get(api) ?? []), file])])
  const call = new RegExp(`\\b(?:Taro|wx)\\s*(?:\\.|\\?\\.|\\[['"])\\s*(${PRIVACY_APIS.join('|')})\\b`, 'g')
  for (const path of sourceFiles(join(ROOT, 'src'))) {
    const file = relative(join(ROOT, 'src'), path)
    const code = withoutComments(readFileSync(path, 'utf8'))
    for (const m of code.matchAll(call)) add(m[1], file)
    for (const [name, pattern] of PRIVACY_MARKUP) if (pattern.test(code)) add(name, file)
  }
  return found
}

/** The interfaces in docs/identity.md's privacy table (first column, in backticks). */
function documentedApis(): Map<string, string> {
  const doc = readFileSync(join(ROOT, 'docs/identity.md'), 'utf8')
  const section = doc.split(/^### Privacy interfaces the code calls$/m)[1]?.split(/^#{2,3} /m)[0] ?? ''
  const rows = new Map<string, string>()
  for (const line of section.split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|([^|]*)\|([^|]*)\|/.exec(line)
    if (m) rows.set(m[1], m[3].trim())
  }
  return rows
}

describe('the privacy guide (docs/identity.md) and the code', () => {
  const inSource = privacyApisInSource()
  const inDocs = documentedApis()

  it('the scan finds what the app is known to use', () => {
    for (const api of ['getLocation', 'chooseLocation', 'chooseMedia', 'chooseMessageFile', 'requestFacialVerify']) {
      expect(inSource.has(api)).toBe(true)
    }
  })

  it('every privacy interface the code calls is in the table, with a purpose', () => {
    const missing = [...inSource].filter(([api]) => !inDocs.get(api)).map(([api, files]) => `${api} (${files.join(', ')})`)
    expect(missing).toEqual([])
  })

  it('the table lists nothing the code does not call', () => {
    expect([...inDocs.keys()].filter((api) => !inSource.has(api))).toEqual([])
  })

  it('location interfaces are declared in requiredPrivateInfos', () => {
    const config = readFileSync(join(ROOT, 'src/app.config.ts'), 'utf8')
    const declared = /requiredPrivateInfos:\s*\[([^\]]*)\]/.exec(config)?.[1] ?? ''
    const location = ['getLocation', 'getFuzzyLocation', 'chooseLocation', 'choosePoi', 'chooseAddress', 'startLocationUpdate', 'startLocationUpdateBackground', 'onLocationChange']
    const undeclared = location.filter((api) => inSource.has(api) && !declared.includes(`'${api}'`))
    expect(undeclared).toEqual([])
  })
})
