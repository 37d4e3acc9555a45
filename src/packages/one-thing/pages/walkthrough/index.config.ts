export default definePageConfig({ navigationBarTitleText: '走流程报告' })
