/** @jest-environment jest-fixed-jsdom */
import './dom-config'
import { fireEvent, render, screen } from '@testing-library/react'
import { Cell, Chip, ChipGroup, KeyValueRow } from '@/ui'

describe('Chip', () => {
  it('a chosen chip writes ✓ and is read as 已选; a tap calls back', () => {
    const onClick = jest.fn()
    const { container, rerender } = render(<Chip label='已超期' onClick={onClick} />)
    const chip = container.querySelector('.chip')!
    expect(chip.textContent).toBe('已超期')
    expect(chip.getAttribute('aria-label')).toBe('已超期')
    fireEvent.click(screen.getByText('已超期'))
    expect(onClick).toHaveBeenCalledTimes(1)

    rerender(<Chip label='已超期' on onClick={onClick} />)
    expect(chip.textContent).toBe('✓ 已超期')
    expect(chip.getAttribute('aria-label')).toBe('已超期，已选')
  })

  it('in a group, the group is named for screen readers', () => {
    render(
      <ChipGroup label='按到期筛选'>
        <Chip label='今日到期' onClick={() => undefined} />
      </ChipGroup>,
    )
    const group = screen.getByRole('group')
    expect(group.getAttribute('aria-label')).toBe('按到期筛选')
    expect(group.textContent).toBe('今日到期')
  })
})

describe('KeyValueRow', () => {
  it('shows the name and then the value', () => {
    const { container } = render(<KeyValueRow label='办件编号' value='DZ-2026-0001' />)
    expect([...container.querySelectorAll('.kv > *')].map((n) => n.textContent)).toEqual(['办件编号', 'DZ-2026-0001'])
  })
})

describe('Chevron', () => {
  it('a tappable Cell draws one that screen readers skip; a plain Cell has none', () => {
    const { container } = render(
      <>
        <Cell title='我的办件' onClick={() => undefined} />
        <Cell title='版本' value='1.0' />
      </>,
    )
    const chevrons = container.querySelectorAll('.chevron')
    expect(chevrons).toHaveLength(1)
    expect(chevrons[0].getAttribute('aria-hidden')).toBe('true')
    expect(chevrons[0].closest('.cell')!.textContent).toBe('我的办件')
  })
})
