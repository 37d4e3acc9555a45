/** @jest-environment jest-fixed-jsdom */
import './dom-config'
import { fireEvent, render, screen } from '@testing-library/react'
import { AppButton, ErrorState, FormField, LoadingState, ProgressBar, StatusTag } from '@/ui'

describe('FormField', () => {
  it('shows the error as words inside an alert region', () => {
    const { container, rerender } = render(
      <FormField label='手机号' required help='11位数字'>
        <input />
      </FormField>,
    )
    expect(screen.getByText('手机号')).toBeTruthy()
    expect(screen.getByText('（必填）')).toBeTruthy()
    expect(screen.getByText('11位数字')).toBeTruthy()
    const alert = container.querySelector('[role="alert"]')!
    expect(alert.textContent).toBe('')

    rerender(
      <FormField label='手机号' required help='11位数字' error='手机号应为11位数字'>
        <input />
      </FormField>,
    )
    // the same live region now holds the message, so a screen reader announces it
    expect(container.querySelector('[role="alert"]')!.textContent).toBe('手机号应为11位数字')
  })
})

describe('ErrorState', () => {
  it('says what went wrong and calls back on 重试', () => {
    const onRetry = jest.fn()
    render(<ErrorState message='网络连接失败，请检查网络后重试' onRetry={onRetry} />)
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    fireEvent.click(screen.getByText('重试'))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })
})

describe('StatusTag', () => {
  it('always renders its label', () => {
    render(<StatusTag label='已办结' tone='success' />)
    expect(screen.getByText('已办结')).toBeTruthy()
  })

  it('says the triage colour in words too', () => {
    render(
      <>
        <StatusTag label='即办' tone='blue' />
        <StatusTag label='红·复杂' tone='red' />
      </>,
    )
    expect(screen.getByText('蓝·即办')).toBeTruthy()
    expect(screen.getByText('红·复杂')).toBeTruthy()
  })

  it('never leaves colour as the only signal, even with an empty label', () => {
    const { container } = render(<StatusTag label='  ' tone='yellow' />)
    expect(container.textContent).toBe('黄')
  })
})

describe('AppButton', () => {
  it('calls back when tapped', () => {
    const onClick = jest.fn()
    render(<AppButton onClick={onClick}>提交</AppButton>)
    fireEvent.click(screen.getByText('提交'))
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('when disabled, shows why and ignores taps', () => {
    const onClick = jest.fn()
    render(
      <AppButton disabled disabledReason='请先勾选同意隐私说明' onClick={onClick}>
        提交
      </AppButton>,
    )
    expect(screen.getByText('请先勾选同意隐私说明')).toBeTruthy()
    fireEvent.click(screen.getByText('提交'))
    expect(onClick).not.toHaveBeenCalled()
  })

  it('ignores taps while loading', () => {
    const onClick = jest.fn()
    render(
      <AppButton loading onClick={onClick}>
        提交
      </AppButton>,
    )
    fireEvent.click(screen.getByText('提交'))
    expect(onClick).not.toHaveBeenCalled()
  })
})

describe('ProgressBar', () => {
  it('writes the percentage out, clamped to 0–100', () => {
    const { rerender } = render(<ProgressBar value={42.4} label='上传照片' />)
    expect(screen.getByText('42%')).toBeTruthy()
    rerender(<ProgressBar value={180} />)
    expect(screen.getByText('100%')).toBeTruthy()
  })
})

describe('LoadingState', () => {
  it('says it is loading in words, not just grey blocks', () => {
    render(<LoadingState label='正在加载办事事项…' />)
    expect(screen.getByText('正在加载办事事项…')).toBeTruthy()
  })
})
