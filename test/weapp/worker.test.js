/**
 * The worker console in the compiled WeChat build: the queue without a session offers staff
 * accounts, a tap signs in, the 已超期 filter works, and the case page approves the seeded
 * overdue 居住证明 (mock backend in-process, no network).
 */
'use strict'
const { test, before, beforeEach } = require('node:test')
const assert = require('node:assert/strict')
const h = require('./harness')

before(() => h.loadApp())
beforeEach(() => h.reset())

test('worker queue: staff sign-in → 已超期 → case → 审核通过', async () => {
  const queue = await h.renderPage('packages/worker/pages/queue/index')
  await h.findByText(queue, '李娜 · 窗口人员', { timeout: 5000 })
  assert.doesNotMatch(h.pageText(queue), /王志强/)
  await h.tap(queue, '李娜 · 窗口人员')
  await h.findByText(queue, /按到期日排序/, { timeout: 5000 })
  await h.tap(
    queue,
    h.queryAllByClass(queue, 'chip').find((n) => h.pageText(n) === '已超期'),
  )
  await h.findByText(queue, /✓ 已超期/)
  await h.waitFor(() => h.queryAllByClass(queue, 'worker-queue-row').some((n) => h.pageText(n).includes('居住证明')))
  const row = h.queryAllByClass(queue, 'worker-queue-row').find((n) => h.pageText(n).includes('居住证明'))
  await h.tap(queue, row)
  const nav = h.navigations.at(-1)
  assert.equal(nav.api, 'navigateTo')
  const id = /id=([^&]+)/.exec(nav.url)[1]
  await h.unmount(queue)

  const page = await h.renderPage('packages/worker/pages/case/index', { id })
  await h.findByText(page, '办理记录（不可修改）', { timeout: 5000 })
  assert.doesNotMatch(h.pageText(page), /周敏/, 'the applicant stays masked')
  await h.tap(page, '审核通过')
  await h.tap(page, /^确认审核通过$/)
  await h.findByText(page, '已出证', { timeout: 5000 })
  assert.deepEqual(h.consoleErrors, [])
  assert.deepEqual(h.network, [])
  await h.unmount(page)
})
