export default defineAppConfig({
  pages: ['pages/index/index', 'pages/hall/index', 'pages/complaints/index', 'pages/me/index'],
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
      { pagePath: 'pages/index/index', text: '首页' },
      { pagePath: 'pages/hall/index', text: '办事' },
      { pagePath: 'pages/complaints/index', text: '诉求' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
})
