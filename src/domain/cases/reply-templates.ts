/**
 * Canned replies per complaint category (and for applications), so a worker answers in plain
 * words quickly. Workers add their own in the console (kept per worker on the phone); these are
 * the shared starting set. `{date}` is left for the worker to fill.
 */
export interface ReplyTemplate {
  id: string
  /** complaint category id, 'application', or '*' for every case */
  scope: string
  /** which input it fills */
  field: 'resultText' | 'note' | 'reason'
  text: string
  /**
   * For applications: only for matters issuing this certificate (null: matters issuing none).
   * Left out, the template fits every matter in its scope.
   */
  certificate?: 'dog-licence' | 'proof-document' | null
}

export const REPLY_TEMPLATES: readonly ReplyTemplate[] = [
  { id: 'any-received', scope: '*', field: 'note', text: '您反映的问题已收到，我们正在处理，有进展会第一时间告诉您。' },
  {
    id: 'any-followup',
    scope: '*',
    field: 'note',
    text: '已电话回访居民，了解了不满意的原因，已安排重新处理并告知预计完成时间。',
  },
  {
    id: 'app-approved-proof',
    scope: 'application',
    certificate: 'proof-document',
    field: 'resultText',
    text: '审核通过，证明已出具，可在“我的办件”中查看电子证明，或到社区服务中心领取纸质件。',
  },
  {
    id: 'app-approved-dog',
    scope: 'application',
    certificate: 'dog-licence',
    field: 'resultText',
    text: '审核通过，养犬登记证已办好，可在“我的办件”中查看电子犬证；犬牌请到社区服务中心领取。',
  },
  {
    id: 'app-approved',
    scope: 'application',
    certificate: null,
    field: 'resultText',
    text: '审核通过，办理结果可在“我的办件”中查看。',
  },
  {
    id: 'app-supplement',
    scope: 'application',
    field: 'reason',
    text: '所提交的材料不清晰或信息不完整，请按标出的项目重新填写或上传。',
  },
  {
    id: 'sanitation-done',
    scope: 'sanitation',
    field: 'resultText',
    text: '已通知保洁人员清理完毕，并增加了该处的巡查频次。',
  },
  {
    id: 'noise-done',
    scope: 'noise',
    field: 'resultText',
    text: '已联合城管上门告知经营者夜间噪声规定，经营者承诺22点后停止室外经营。',
  },
  {
    id: 'facility-done',
    scope: 'public-facilities',
    field: 'resultText',
    text: '已安排维修人员现场维修，设施已恢复正常使用。',
  },
  {
    id: 'property-done',
    scope: 'property',
    field: 'resultText',
    text: '已约谈物业服务企业，物业已承诺在规定时间内整改，社区将跟踪落实。',
  },
  {
    id: 'hazard-done',
    scope: 'safety-hazard',
    field: 'resultText',
    text: '已现场排查并设置警示，隐患已消除，后续纳入网格日常巡查。',
  },
  {
    id: 'dispute-done',
    scope: 'neighbour-dispute',
    field: 'resultText',
    text: '社区调解员已组织双方调解，双方达成一致意见。',
  },
  {
    id: 'policy-done',
    scope: 'policy-question',
    field: 'resultText',
    text: '已电话向您说明相关政策和办理流程，如仍有疑问可到社区服务中心咨询。',
  },
]

/**
 * Templates for a case's category (or 'application') and a field, shared ones last. For an
 * application, pass what its matter issues so a dog licence is not answered as a 证明.
 */
export function templatesFor(
  scope: string,
  field: ReplyTemplate['field'],
  certificate: 'dog-licence' | 'proof-document' | null = null,
): ReplyTemplate[] {
  return REPLY_TEMPLATES.filter(
    (t) =>
      t.field === field &&
      (t.scope === scope || t.scope === '*') &&
      (t.certificate === undefined || t.certificate === certificate),
  )
}
