export default definePageConfig({ navigationBarTitleText: '流程记录' })
