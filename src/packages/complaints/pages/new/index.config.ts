export default definePageConfig({ navigationBarTitleText: '提个微诉求' })
