/**
 * Accessibility in the built WeChat output, not only on H5: Taro 4.2.1's weapp templates drop
 * aria-* unless config/plugins/weapp-a11y.js injects them. In the compiled dist/weapp the
 * 身份证号码 input must carry its label and the 长辈版 switch its checked state, as WeChat's
 * screen-reader (读屏) support reads them from the rendered nodes.
 */
'use strict'
const { test, before } = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const h = require('./harness')
const { DIST } = require('./dist')

before(() => h.loadApp())

const WXML = () => fs.readFileSync(path.join(DIST, 'base.wxml'), 'utf8')

/** Taro's setData tree for the node with this data-sid. */
function nodeData(page, sid) {
  const seen = new Set()
  const find = (o) => {
    if (!o || typeof o !== 'object' || seen.has(o)) return null
    seen.add(o)
    if (o.sid === sid) return o
    for (const k of Object.keys(o)) {
      const r = find(o[k])
      if (r) return r
    }
    return null
  }
  return find(page.instance.data)
}

/**
 * What WeChat renders for `name` on this node: the compiled template (tmpl_0_<nn> in
 * base.wxml) binds the attribute to a short data key ({{i.p5}}), and the runtime's setData
 * tree holds the value under that key. The simulator does not reflect aria-* into its DOM,
 * so the test reads the two halves WeChat itself joins.
 */
function attr(node, name) {
  const sid = node.dom.getAttribute('data-sid')
  const data = nodeData(node.page, sid)
  if (!data) return undefined
  // inputs render through a focus/blur pair of templates (tmpl_0_<nn>_blur, …_focus)
  for (const suffix of ['', '_blur', '_focus']) {
    const tmpl = WXML().match(new RegExp(`<template name="tmpl_0_${data.nn}${suffix}">[\\s\\S]*?</template>`))
    const bind = tmpl && tmpl[0].match(new RegExp(`\\s${name}="\\{\\{i\\.(\\w+)\\}\\}"`))
    if (bind) return data[bind[1]]
  }
  return undefined
}
const withPage = (page, nodes) => nodes.map((n) => Object.assign(n, { page }))

test('base.wxml renders aria-label, aria-role and aria-checked on inputs, views and switches', () => {
  const wxml = WXML()
  const input = wxml.match(/<input [^>]*>/)
  assert.ok(input, 'no <input> template in base.wxml')
  for (const a of ['aria-label', 'aria-role', 'aria-checked', 'aria-hidden']) assert.match(input[0], new RegExp(`${a}="\\{\\{`), `<input> template lacks ${a}`)
  const view = wxml.match(/<view [^>]*aria-label="\{\{[^>]*>/)
  assert.ok(view, 'no <view> template renders aria-label')
})

/** A new resident signs in, consents and passes the (simulated) face step, as identity.test.js does. */
async function signInVerified() {
  h.reset()
  for (const [route, taps] of [
    ['pages/login/index', ['王志强（新用户）']],
    ['packages/identity/pages/consent/index', ['同意《个人信息保护说明》', '单独同意：使用人脸信息核验身份', '单独同意：使用身份证号码办理事项', '同意并继续']],
    ['packages/identity/pages/verify/index', ['开始人脸核验', '通过（本人）', '完成刷脸']],
  ]) {
    const page = await h.renderPage(route)
    for (const t of taps) {
      await h.findByText(page, t, { timeout: 5000 })
      await h.tap(page, t)
    }
    await h.waitFor(() => h.navigations.length > 0, { timeout: 5000, message: `${route}: no navigation after ${taps.join(' → ')}` })
    await h.unmount(page)
    h.navigations.length = 0
  }
}

test('the 亲人身份证号码 input carries its label in the rendered WXML', async () => {
  await signInVerified()
  const page = await h.renderPage('packages/identity/pages/family/index')
  await h.findByText(page, /添加/, { timeout: 5000 })
  const addButtons = h.queryAllByText(page, /^(\+ ?)?添加(亲人|家人)?$/)
  if (addButtons.length) await h.tap(page, addButtons[0])
  await h.findByText(page, '不在本户的亲人', { timeout: 5000 })
  await h.tap(page, '不在本户的亲人')
  const inputs = await h.waitFor(
    () => {
      const all = withPage(page, h.queryAllByTag(page, 'input'))
      return all.length ? all : null
    },
    { timeout: 5000, message: `no <input> on the family page: ${h.pageText(page).slice(0, 200)}` },
  )
  const labels = inputs.map((n) => attr(n, 'aria-label'))
  assert.ok(labels.some((l) => /身份证号码/.test(l || '')), `inputs' aria-labels: ${JSON.stringify(labels)}`)
  await h.unmount(page)
})

test('the 长辈版 switch reports its checked state, and the state follows a tap', async () => {
  h.reset()
  const page = await h.renderPage('pages/me/index')
  const findSwitch = () =>
    h.waitFor(() => withPage(page, h.queryAllByTag(page, 'view')).find((n) => attr(n, 'aria-role') === 'switch' && /长辈版/.test(attr(n, 'aria-label') || n.dom.textContent)), {
      timeout: 5000,
      message: `no view with aria-role=switch for 长辈版 on 我的: ${h.pageText(page).slice(0, 200)}`,
    })
  const sw = await findSwitch()
  assert.equal(attr(sw, 'aria-checked'), 'false')
  await h.tap(page, sw)
  await h.waitFor(async () => attr(await findSwitch(), 'aria-checked') === 'true', { timeout: 5000, message: '长辈版 switch did not report checked after a tap' })
  await h.unmount(page)
})
