/** @jest-environment jest-fixed-jsdom */
/**
 * When WeChat's face step cannot run (issue 12 §6): a WeChat too old for requestFacialVerify
 * says 请升级微信后再试 (not 这台设备不能做人脸核验); a refused camera or microphone offers
 * 去设置开启, and coming back with it on lets the resident start again. The alternatives
 * (社区窗口…) stay on every path. Only the camera step is a stand-in on screen; the
 * weapp step itself is run against a stubbed `wx`.
 */
import '../../ui/dom-config'
import { act, fireEvent, screen } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import Taro from '@tarojs/taro'
import { getApi, setApi } from '@/api'
import { createGovApiClient } from '@/api/client'
import { inProcessTransport } from '@/api/mock-adapter'
import { VerifyScreen } from '@/features/identity/screens'
import { signInAs } from '@/features/identity/session-actions'
import { faceStepFromFail, type FaceStepResult } from '@/platform/face-verify-types'
import { sessionTokenStore, useSessionStore } from '@/stores/session-store'
import { resetTaroMock } from '../../support/taro-mock'
import { testBackend } from '../../support/backend'

const mockStep = { result: 'finished' as FaceStepResult, runs: 0 }
jest.mock('@/features/identity/face-step', () => {
  const types = jest.requireActual('@/platform/face-verify-types')
  return {
    FACE_STEP_MESSAGES: types.FACE_STEP_MESSAGES,
    FACE_STEP_SIMULATED: false,
    runFaceStep: jest.fn(async (verifyId: string) => {
      mockStep.runs++
      // a camera step that ran: the fake WeChat records a pass for the server to read
      if (mockStep.result === 'finished') await jest.requireActual('@/api/tester-api').getTesterApi().simulateFaceStep(verifyId, 'pass')
      return mockStep.result
    }),
  }
})

const taro = Taro as unknown as Record<string, unknown>

beforeEach(async () => {
  resetTaroMock()
  mockStep.runs = 0
  const { backend } = testBackend()
  setApi(createGovApiClient(inProcessTransport(backend), sessionTokenStore))
  useSessionStore.setState({ session: null })
  await signInAs('resident-new')
  const c = await getApi().getConsent()
  await getApi().saveConsent({ version: c.version, privacy: true, face: true, idNumber: true })
})
afterEach(() => {
  setApi(null)
  delete taro.openSetting
})
jest.setTimeout(20_000)

const tap = async (text: string) => {
  const el = await screen.findByText(text, undefined, { timeout: 5000 })
  await act(async () => {
    fireEvent.click(el)
  })
}

describe('实名认证 when the camera step cannot run', () => {
  it('an old WeChat: 请升级微信后再试, not a blamed device; the community office stays', async () => {
    mockStep.result = 'outdated'
    render(<VerifyScreen />)
    await tap('开始人脸核验')
    expect(await screen.findByText(/请升级微信后再试/)).toBeTruthy()
    expect(screen.queryByText(/这台设备不能做人脸核验/)).toBeNull()
    expect(screen.getByText('没能开始人脸核验')).toBeTruthy()
    expect(screen.queryByText('去设置开启')).toBeNull()
    expect(screen.getByText('到社区窗口核验')).toBeTruthy()
    expect(useSessionStore.getState().session?.user.verified).toBe(false)
  })

  it('camera or microphone refused: 去设置开启, and once allowed the resident can start again', async () => {
    mockStep.result = 'denied'
    taro.openSetting = jest.fn(async () => ({ authSetting: { 'scope.camera': true, 'scope.record': true }, errMsg: 'openSetting:ok' }))
    render(<VerifyScreen />)
    await tap('开始人脸核验')
    expect(await screen.findByText(/要用到相机和麦克风/)).toBeTruthy()
    await tap('去设置开启')
    expect(taro.openSetting).toHaveBeenCalledTimes(1)
    mockStep.result = 'finished'
    await tap('开始人脸核验')
    expect(await screen.findByText('已完成实名认证', undefined, { timeout: 5000 })).toBeTruthy()
    expect(mockStep.runs).toBe(2)
  })

  it('still refused after 设置: the message, the button and the alternatives stay', async () => {
    mockStep.result = 'denied'
    taro.openSetting = jest.fn(async () => ({ authSetting: { 'scope.camera': false }, errMsg: 'openSetting:ok' }))
    render(<VerifyScreen />)
    await tap('开始人脸核验')
    await tap('去设置开启')
    expect(screen.getByText(/要用到相机和麦克风/)).toBeTruthy()
    expect(screen.getByText('去设置开启')).toBeTruthy()
    expect(screen.getByText('到社区窗口核验')).toBeTruthy()
  })
})

describe('what a failed requestFacialVerify means', () => {
  it.each([
    [{ errCode: 90100, errMsg: 'requestFacialVerify:fail' }, 'cancelled'],
    [{ errMsg: 'requestFacialVerify:fail cancel' }, 'cancelled'],
    [{ errMsg: 'requestFacialVerify:fail auth deny' }, 'denied'],
    [{ errMsg: 'requestFacialVerify:fail system permission denied' }, 'denied'],
    [{ errMsg: 'requestFacialVerify:fail scope.record not authorized' }, 'denied'],
    [{ errMsg: 'requestFacialVerify:fail not supported' }, 'outdated'],
    [{ errMsg: 'requestFacialVerify:fail no such api' }, 'outdated'],
    [{ errCode: 90001, errMsg: 'requestFacialVerify:fail' }, 'unsupported'],
    [{ errCode: 10004, errMsg: 'requestFacialVerify:fail' }, 'finished'],
    [null, 'finished'],
  ])('%j → %s', (fail, expected) => {
    expect(faceStepFromFail(fail)).toBe(expected)
  })
})

describe('the weapp face step (http build)', () => {
  const g = globalThis as unknown as { wx?: unknown }
  let mode: typeof process.env.TARO_APP_API_MODE
  beforeAll(() => {
    mode = process.env.TARO_APP_API_MODE
    process.env.TARO_APP_API_MODE = 'http'
  })
  afterAll(() => {
    const env = process.env as Record<string, string | undefined>
    if (mode === undefined) delete env.TARO_APP_API_MODE
    else env.TARO_APP_API_MODE = mode
    delete g.wx
  })
  const load = () => {
    let mod: typeof import('@/platform/face-verify.weapp') | undefined
    jest.isolateModules(() => {
      mod = jest.requireActual<typeof import('@/platform/face-verify.weapp')>('@/platform/face-verify.weapp')
    })
    return mod!
  }

  it('a WeChat without requestFacialVerify is too old', async () => {
    g.wx = {}
    await expect(load().runFaceStep('v-1')).resolves.toBe('outdated')
  })

  it('a refused camera comes back as denied; a finished step as finished', async () => {
    g.wx = { requestFacialVerify: (o: { fail: (e: unknown) => void }) => o.fail({ errMsg: 'requestFacialVerify:fail auth deny' }) }
    await expect(load().runFaceStep('v-1')).resolves.toBe('denied')
    g.wx = { requestFacialVerify: (o: { success: () => void }) => o.success() }
    await expect(load().runFaceStep('v-1')).resolves.toBe('finished')
  })
})
