/** Labels of the values a 免申即享 or 上门服务 case carries (they have no form of their own). */
export const ONE_THING_VALUE_LABELS: Readonly<Record<string, string>> = {
  benefit: '待遇',
  reason: '依据',
  amount: '标准',
  payTo: '发放到',
  homeVisitSlot: '上门时间',
  homeVisitReason: '上门服务条件',
}
