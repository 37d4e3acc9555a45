/**
 * Pop-ups drawn by the app itself (Views, so they look the same on weapp and H5 and follow
 * 长辈版 through the tokens): a bottom `Sheet`, a `ChoicePicker` and `DatePicker` built on it,
 * a centred `ConfirmDialog` and a `Toast`. They must be rendered inside `Screen` (the tokens
 * and `.elder` live there). The platform pickers and modals are not used: Taro's H5 picker
 * draws 12 px rows that no style can reach.
 */
import { useEffect, useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { a11y, decorative } from './a11y'
import { AppButton } from './app-button'
import { cx } from './cx'
import './sheet.css'

export interface SheetProps {
  open: boolean
  title: string
  onClose(): void
  children?: ReactNode
  /** the button under the content; 取消 by default */
  closeLabel?: string
  /** buttons beside 取消 (e.g. 确定) */
  actions?: ReactNode
}

/** A panel sliding up from the bottom over a dimmed page; tapping the dimmed part closes it. */
export function Sheet({ open, title, onClose, children, closeLabel = '取消', actions }: SheetProps) {
  if (!open) return null
  return (
    <View className='sheet'>
      <View className='sheet__mask' onClick={onClose} {...decorative} />
      <View className='sheet__panel' role='dialog' aria-modal='true' aria-label={title}>
        <View className='sheet__title' {...a11y('heading', { level: 2 })}>
          {title}
        </View>
        <View className='sheet__body'>{children}</View>
        <View className='sheet__actions'>
          <AppButton variant='secondary' block onClick={onClose}>
            {closeLabel}
          </AppButton>
          {actions}
        </View>
      </View>
    </View>
  )
}

export interface Choice {
  value: string
  label: string
}

export interface ChoicePickerProps {
  /** the field's name: the sheet's title and the start of the trigger's spoken label */
  label: string
  options: readonly Choice[]
  value?: string | null
  placeholder?: string
  onChange(value: string): void
  className?: string
}

/** 点这里选择 → a sheet with one big row per choice; the current one is marked 已选. */
export function ChoicePicker({ label, options, value, placeholder = '点这里选择', onChange, className }: ChoicePickerProps) {
  const [open, setOpen] = useState(false)
  const current = options.find((o) => o.value === value)
  return (
    <View className={cx('choice-picker', className)}>
      <View
        className={cx('choice-picker__trigger', !current && 'choice-picker__trigger--empty')}
        onClick={() => setOpen(true)}
        {...a11y('button', { label: `${current ? current.label : placeholder}，${label}` })}
      >
        {current ? current.label : placeholder}
      </View>
      <Sheet open={open} title={`请选择${label}`} onClose={() => setOpen(false)}>
        <View className='choice-list' {...a11y('list')}>
          {options.map((o) => {
            const on = o.value === value
            return (
              <View
                key={o.value}
                className={cx('choice-list__item', on && 'choice-list__item--on')}
                onClick={() => {
                  setOpen(false)
                  onChange(o.value)
                }}
                {...a11y('button', { label: on ? `${o.label}，已选` : o.label })}
              >
                <View className='choice-list__label'>{o.label}</View>
                {on ? <View className='choice-list__mark'>✓ 已选</View> : null}
              </View>
            )
          })}
        </View>
      </Sheet>
    </View>
  )
}

const pad = (n: number) => String(n).padStart(2, '0')
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
const parse = (s: string) => s.split('-').map(Number) as [number, number, number]

/** YYYY-MM-DD moved by whole years, months or days, clamped to the calendar and to [start, end]. */
export function stepDate(date: string, unit: 'year' | 'month' | 'day', by: number, start?: string, end?: string): string {
  let [y, m, d] = parse(date)
  if (unit === 'year') y += by
  if (unit === 'month') {
    const total = y * 12 + (m - 1) + by
    y = Math.floor(total / 12)
    m = (total % 12) + 1
  }
  if (unit === 'day') {
    const t = new Date(Date.UTC(y, m - 1, d + by))
    ;[y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()]
  }
  d = Math.min(d, daysIn(y, m))
  let out = `${y}-${pad(m)}-${pad(d)}`
  if (end && out > end) out = end
  if (start && out < start) out = start
  return out
}

export interface DatePickerProps {
  label: string
  /** YYYY-MM-DD or empty */
  value?: string | null
  /** where the sheet starts when nothing is chosen yet (today) */
  initial: string
  start?: string
  end?: string
  placeholder?: string
  /** how the trigger writes a chosen date (2024年3月5日) */
  format(date: string): string
  onChange(date: string): void
  className?: string
}

/** A date in three rows (年 / 月 / 日) with 往前 / 往后 buttons, then 确定. */
export function DatePicker({
  label,
  value,
  initial,
  start,
  end,
  placeholder = '点这里选择日期',
  format,
  onChange,
  className,
}: DatePickerProps) {
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState(value || initial)
  useEffect(() => {
    if (open) setDraft(value || initial)
  }, [open, value, initial])
  const [y, m, d] = parse(draft)
  const row = (unit: 'year' | 'month' | 'day', name: string, shown: string) => (
    <View className='date-sheet__row' key={unit}>
      <View className='date-sheet__name'>{name}</View>
      <View
        className='date-sheet__step'
        onClick={() => setDraft(stepDate(draft, unit, -1, start, end))}
        {...a11y('button', { label: `往前，${name}减一` })}
      >
        往前
      </View>
      <View className='date-sheet__value'>{shown}</View>
      <View
        className='date-sheet__step'
        onClick={() => setDraft(stepDate(draft, unit, 1, start, end))}
        {...a11y('button', { label: `往后，${name}加一` })}
      >
        往后
      </View>
    </View>
  )
  return (
    <View className={cx('choice-picker', className)}>
      <View
        className={cx('choice-picker__trigger', !value && 'choice-picker__trigger--empty')}
        onClick={() => setOpen(true)}
        {...a11y('button', { label: `${value ? format(value) : placeholder}，${label}` })}
      >
        {value ? format(value) : placeholder}
      </View>
      <Sheet
        open={open}
        title={`请选择${label}`}
        onClose={() => setOpen(false)}
        actions={
          <AppButton
            block
            onClick={() => {
              setOpen(false)
              onChange(draft)
            }}
          >
            确定
          </AppButton>
        }
      >
        <View className='date-sheet__chosen' {...a11y('status', { live: 'polite' })}>
          {format(draft)}
        </View>
        {row('year', '年', `${y}年`)}
        {row('month', '月', `${m}月`)}
        {row('day', '日', `${d}日`)}
      </Sheet>
    </View>
  )
}

export interface ConfirmDialogProps {
  open: boolean
  title: string
  message?: string
  confirmLabel: string
  cancelLabel?: string
  danger?: boolean
  onConfirm(): void
  onCancel(): void
}

/** A centred question with two written answers (instead of the platform's modal). */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  cancelLabel = '取消',
  danger,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  if (!open) return null
  return (
    <View className='sheet sheet--centre'>
      <View className='sheet__mask' onClick={onCancel} {...decorative} />
      <View className='sheet__panel dialog' role='alertdialog' aria-modal='true' aria-label={title}>
        <View className='sheet__title' {...a11y('heading', { level: 2 })}>
          {title}
        </View>
        {message ? <View className='dialog__message'>{message}</View> : null}
        <View className='sheet__actions'>
          <AppButton variant='secondary' block onClick={onCancel}>
            {cancelLabel}
          </AppButton>
          <AppButton variant={danger ? 'danger' : 'primary'} block onClick={onConfirm}>
            {confirmLabel}
          </AppButton>
        </View>
      </View>
    </View>
  )
}

export interface ToastProps {
  /** the words to show; null hides it */
  message: string | null
  /** called when it has been shown long enough (2.5 s) */
  onDone?(): void
}

/** A short confirmation of something the resident just did (已保存), announced politely. */
export function Toast({ message, onDone }: ToastProps) {
  useEffect(() => {
    if (!message || !onDone) return
    const t = setTimeout(onDone, 2500)
    return () => clearTimeout(t)
  }, [message, onDone])
  return (
    <View className={cx('toast', !message && 'toast--hidden')} {...a11y('status', { live: 'polite' })}>
      {message ?? ''}
    </View>
  )
}
