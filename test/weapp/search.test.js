/**
 * Search in the compiled WeChat build: the home search box opens the search page; typing shows
 * suggestions with highlighted characters; a suggestion opens the matter guide; nothing found
 * offers the 微诉求 with the query; an ID number typed is never kept in storage.
 * Needs `npm run build:weapp:demo`.
 */
'use strict'
const { test, before, beforeEach, afterEach } = require('node:test')
const assert = require('node:assert/strict')
const h = require('./harness')

const SEARCH = 'pages/search/index'

before(() => h.loadApp())
beforeEach(() => h.reset())

let page
afterEach(async () => {
  if (page) await h.unmount(page)
  page = null
})

const searchInput = (p) => h.queryAllByTag(p, 'input')[0]

test('the home search box opens the search page', async () => {
  page = await h.renderPage('pages/index/index')
  const [box] = h.queryAllByClass(page, 'search-entry')
  assert.ok(box, 'no .search-entry on the home page')
  await h.tap(page, box)
  const nav = await h.waitFor(() => h.navigations.find((n) => n.api === 'navigateTo'))
  assert.equal(nav.url, '/pages/search/index')
})

test('狗证怎么办 → 养犬登记 first, 犬 highlighted; tapping opens the guide and remembers the query', async () => {
  page = await h.renderPage(SEARCH)
  await h.input(searchInput(page), '狗证怎么办')
  const first = await h.waitFor(() => h.queryAllByClass(page, 'search-result')[0])
  assert.match(h.pageText(first), /^养犬登记/)
  const marked = h.queryAllByClass(first, 'search-hit').map((n) => h.pageText(n))
  assert.deepEqual(marked, ['犬'])
  await h.tap(page, first)
  const nav = await h.waitFor(() => h.navigations.find((n) => n.api === 'navigateTo'))
  assert.equal(nav.url, '/pages/matter/index?id=dog-registration')
  assert.match(String(h.storage.get('sqt:search-history')), /狗证怎么办/)
  assert.deepEqual(h.consoleErrors, [])
})

test('nothing found: 提个微诉求 carries the query; an ID number is searched but not stored', async () => {
  page = await h.renderPage(SEARCH)
  await h.input(searchInput(page), '火星', { confirm: true })
  await h.findByText(page, '没有找到“火星”相关的事项')
  await h.tap(page, '没找到？提个微诉求')
  const nav = await h.waitFor(() => h.navigations.find((n) => n.api === 'navigateTo'))
  assert.equal(nav.url, `/packages/complaints/pages/new/index?category=not-done&q=${encodeURIComponent('火星')}`)

  await h.input(searchInput(page), '110101199003071233', { confirm: true })
  await h.settle(200)
  assert.doesNotMatch(String(h.storage.get('sqt:search-history') || ''), /1101011990/)
  assert.deepEqual(h.consoleErrors, [])
})
