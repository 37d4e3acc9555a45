/**
 * Driving the app's own pickers (src/ui/sheet.tsx) in jsdom the way a resident does: tap the
 * field's 点这里选择, then a row of the sheet; dates with the 往前 / 往后 buttons and 确定.
 */
import { act, fireEvent } from '@testing-library/react'

const click = (el: Element) =>
  act(async () => {
    fireEvent.click(el)
  })

function openSheet(): Element {
  const sheets = document.querySelectorAll('.sheet')
  const sheet = sheets[sheets.length - 1]
  if (!sheet) throw new Error('no sheet is open')
  return sheet
}

/** Opens the picker inside `field` and taps the choice whose text is `label`. */
export async function chooseOption(field: Element, label: string): Promise<void> {
  await click(field.querySelector('.choice-picker__trigger')!)
  const row = [...openSheet().querySelectorAll('.choice-list__item')].find(
    (r) => r.querySelector('.choice-list__label')?.textContent === label,
  )
  if (!row) throw new Error(`no choice ${label}`)
  await click(row)
}

/** Opens the date picker inside `field`, steps year, month and day to `date` (YYYY-MM-DD), taps 确定. */
export async function chooseDate(field: Element, date: string): Promise<void> {
  await click(field.querySelector('.choice-picker__trigger')!)
  const target = date.split('-').map(Number)
  const rows = () => [...openSheet().querySelectorAll('.date-sheet__row')]
  for (let i = 0; i < 3; i++) {
    for (let guard = 0; guard < 400; guard++) {
      const row = rows()[i]
      const now = parseInt(row.querySelector('.date-sheet__value')!.textContent ?? '', 10)
      if (now === target[i]) break
      const [back, forward] = row.querySelectorAll('.date-sheet__step')
      await click(now > target[i] ? back : forward)
    }
  }
  const ok = [...openSheet().querySelectorAll('taro-button-core, button')].find((b) => b.textContent?.trim() === '确定')
  if (!ok) throw new Error('no 确定 in the date sheet')
  await click(ok)
}
