/** @jest-environment jest-fixed-jsdom */
/**
 * A refused permission is never a dead end: denied location or camera in 随手拍 says so, keeps
 * the typed-address / no-photo way, and offers 去设置开启 (WeChat's settings page); coming back
 * with the permission on locates at once. The browser, which has no settings page, says where
 * to allow it instead. Only the GPS and camera are stand-ins here.
 */
import '../../ui/dom-config'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import Taro from '@tarojs/taro'
import { setApi } from '@/api'
import { createGovApiClient } from '@/api/client'
import { inProcessTransport } from '@/api/mock-adapter'
import { COMMUNITY_CENTRE } from '@/domain/complaints'
import { ApplyScreen } from '@/features/apply'
import { ComposerScreen } from '@/features/complaints'
import * as browserSettings from '@/platform/app-settings.h5'
import { locationErrorFrom } from '@/platform/location-types'
import { photoErrorFrom } from '@/platform/photo-types'
import { emptyDraft, useComplaintDraftStore } from '@/stores/complaint-draft-store'
import { sessionTokenStore, useSessionStore } from '@/stores/session-store'
import { resetTaroMock } from '../../support/taro-mock'
import { clientFor, testBackend } from '../../support/backend'
import { signInVerified } from '../../support/verified-session'
import { clerk, submitDogRegistration } from '../cases/support'
import { CaseDetailScreen } from '@/features/cases/case-detail-screen'

const mockGps = { allowed: false }
const mockCamera = { allowed: false }
jest.mock('@/platform/location', () => {
  const types = jest.requireActual('@/platform/location-types')
  return {
    ...types,
    canPickOnMap: true,
    locateMe: jest.fn(async () => {
      if (!mockGps.allowed) throw types.locationErrorFrom({ errMsg: 'getLocation:fail auth deny' })
      return { lat: 31.2139, lng: 107.4865, address: '' }
    }),
    pickOnMap: jest.fn(async () => {
      throw types.locationErrorFrom({ errMsg: 'chooseLocation:fail auth deny' })
    }),
  }
})
jest.mock('@/platform/photo', () => {
  const types = jest.requireActual('@/platform/photo-types')
  return {
    ...types,
    pickPhotos: jest.fn(async () => {
      if (!mockCamera.allowed) throw types.photoErrorFrom({ errMsg: 'chooseMedia:fail auth deny' })
      return [{ path: 'wxfile://tmp/p1.jpg', size: 300_000, mime: 'image/jpeg', name: 'p1.jpg' }]
    }),
    compressPhoto: jest.fn(async (p: unknown) => p),
  }
})

jest.mock('@/platform/media', () => {
  const actual = jest.requireActual('@/platform/media')
  return {
    ...actual,
    pickMaterials: jest.fn(async () => {
      if (!mockCamera.allowed) throw new actual.MediaError(actual.MEDIA_DENIED_MESSAGE)
      return [{ path: 'blob:proof', name: 'proof.jpg', mime: 'image/jpeg', size: 200_000, kind: 'photo' }]
    }),
  }
})

const taro = Taro as unknown as Record<string, unknown>
const settingsOpened: string[] = []

beforeEach(async () => {
  resetTaroMock()
  settingsOpened.length = 0
  mockGps.allowed = false
  mockCamera.allowed = false
  // WeChat's 设置 page: the resident switches everything on and comes back
  taro.openSetting = jest.fn(async () => {
    settingsOpened.push('openSetting')
    mockGps.allowed = true
    mockCamera.allowed = true
    return { authSetting: { 'scope.userLocation': true, 'scope.camera': true }, errMsg: 'openSetting:ok' }
  })
  useSessionStore.setState({ session: null })
  useComplaintDraftStore.setState({ drafts: { snap: emptyDraft(), complaint: emptyDraft() } })
  const { backend } = testBackend()
  setApi(createGovApiClient(inProcessTransport(backend), sessionTokenStore))
})

afterAll(() => {
  setApi(null)
  delete taro.openSetting
})

describe('随手拍 with location refused', () => {
  it('says so, keeps the typed address, and 去设置开启 leads back to a located report', async () => {
    render(<ComposerScreen kind='snap' />)
    await screen.findByText(/没有定位权限。请直接写下问题所在的地址/)
    expect(screen.getAllByPlaceholderText(/写下地址/).length).toBeGreaterThan(0)
    fireEvent.click(screen.getByText('去设置开启'))
    await screen.findByText(/（当前位置）/)
    expect(settingsOpened).toEqual(['openSetting'])
    await waitFor(() => expect(screen.queryByText('去设置开启')).toBeNull())
    expect(screen.queryByText(/没有定位权限/)).toBeNull()
    const loc = useComplaintDraftStore.getState().drafts.snap.location
    expect(loc).toMatchObject({ lat: 31.2139, lng: 107.4865, source: 'gps' })
    expect(Math.abs(loc!.lat - COMMUNITY_CENTRE.lat)).toBeLessThan(0.05)
  })

  it('the map picker refused too: the same button, and the address can still be typed', async () => {
    render(<ComposerScreen kind='snap' />)
    await screen.findByText('去设置开启')
    fireEvent.click(screen.getByText('在地图上选'))
    await screen.findByText(/没有定位权限/)
    expect(screen.getAllByText('去设置开启')).toHaveLength(1)
    expect(screen.getAllByPlaceholderText(/写下地址/).length).toBeGreaterThan(0)
  })

  it('staying refused in 设置 keeps the button and the typed-address way', async () => {
    taro.openSetting = jest.fn(async () => ({ authSetting: { 'scope.userLocation': false }, errMsg: 'openSetting:ok' }))
    render(<ComposerScreen kind='snap' />)
    fireEvent.click(await screen.findByText('去设置开启'))
    await waitFor(() => expect(taro.openSetting).toHaveBeenCalledTimes(1))
    expect(screen.getByText('去设置开启')).toBeTruthy()
    expect(screen.getByText(/没有定位权限/)).toBeTruthy()
    expect(screen.getAllByPlaceholderText(/写下地址/).length).toBeGreaterThan(0)
  })
})

describe('随手拍 with the camera refused', () => {
  it('says so, offers 去设置开启, and photos can be added after coming back', async () => {
    mockGps.allowed = true
    render(<ComposerScreen kind='snap' />)
    await screen.findByText(/（当前位置）/)
    fireEvent.click(screen.getByText('拍照或选照片'))
    await screen.findByText(/没有相机或相册权限/)
    fireEvent.click(screen.getByText('去设置开启'))
    await waitFor(() => expect(screen.queryByText('去设置开启')).toBeNull())
    expect(screen.queryByText(/没有相机或相册权限/)).toBeNull()
    fireEvent.click(screen.getByText('拍照或选照片'))
    await waitFor(() => expect(useComplaintDraftStore.getState().drafts.snap.photos).toHaveLength(1))
  })
})

describe('a material with the camera refused', () => {
  it('says so under the material, offers 去设置开启, and uploads once allowed', async () => {
    const { backend } = testBackend()
    await signInVerified(createGovApiClient(inProcessTransport(backend), sessionTokenStore))
    render(<ApplyScreen matterId='kinship-proof' />)
    await screen.findByText('下一步：核对信息', undefined, { timeout: 5000 })
    const box = document.getElementById('material-relationEvidence')!
    fireEvent.click(box.querySelector('taro-button-core')!)
    await screen.findByText(/没有相机或相册权限/)
    fireEvent.click(screen.getByText('去设置开启'))
    await waitFor(() => expect(screen.queryByText('去设置开启')).toBeNull())
    fireEvent.click(box.querySelector('taro-button-core')!)
    await waitFor(() => expect(box.querySelectorAll('.apply-file')).toHaveLength(1))
    useSessionStore.getState().setSession(null)
  }, 20_000)
})

describe('补正 with the camera refused', () => {
  it('the flagged material says so, offers 去设置开启, and takes the photo once allowed', async () => {
    const { backend } = testBackend()
    const api = clientFor(backend)
    await signInVerified(api)
    const dog = await submitDogRegistration(backend, api)
    await clerk(backend, dog.id, 'accept')
    await clerk(backend, dog.id, 'request-supplement', { supplementItems: ['vaccinationCertPhoto'], reason: '免疫证照片看不清编号' })
    render(<CaseDetailScreen caseId={dog.id} />)
    fireEvent.click(await screen.findByText('拍照或选择文件', undefined, { timeout: 5000 }))
    await screen.findByText(/没有相机或相册权限/)
    fireEvent.click(screen.getByText('去设置开启'))
    await waitFor(() => expect(screen.queryByText('去设置开启')).toBeNull())
    fireEvent.click(screen.getByText('拍照或选择文件'))
    await waitFor(() => expect(document.querySelectorAll('.supplement__file')).toHaveLength(1))
    useSessionStore.getState().setSession(null)
  }, 20_000)
})

describe('what a refusal is called', () => {
  it.each([
    ['getLocation:fail auth deny', 'denied'],
    ['getLocation:fail:auth denied', 'denied'],
    ['getLocation:fail system permission denied', 'unavailable'],
    ['chooseLocation:fail cancel', 'cancelled'],
    ['getLocation:fail timeout', 'unavailable'],
  ])('location %s → %s', (errMsg, code) => {
    expect(locationErrorFrom({ errMsg }).code).toBe(code)
  })

  it('WeChat itself without location (phone settings): says where to switch it on, no 去设置开启', () => {
    expect(locationErrorFrom({ errMsg: 'getLocation:fail system permission denied' }).message).toMatch(/手机「设置」里为微信打开定位/)
  })

  it.each([
    ['chooseMedia:fail auth deny', 'denied'],
    ['chooseMedia:fail cancel', 'cancelled'],
  ])('camera %s → %s', (errMsg, code) => {
    expect(photoErrorFrom({ errMsg }).code).toBe(code)
  })

  it('the browser has no settings page: it says where to allow location', async () => {
    expect(browserSettings.canOpenSettings).toBe(false)
    expect(await browserSettings.openAppSettings('scope.userLocation')).toBe(false)
    expect(browserSettings.settingsHint('定位')).toBe('请在浏览器设置中允许定位')
  })
})
