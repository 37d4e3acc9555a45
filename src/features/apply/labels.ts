/** Plain-words labels the apply screens share. */
import type { DeliveryMethod, Tolerance } from '@/domain/matters/types'

export const TOLERANCE_EXPLAINED: Record<Tolerance, string> = {
  容缺: '容缺受理：这份材料暂时没有也可以先提交，工作人员先受理，您之后再补交',
  承诺制: '承诺制：签了承诺书就不用再交这份证明',
}

export const DELIVERY_EXPLAINED: Record<DeliveryMethod, string> = {
  电子证照: '电子证照：办好后在手机上查看，对方扫码核验',
  社区领取: '到社区便民服务窗口领取',
  邮寄: '免费邮寄到家',
  现场办结: '在窗口当场办好',
  部门窗口领取: '到办理部门的窗口领取',
  短信通知: '办理结果用短信通知您',
  银行卡发放: '钱款直接发到您的银行卡',
}

/**
 * 0 working days (即办) is done on the spot at the window. Applied for online it still waits
 * for a worker's review: due the same working day, or the next one when filed on a rest day
 * (domain/cases/sla computeDueDate) — so the guide says that, not 当场办好.
 */
export function timeLimitText(days: number, online = false): string {
  if (days > 0) return `${days}个工作日`
  return online ? '网上申请：工作日当天办结，休息日提交的下一个工作日办结；到窗口办：当场办好' : '即办（当场办好）'
}

/** The short tag at the top of a guide. */
export function timeLimitTag(days: number, online = false): string {
  if (days > 0) return `${days}个工作日`
  return online ? '网上申请当天办结' : '即办（当场办好）'
}

/** The promise as the receipt of an online application states it. */
export function promisedOnline(days: number): string {
  return days > 0 ? `承诺${days}个工作日，节假日不计` : '工作日当天办结，休息日提交的下一个工作日办结'
}

/** e.g. 法定20个工作日，承诺5个工作日，提速75% */
export function compressionText(timeLimitDays: number, statutoryDays?: number, online = false): string | null {
  if (!statutoryDays || statutoryDays <= timeLimitDays) return null
  const pct = Math.round((1 - timeLimitDays / statutoryDays) * 100)
  const promise = timeLimitDays > 0 ? `${timeLimitDays}个工作日` : online ? '当天办结' : '即办'
  return `法定${statutoryDays}个工作日，承诺${promise}，提速${pct}%`
}
