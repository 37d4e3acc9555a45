/** @jest-environment jest-fixed-jsdom */
import './dom-config'
import { fireEvent, render, screen } from '@testing-library/react'
import { resetTaroMock, storage } from '../support/taro-mock'
import { PREFS_STORAGE_KEY, usePrefsStore } from '@/stores/prefs-store'
import { ElderModeSwitch, Screen } from '@/ui'
import { AppDisplayPrefs } from '@/app-display-prefs'

const initial = usePrefsStore.getState()

beforeEach(() => {
  usePrefsStore.setState(initial, true)
  resetTaroMock()
})

// the app hands the prefs store's choices to the ui (src/app.ts)
function App() {
  return (
    <AppDisplayPrefs>
      <Screen>
        <ElderModeSwitch />
      </Screen>
    </AppDisplayPrefs>
  )
}

it('the 长辈版 switch puts .elder on the page root and the choice survives a restart', async () => {
  const first = render(<App />)
  const root = first.container.querySelector('.screen')!
  expect(root.classList.contains('elder')).toBe(false)
  expect(screen.getByText('已关闭')).toBeTruthy()

  fireEvent.click(screen.getByText('长辈版'))
  expect(first.container.querySelector('.screen')!.classList.contains('elder')).toBe(true)
  // the state is written out, not only shown by colour or knob position
  expect(screen.getByText('已开启')).toBeTruthy()
  expect(JSON.parse(String(storage.get(PREFS_STORAGE_KEY)))).toMatchObject({
    state: { elderMode: true, elderPrompted: true },
    version: 1,
  })
  first.unmount()

  // a new run: in-memory state back to defaults (persist writes that too, so put the saved
  // value back), then read from storage as at start-up
  const saved = storage.get(PREFS_STORAGE_KEY)
  usePrefsStore.setState(initial, true)
  storage.set(PREFS_STORAGE_KEY, saved)
  await usePrefsStore.persist.rehydrate()
  const second = render(<App />)
  expect(second.container.querySelector('.screen')!.classList.contains('elder')).toBe(true)

  fireEvent.click(screen.getByText('长辈版'))
  expect(second.container.querySelector('.screen')!.classList.contains('elder')).toBe(false)
})

it('applies the WeChat font setting as --font-scale on the page root', () => {
  usePrefsStore.getState().setFontScale(1.25)
  const { container } = render(
    <AppDisplayPrefs>
      <Screen title='办事大厅' />
    </AppDisplayPrefs>,
  )
  const root = container.querySelector('.screen') as HTMLElement
  expect(root.style.getPropertyValue('--font-scale')).toBe('1.25')
  expect(screen.getByText('办事大厅')).toBeTruthy()
})
