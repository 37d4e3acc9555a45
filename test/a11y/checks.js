/**
 * Measurements taken inside the page (passed to page.evaluate, so they must be
 * self-contained: no closures over Node variables). Each returns a list of problems as
 * { check, selector, text, detail } objects; an empty list means the page passes.
 *
 * "The page" is the visible .taro_page (Taro H5 keeps visited pages in the DOM, hidden).
 */
'use strict'

/**
 * Type sizes and tap targets of the visible page.
 * opts = { minFontPx, minTargetPx }
 */
function measureSizes(opts) {
  // the H5 tab bar sits outside the page: its items are targets too (WeChat draws its own)
  const pages = Array.from(document.querySelectorAll('.taro_page, .taro-tabbar__tabbar')).filter((el) =>
    el.checkVisibility(),
  )
  const problems = []
  const describe = (el) => {
    const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).slice(0, 2).join('.') : ''
    return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`
  }
  const textOf = (el) =>
    (el.innerText || el.value || el.getAttribute('aria-label') || el.placeholder || '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 30)
  const visible = (el) => {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false
    if (el.closest('[aria-hidden="true"]')) return false
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.height > 0
  }

  for (const root of pages) {
    // 1. text: every element that holds text itself
    for (const el of root.querySelectorAll('*')) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim())
      if (!own || !visible(el)) continue
      const size = parseFloat(getComputedStyle(el).fontSize)
      if (size + 0.05 < opts.minFontPx) {
        problems.push({
          check: 'font-size',
          selector: describe(el),
          text: textOf(el),
          detail: `${size.toFixed(1)}px < ${opts.minFontPx}px`,
        })
      }
    }
    // placeholders and typed text in inputs count as text too
    for (const el of root.querySelectorAll('input:not([type=hidden]), textarea')) {
      if (!visible(el)) continue
      const size = parseFloat(getComputedStyle(el).fontSize)
      if (size + 0.05 < opts.minFontPx) {
        problems.push({
          check: 'font-size',
          selector: describe(el),
          text: textOf(el),
          detail: `${size.toFixed(1)}px < ${opts.minFontPx}px (input)`,
        })
      }
    }

    // 2. tap targets. Taro H5 wraps native controls in custom elements
    // (taro-input-core > input): measure the outermost interactive element only.
    const INTERACTIVE = [
      'button',
      'taro-button-core',
      'a[href]',
      '[role=button]',
      '[role=switch]',
      '[role=link]',
      '[role=tab]',
      '[role=checkbox]',
      '[role=radio]',
      'input:not([type=hidden])',
      'textarea',
      'select',
      'taro-input-core',
      'taro-textarea-core',
      'taro-checkbox-core',
      'taro-radio-core',
      'taro-switch-core',
      'taro-picker-core',
      '.weui-tabbar__item',
    ].join(',')
    for (const el of root.querySelectorAll(INTERACTIVE)) {
      if (el.parentElement && el.parentElement.closest(INTERACTIVE)) continue
      if (!visible(el)) continue
      // a native input is the visible box; its Taro host may be inline
      const r = el.getBoundingClientRect()
      let w = r.width
      let h = r.height
      for (const inner of el.querySelectorAll('input, textarea')) {
        const ir = inner.getBoundingClientRect()
        w = Math.max(w, ir.width)
        h = Math.max(h, ir.height)
      }
      if (w + 0.5 < opts.minTargetPx || h + 0.5 < opts.minTargetPx) {
        problems.push({
          check: 'target-size',
          selector: describe(el),
          text: textOf(el),
          detail: `${w.toFixed(0)}×${h.toFixed(0)} < ${opts.minTargetPx}×${opts.minTargetPx}`,
        })
      }
    }
  }
  return problems
}

/**
 * Set the font scale the way Screen does (--font-scale inline on every .screen root), then
 * look for text that no longer fits: anything sticking out past the viewport, a page that
 * scrolls sideways, and text boxes whose content is wider (or, when clipped, taller) than
 * the box. Horizontal scrollers (overflow-x auto/scroll) are allowed to be wider.
 */
function measureOverflow(opts) {
  const pages = Array.from(document.querySelectorAll('.taro_page')).filter((el) => el.checkVisibility())
  const problems = []
  const vw = document.documentElement.clientWidth
  const describe = (el) => {
    const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).slice(0, 2).join('.') : ''
    return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`
  }
  const textOf = (el) => (el.innerText || '').trim().replace(/\s+/g, ' ').slice(0, 30)
  const inScroller = (el) => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX
      if (ox === 'auto' || ox === 'scroll') return true
    }
    return false
  }
  for (const root of pages) {
    if (opts.scale !== 1) {
      for (const s of root.querySelectorAll('.screen')) s.style.setProperty('--font-scale', String(opts.scale))
    }
  }
  // let layout settle
  void document.body.offsetHeight

  if (document.documentElement.scrollWidth > vw + 1) {
    problems.push({
      check: 'overflow',
      selector: 'html',
      text: '',
      detail: `page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`,
    })
  }
  for (const root of pages) {
    for (const el of root.querySelectorAll('*')) {
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue
      if (el.closest('[aria-hidden="true"]')) continue
      const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim())
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      if (r.right > vw + 1 && !inScroller(el)) {
        problems.push({
          check: 'overflow',
          selector: describe(el),
          text: textOf(el),
          detail: `right edge ${r.right.toFixed(0)} > viewport ${vw}`,
        })
        continue
      }
      if (!own) continue
      const cs = getComputedStyle(el)
      if (cs.overflowX === 'auto' || cs.overflowX === 'scroll') continue
      if (el.scrollWidth > el.clientWidth + 1) {
        problems.push({
          check: 'overflow',
          selector: describe(el),
          text: textOf(el),
          detail: `text wider than its box: ${el.scrollWidth} > ${el.clientWidth}`,
        })
      } else if ((cs.overflowY === 'hidden' || cs.overflowY === 'clip') && el.scrollHeight > el.clientHeight + 1) {
        problems.push({
          check: 'overflow',
          selector: describe(el),
          text: textOf(el),
          detail: `text cut off: ${el.scrollHeight} > ${el.clientHeight} high`,
        })
      }
    }
  }
  return problems
}

module.exports = { measureSizes, measureOverflow }
