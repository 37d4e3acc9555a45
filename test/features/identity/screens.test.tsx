/** @jest-environment jest-fixed-jsdom */
import '../../ui/dom-config'
import { act, fireEvent, screen } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { navigations, resetTaroMock } from '../../support/taro-mock'
import { createGovApiClient } from '@/api/client'
import { inProcessTransport } from '@/api/mock-adapter'
import { getApi, setApi } from '@/api'
import { makeIdNumber, type Backend } from '@mock/backend'
import { LoginScreen, ProfileScreen, VerifyScreen, ConsentScreen, FamilyScreen } from '@/features/identity/screens'
import { MeAccount } from '@/features/identity/screens/me-account'
import { signInAs } from '@/features/identity/session-actions'
import { sessionTokenStore, useSessionStore } from '@/stores/session-store'
import { testBackend } from '../../support/backend'
import { signInVerified } from '../../support/verified-session'

let backend: Backend

beforeEach(() => {
  resetTaroMock()
  backend = testBackend().backend
  setApi(createGovApiClient(inProcessTransport(backend), sessionTokenStore))
  useSessionStore.setState({ session: null })
})
afterEach(() => setApi(null))
jest.setTimeout(20_000)

async function consentAll() {
  const c = await getApi().getConsent()
  await getApi().saveConsent({ version: c.version, privacy: true, face: true, idNumber: true })
}

const tap = async (text: string) => {
  const el = await screen.findByText(text, undefined, { timeout: 5000 })
  await act(async () => {
    fireEvent.click(el)
  })
}

describe('登录', () => {
  it('lists personas with who they are; picking one goes on to consent', async () => {
    render(<LoginScreen />)
    expect(await screen.findByText('王志强（新用户）', undefined, { timeout: 5000 })).toBeTruthy()
    expect(screen.getByText('第一次使用，一家四口，可为父亲王德福代办')).toBeTruthy()
    await tap('王志强（新用户）')
    await act(async () => new Promise((r) => setTimeout(r, 20)))
    expect(useSessionStore.getState().session?.user.role).toBe('resident')
    expect(navigations.at(-1)).toEqual({ kind: 'redirectTo', url: '/packages/identity/pages/consent/index' })
  })
})

describe('个人信息保护', () => {
  it('needs the privacy consent before it can continue, and asks face / ID consent separately', async () => {
    await signInAs('resident-new')
    render(<ConsentScreen />)
    expect(await screen.findByText('单独同意：使用人脸信息核验身份', undefined, { timeout: 5000 })).toBeTruthy()
    expect(screen.getByText('请先打开「同意《个人信息保护说明》」')).toBeTruthy()
    await tap('同意《个人信息保护说明》')
    await tap('单独同意：使用人脸信息核验身份')
    await tap('单独同意：使用身份证号码办理事项')
    await tap('同意并继续')
    await act(async () => new Promise((r) => setTimeout(r, 20)))
    expect(navigations.at(-1)).toEqual({ kind: 'redirectTo', url: '/packages/identity/pages/verify/index' })
    expect(await getApi().getConsent()).toMatchObject({ privacy: true, face: true, idNumber: true })
  })

  it('declining keeps the guides open', async () => {
    await signInAs('resident-new')
    render(<ConsentScreen />)
    await tap('暂不同意，先看看办事指南')
    expect(navigations.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/hall/index' })
  })
})

describe('实名认证', () => {
  it('a mismatch explains itself and offers the community office and another try', async () => {
    await signInAs('resident-new')
    await consentAll()
    render(<VerifyScreen />)
    await tap('开始人脸核验')
    await tap('不是本人')
    await tap('完成刷脸')
    expect(await screen.findByText('人脸与身份证信息不一致，核验未通过', undefined, { timeout: 5000 })).toBeTruthy()
    expect(useSessionStore.getState().session?.user.verified).toBe(false)
    await tap('到社区窗口核验')
    expect(screen.getByText(/西外社区党群服务中心/)).toBeTruthy()
    await tap('用身份证照片 + 短信验证码')
    expect(screen.getByText('本社区暂未开通这种方式。')).toBeTruthy()
    await tap('再试一次')
    expect(await screen.findByText('开始人脸核验', undefined, { timeout: 5000 })).toBeTruthy()
  })

  it('a pass (decided by the server) verifies the session and opens the profile', async () => {
    await signInAs('resident-new')
    await consentAll()
    render(<VerifyScreen />)
    await tap('开始人脸核验')
    await tap('完成刷脸')
    expect(await screen.findByText('已完成实名认证', undefined, { timeout: 5000 })).toBeTruthy()
    expect(useSessionStore.getState().session?.user.verified).toBe(true)
    expect(navigations.at(-1)).toEqual({ kind: 'redirectTo', url: '/packages/identity/pages/profile/index' })
  })

  it('sends a resident without face consent to the consent page', async () => {
    await signInAs('resident-new')
    render(<VerifyScreen returnUrl={encodeURIComponent('/pages/hall/index')} />)
    await tap('去阅读并同意')
    expect(navigations.at(-1)?.url).toBe(
      `/packages/identity/pages/consent/index?returnUrl=${encodeURIComponent('/pages/hall/index')}`,
    )
  })
})

describe('我的信息', () => {
  const verified = () => signInVerified(createGovApiClient(inProcessTransport(backend), sessionTokenStore))

  it('shows name and ID masked with their source; tap-to-reveal is logged by the server', async () => {
    await verified()
    const fullId = makeIdNumber('1985-07-20', 31)
    const { container } = render(<ProfileScreen />)
    expect(await screen.findByText('王*强', undefined, { timeout: 5000 })).toBeTruthy()
    expect(container.textContent).not.toContain(fullId)
    expect(container.textContent).not.toContain('13908182345')
    expect(screen.getAllByText('来自公安人口库').length).toBeGreaterThan(0)
    await tap('点这里显示完整号码（会留存查看记录）')
    expect(await screen.findByText(fullId, undefined, { timeout: 5000 })).toBeTruthy()
    expect(backend.state.audit.some((a) => a.action === 'reveal-own-id')).toBe(true)
    await tap('点这里重新遮住')
    expect(container.textContent).not.toContain(fullId)
  })

  it('信息有误？ files a correction request and confirms it', async () => {
    await verified()
    render(<ProfileScreen />)
    await tap('信息有误？申请更正')
    expect(screen.getByText('请先选择哪一项不对')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getAllByText('民族').at(-1)!) // the choice, not the 民族 row above
    })
    await tap('提交更正申请')
    expect(await screen.findByText('请写一写哪里不对，例如「民族应为回族」', undefined, { timeout: 5000 })).toBeTruthy()
    expect(screen.queryByText('已提交更正申请')).toBeNull()
  })

  it('asks an unverified resident to verify first, showing no personal data', async () => {
    await signInAs('resident-new')
    render(<ProfileScreen />)
    expect(screen.getByText('完成实名认证后可查看')).toBeTruthy()
  })
})

describe('我的 → 账号', () => {
  it('offers sign-in when signed out, and sign-out when signed in', async () => {
    const { rerender } = render(<MeAccount />)
    expect(screen.getByText('登录 / 实名认证')).toBeTruthy()
    await act(async () => {
      await signInAs('resident-new')
    })
    rerender(<MeAccount />)
    expect(screen.getByText('去认证')).toBeTruthy()
    await tap('退出登录')
    expect(useSessionStore.getState().session).toBeNull()
    expect(screen.getByText('登录 / 实名认证')).toBeTruthy()
  })
})

describe('亲情账号 → 添加亲人', () => {
  const verifiedWang = () => signInVerified(createGovApiClient(inProcessTransport(backend), sessionTokenStore))
  const idInput = () => document.querySelectorAll('.idn__card taro-input-core')[1]!
  const typeInto = (el: Element, value: string) =>
    act(async () => {
      fireEvent(el, new CustomEvent('input', { detail: { value }, bubbles: true }))
    })

  it('an ID like 123 gets a message next to the ID field, not just a dead button', async () => {
    await verifiedWang()
    render(<FamilyScreen />)
    await tap('添加亲人')
    await tap('不在本户的亲人')
    const [nameInput] = document.querySelectorAll('.idn__card taro-input-core')
    await typeInto(nameInput, '李秀英')
    await typeInto(idInput(), '123')
    await tap('父母')
    await tap('对方已同意由我代办（体验版：模拟对方已在微信中确认）')
    expect(screen.queryByText('请填写姓名、身份证号码并选择关系')).toBeNull()
    await tap('确认添加')
    const field = screen.getByText('亲人身份证号码').closest('.form-field')!
    expect(field.querySelector('.form-field__error')?.textContent).toMatch(/身份证号码/)
  })

  it('after the server refuses the pair, changing the ID number clears 请核对姓名和身份证号码', async () => {
    await verifiedWang()
    render(<FamilyScreen />)
    await tap('添加亲人')
    await tap('不在本户的亲人')
    const [nameInput] = document.querySelectorAll('.idn__card taro-input-core')
    await typeInto(nameInput, '李秀英')
    await typeInto(idInput(), makeIdNumber('1950-01-15', 77))
    await tap('父母')
    await tap('对方已同意由我代办（体验版：模拟对方已在微信中确认）')
    await tap('确认添加')
    expect(await screen.findByText('请核对姓名和身份证号码', undefined, { timeout: 5000 })).toBeTruthy()
    await typeInto(idInput(), makeIdNumber('1950-01-15', 78))
    expect(screen.queryByText('请核对姓名和身份证号码')).toBeNull()
  })
})
