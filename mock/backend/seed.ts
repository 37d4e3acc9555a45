/**
 * Seeded population: 9 residents in 6 households (an elderly woman living alone, the 王 family
 * whose grandfather is helped by his son (代办), a dog owner, a record without an address,
 * a minority name with the middle dot), 5 staff, and a few cases so queues and the public
 * board are not empty. Deterministic: dates derive from the clock passed in.
 */
import { idNumberCheckChar } from '@/domain/identity/id-number'
import type { Address, HouseholdMember, ResidentProfile } from '@/domain/identity/profile'
import type { ResidentRecord, State, WorkerRecord } from '@core/storage'

const REGION = '四川省达州市通川区'
const COMMUNITY = '朝阳街道西外社区'

function addr(detail: string): Address {
  return { region: REGION, community: COMMUNITY, detail }
}

/** A valid GB 11643 number from birth date and sequence (odd = male). */
export function makeIdNumber(birthDate: string, seq: number, region = '511702'): string {
  const first17 = `${region}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`
  return first17 + idNumberCheckChar(first17)
}

type Seed = Omit<ResidentProfile, 'householdMembers' | 'idNumber'> & { seq: number; openid: string; relation: HouseholdMember['relation'] }

const PEOPLE: Seed[] = [
  {
    residentId: 'r-sun-guilan', name: '孙桂兰', gender: 'female', birthDate: '1943-03-12', seq: 22, ethnicity: '汉族',
    phone: '13808181234', hukouAddress: addr('凤凰大道 12 号 1 栋 1 单元 101'), residenceAddress: addr('凤凰大道 12 号 1 栋 1 单元 101'),
    residentSince: '1988-05-01', householdId: 'h-sun', dogs: [], gridId: 'g-1', openid: 'wx-sun-guilan', relation: '本人',
  },
  {
    residentId: 'r-wang-zhiqiang', name: '王志强', gender: 'male', birthDate: '1985-07-20', seq: 31, ethnicity: '汉族',
    phone: '13908182345', hukouAddress: addr('西外大街 88 号 3 栋 2 单元 501'), residenceAddress: addr('西外大街 88 号 3 栋 2 单元 501'),
    residentSince: '2012-09-01', householdId: 'h-wang', dogs: [], gridId: 'g-1', openid: 'wx-wang-zhiqiang', relation: '本人',
  },
  {
    residentId: 'r-liu-fang', name: '刘芳', gender: 'female', birthDate: '1987-11-02', seq: 42, ethnicity: '汉族',
    phone: '13708183456', hukouAddress: addr('西外大街 88 号 3 栋 2 单元 501'), residenceAddress: addr('西外大街 88 号 3 栋 2 单元 501'),
    residentSince: '2012-09-01', householdId: 'h-wang', dogs: [], gridId: 'g-1', openid: 'wx-liu-fang', relation: '配偶',
  },
  {
    residentId: 'r-wang-defu', name: '王德福', gender: 'male', birthDate: '1950-01-15', seq: 11, ethnicity: '汉族',
    phone: null, hukouAddress: addr('西外大街 88 号 3 栋 2 单元 501'), residenceAddress: addr('西外大街 88 号 3 栋 2 单元 501'),
    residentSince: '2012-09-01', householdId: 'h-wang', dogs: [], gridId: 'g-1', openid: 'wx-wang-defu', relation: '父母',
  },
  {
    residentId: 'r-wang-xiaoyu', name: '王小宇', gender: 'male', birthDate: '2015-06-01', seq: 53, ethnicity: '汉族',
    phone: null, hukouAddress: addr('西外大街 88 号 3 栋 2 单元 501'), residenceAddress: addr('西外大街 88 号 3 栋 2 单元 501'),
    residentSince: '2015-06-10', householdId: 'h-wang', dogs: [], gridId: 'g-1', openid: 'wx-wang-xiaoyu', relation: '子女',
  },
  {
    residentId: 'r-chen-jing', name: '陈静', gender: 'female', birthDate: '1990-04-18', seq: 62, ethnicity: '汉族',
    phone: '13608184567', hukouAddress: addr('翠屏路 6 号 2 栋 1 单元 302'), residenceAddress: addr('翠屏路 6 号 2 栋 1 单元 302'),
    residentSince: '2018-03-15', householdId: 'h-chen',
    dogs: [{ licenceNo: '达犬字 2025-00318', name: '豆豆', breed: '柯基', validUntil: '2027-01-10', status: 'valid' }],
    gridId: 'g-1', openid: 'wx-chen-jing', relation: '本人',
  },
  {
    residentId: 'r-zhao-lei', name: '赵磊', gender: 'male', birthDate: '1995-08-08', seq: 71, ethnicity: '汉族',
    phone: '15908185678', hukouAddress: addr('南外镇 3 组 17 号'), residenceAddress: null,
    residentSince: null, householdId: 'h-zhao', dogs: [], gridId: 'g-2', openid: 'wx-zhao-lei', relation: '本人',
  },
  {
    residentId: 'r-ayiguli', name: '阿依古丽·买买提', gender: 'female', birthDate: '1992-02-29', seq: 84, ethnicity: '维吾尔族',
    phone: '18808186789', hukouAddress: addr('滨河路 21 号 5 栋 3 单元 602'), residenceAddress: addr('滨河路 21 号 5 栋 3 单元 602'),
    residentSince: '2021-07-01', householdId: 'h-ayiguli', dogs: [], gridId: 'g-2', openid: 'wx-ayiguli', relation: '本人',
  },
  {
    residentId: 'r-zhou-min', name: '周敏', gender: 'female', birthDate: '1978-12-05', seq: 96, ethnicity: '汉族',
    phone: '17708187890', hukouAddress: addr('通川北路 9 号 8 栋 1 单元 1101'), residenceAddress: addr('通川北路 9 号 8 栋 1 单元 1101'),
    residentSince: '2009-04-20', householdId: 'h-zhou', dogs: [], gridId: 'g-2', openid: 'wx-zhou-min', relation: '本人',
  },
]

export const WORKERS: WorkerRecord[] = [
  { id: 'w-clerk', name: '李娜', staffNo: '0101', role: 'clerk', departmentId: 'community', gridIds: ['g-1', 'g-2'] },
  { id: 'w-grid-1', name: '杨帆', staffNo: '0201', role: 'grid-worker', departmentId: 'community', gridIds: ['g-1'] },
  { id: 'w-grid-2', name: '何丽', staffNo: '0202', role: 'grid-worker', departmentId: 'community', gridIds: ['g-2'] },
  { id: 'w-police', name: '黄涛', staffNo: '0301', role: 'reviewer', departmentId: 'police', gridIds: [] },
  { id: 'w-urban', name: '邓军', staffNo: '0302', role: 'reviewer', departmentId: 'urban-management', gridIds: [] },
  { id: 'w-admin', name: '刘强', staffNo: '0001', role: 'admin', departmentId: 'community', gridIds: ['g-1', 'g-2'] },
]

export interface PersonaDef {
  id: string
  label: string
  role: 'resident' | WorkerRecord['role']
  description: string
  userId: string
}

export const PERSONAS: PersonaDef[] = [
  { id: 'resident-new', label: '王志强（新用户）', role: 'resident', description: '第一次使用，一家四口，可为父亲王德福代办', userId: 'r-wang-zhiqiang' },
  { id: 'resident-elder', label: '孙桂兰（83岁独居）', role: 'resident', description: '独居老人，适合体验长辈版', userId: 'r-sun-guilan' },
  { id: 'resident-dog', label: '陈静（已养一只犬）', role: 'resident', description: '已登记柯基“豆豆”，再登记会被一户一犬规则拒绝', userId: 'r-chen-jing' },
  { id: 'resident-no-address', label: '赵磊（档案缺居住地址）', role: 'resident', description: '人口库没有居住地址，表单需手动填写', userId: 'r-zhao-lei' },
  { id: 'resident-minority', label: '阿依古丽·买买提', role: 'resident', description: '姓名含间隔号，闰日出生', userId: 'r-ayiguli' },
  { id: 'resident-zhou', label: '周敏', role: 'resident', description: '普通居民，网格二', userId: 'r-zhou-min' },
  { id: 'staff-clerk', label: '李娜 · 窗口人员', role: 'clerk', description: '受理、补正、审核、出证', userId: 'w-clerk' },
  { id: 'staff-grid-1', label: '杨帆 · 网格员（网格一）', role: 'grid-worker', description: '处理网格一的诉求', userId: 'w-grid-1' },
  { id: 'staff-grid-2', label: '何丽 · 网格员（网格二）', role: 'grid-worker', description: '处理网格二的诉求', userId: 'w-grid-2' },
  { id: 'staff-police', label: '黄涛 · 公安审核', role: 'reviewer', description: '部门审核：养犬登记', userId: 'w-police' },
  { id: 'staff-urban', label: '邓军 · 城管审核', role: 'reviewer', description: '部门审核：城管类诉求', userId: 'w-urban' },
  { id: 'staff-admin', label: '刘强 · 管理员', role: 'admin', description: '统计、分派、审计', userId: 'w-admin' },
]

export function seedPopulation(state: State): void {
  const records: ResidentRecord[] = PEOPLE.map(({ seq, relation: _relation, ...p }) => ({
    ...p,
    idNumber: makeIdNumber(p.birthDate, seq),
    householdMembers: [],
  }))
  for (const r of records) {
    r.householdMembers = records
      .filter((m) => m.householdId === r.householdId && m.residentId !== r.residentId)
      .map((m) => ({
        residentId: m.residentId,
        name: m.name,
        idNumber: m.idNumber,
        relation: relationTo(r, m),
        birthDate: m.birthDate,
      }))
    state.residents.set(r.residentId, r)
  }
  for (const w of WORKERS) state.workers.set(w.id, w)
}

/** Relation of member m as seen from r (only the 王 household has more than one person). */
function relationTo(r: ResidentRecord, m: ResidentRecord): HouseholdMember['relation'] {
  const rel = (a: string, b: string) => r.residentId === a && m.residentId === b
  if (rel('r-wang-zhiqiang', 'r-liu-fang') || rel('r-liu-fang', 'r-wang-zhiqiang')) return '配偶'
  if (rel('r-wang-zhiqiang', 'r-wang-defu')) return '父母'
  if (rel('r-wang-defu', 'r-wang-zhiqiang')) return '子女'
  if (m.residentId === 'r-wang-xiaoyu') return r.residentId === 'r-wang-defu' ? '孙子女' : '子女'
  if (r.residentId === 'r-wang-xiaoyu') return m.residentId === 'r-wang-defu' ? '祖父母' : '父母'
  return '其他'
}
