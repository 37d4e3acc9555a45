/** @jest-environment jest-fixed-jsdom */
import './dom-config'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { navigations, resetTaroMock } from '../support/taro-mock'
import { Screen, TAB_PAGES } from '@/ui'

const pagesAre = (...routes: string[]) =>
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue(routes.map((route) => ({ route })) as never)

beforeEach(() => resetTaroMock())
afterEach(() => jest.restoreAllMocks())

describe('H5 in-app 返回 (a browser tab has no back button of its own)', () => {
  it('a page opened from another one goes back to it', async () => {
    pagesAre('pages/index/index', 'packages/complaints/pages/detail/index')
    render(<Screen>回执</Screen>)
    const back = await screen.findByText('返回')
    await act(async () => fireEvent.click(back))
    expect(navigations).toEqual([{ kind: 'navigateBack' }])
  })

  it('a page opened directly (shared link) offers 回首页', async () => {
    pagesAre('packages/worker/pages/case/index')
    render(<Screen>办件</Screen>)
    await act(async () => fireEvent.click(await screen.findByText('回首页')))
    expect(navigations).toEqual([{ kind: 'switchTab', url: '/pages/index/index' }])
  })

  it('tab pages have none: the tab bar is the way around', () => {
    pagesAre('pages/hall/index')
    render(<Screen>办事</Screen>)
    expect(screen.queryByText('返回')).toBeNull()
    expect(screen.queryByText('回首页')).toBeNull()
  })

  it('knows the same tab pages as app.config.ts', () => {
    const config = readFileSync(join(__dirname, '../../src/app.config.ts'), 'utf8')
    const tabs = [...config.matchAll(/pagePath: '([^']+)'/g)].map((m) => m[1])
    expect([...TAB_PAGES]).toEqual(tabs)
  })
})
