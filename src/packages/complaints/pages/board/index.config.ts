export default definePageConfig({ navigationBarTitleText: '社区动态' })
