/**
 * Main package: the four tabs plus sign-in, the matter guide and search (all on a resident's
 * first steps). Everything else lives in subpackages so the first download stays small;
 * the worker console is its own subpackage so residents never download it.
 */
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/hall/index',
    'pages/complaints/index',
    'pages/me/index',
    'pages/login/index',
    'pages/matter/index',
    'pages/search/index',
  ],
  subPackages: [
    { root: 'packages/identity', pages: ['pages/consent/index', 'pages/verify/index', 'pages/profile/index', 'pages/family/index'] },
    { root: 'packages/apply', pages: ['pages/form/index', 'pages/receipt/index'] },
    { root: 'packages/cases', pages: ['pages/list/index', 'pages/detail/index'] },
    { root: 'packages/cert', pages: ['pages/verify/index'] },
    { root: 'packages/complaints', pages: ['pages/new/index', 'pages/snap/index', 'pages/board/index', 'pages/detail/index'] },
    { root: 'packages/worker', pages: ['pages/queue/index', 'pages/case/index', 'pages/stats/index', 'pages/audit/index', 'pages/assist/index'] },
    { root: 'packages/one-thing', pages: ['pages/bundles/index', 'pages/apply/index', 'pages/case/index', 'pages/assist/index', 'pages/walkthrough/index'] },
  ],
  // weapp: inject only the components a page uses (faster start); sitemap keeps personal pages
  // out of WeChat search; the matter guide preloads what its 在线办理 button opens next.
  lazyCodeLoading: 'requiredComponents',
  sitemapLocation: 'sitemap.json',
  preloadRule: {
    'pages/matter/index': { network: 'all', packages: ['packages/identity', 'packages/apply'] },
  },
  // location for 随手拍 (declared in the privacy guide too; a typed address is always the fallback)
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: { 'scope.userLocation': { desc: '用于随手拍定位问题发生的地点' } },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1a5fb4',
    navigationBarTitleText: '社区通',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#4a4a4a',
    selectedColor: '#1a5fb4',
    backgroundColor: '#ffffff',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/hall/index', text: '办事', iconPath: 'assets/tabbar/hall.png', selectedIconPath: 'assets/tabbar/hall-active.png' },
      { pagePath: 'pages/complaints/index', text: '诉求', iconPath: 'assets/tabbar/talk.png', selectedIconPath: 'assets/tabbar/talk-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-active.png' },
    ],
  },
})
