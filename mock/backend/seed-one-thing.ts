/**
 * Residents for 高效办成一件事 (docs/one-thing.md), so every 免申即享 rule has an eligible and a
 * not-eligible example:
 * - 高龄津贴 (≥ 80): 孙桂兰 (83, seed.ts) yes; 李秀英 turns 80 next month (the tester clock
 *   moved a month on shows her card appear); 王德福 (76) no; 吴秀珍 (85) moved to another
 *   community, so no.
 * - 老年人优待证 (≥ 60): 王德福, 孙桂兰, 李秀英 yes; 王志强 (41) no.
 * - 重度残疾人护理补贴 (一、二级): 张建国 (二级肢体) yes; 黄晓梅 (四级听力) no.
 * - 困难残疾人生活补贴: 黄晓梅 (困难家庭) yes; 张建国 no.
 * Birth dates that depend on "next month" derive from the clock, like every seed.
 */
import type { Ctx } from '@core/context'
import type { ResidentRecord } from '@core/storage'
import type { Address } from '@/domain/identity/profile'
import { makeIdNumber, type PersonaDef } from './seed'

const REGION = '四川省达州市通川区'
const here = (detail: string): Address => ({ region: REGION, community: '朝阳街道西外社区', detail })

/** The 15th of next month, 80 years earlier: she turns 80 next month. */
export function turnsEightyNextMonth(today: string): string {
  const [y, m] = today.split('-').map(Number)
  const nextY = m === 12 ? y + 1 : y
  const nextM = m === 12 ? 1 : m + 1
  return `${nextY - 80}-${String(nextM).padStart(2, '0')}-15`
}

export const ONE_THING_PERSONAS: PersonaDef[] = [
  { id: 'resident-li-xiuying', label: '李秀英（下个月满80岁）', role: 'resident', description: '免申即享：调测试时钟到下个月，高龄津贴卡片出现', userId: 'r-li-xiuying' },
  { id: 'resident-zhang-jianguo', label: '张建国（二级肢体残疾）', role: 'resident', description: '免申即享：重度残疾人护理补贴；可预约上门服务', userId: 'r-zhang-jianguo' },
  { id: 'resident-huang-xiaomei', label: '黄晓梅（四级听力残疾，困难家庭）', role: 'resident', description: '免申即享：困难残疾人生活补贴，不享受护理补贴', userId: 'r-huang-xiaomei' },
  { id: 'resident-wu-xiuzhen', label: '吴秀珍（85岁，已迁出本社区）', role: 'resident', description: '年龄够但已不住本社区：看不到高龄津贴', userId: 'r-wu-xiuzhen' },
]

export function seedOneThing(ctx: Ctx): void {
  const today = ctx.today()
  const people: Array<Omit<ResidentRecord, 'idNumber' | 'householdMembers'> & { seq: number }> = [
    {
      residentId: 'r-li-xiuying', name: '李秀英', gender: 'female', birthDate: turnsEightyNextMonth(today), seq: 102, ethnicity: '汉族',
      phone: '13508181122', hukouAddress: here('凤凰大道 20 号 2 栋 1 单元 201'), residenceAddress: here('凤凰大道 20 号 2 栋 1 单元 201'),
      residentSince: '1995-03-01', householdId: 'h-li', dogs: [], gridId: 'g-1', openid: 'wx-li-xiuying',
    },
    {
      residentId: 'r-zhang-jianguo', name: '张建国', gender: 'male', birthDate: '1978-06-09', seq: 113, ethnicity: '汉族',
      phone: '13908183344', hukouAddress: here('西外大街 12 号 1 栋 3 单元 102'), residenceAddress: here('西外大街 12 号 1 栋 3 单元 102'),
      residentSince: '2005-08-01', householdId: 'h-zhang', dogs: [], gridId: 'g-1', openid: 'wx-zhang-jianguo',
      disability: { level: 2, category: '肢体', lowIncome: false },
    },
    {
      residentId: 'r-huang-xiaomei', name: '黄晓梅', gender: 'female', birthDate: '1969-09-30', seq: 124, ethnicity: '汉族',
      phone: '15808185566', hukouAddress: here('滨河路 8 号 4 栋 2 单元 401'), residenceAddress: here('滨河路 8 号 4 栋 2 单元 401'),
      residentSince: '2010-01-15', householdId: 'h-huang', dogs: [], gridId: 'g-2', openid: 'wx-huang-xiaomei',
      disability: { level: 4, category: '听力', lowIncome: true },
    },
    {
      residentId: 'r-wu-xiuzhen', name: '吴秀珍', gender: 'female', birthDate: '1941-05-20', seq: 132, ethnicity: '汉族',
      phone: '13708187788', hukouAddress: here('翠屏路 2 号 1 栋 1 单元 101'),
      residenceAddress: { region: REGION, community: '朝阳街道东外社区', detail: '东外大街 5 号 2 栋 1 单元 302' },
      residentSince: '2025-10-01', householdId: 'h-wu', dogs: [], gridId: 'g-2', openid: 'wx-wu-xiuzhen',
    },
  ]
  for (const { seq, ...p } of people) {
    ctx.state.residents.set(p.residentId, { ...p, idNumber: makeIdNumber(p.birthDate, seq), householdMembers: [] })
  }
}
