/** Sample cases so queues, the public board and duplicate suggestions have something real in them. */
import { createCase, applyAction } from '@/domain/cases/state-machine'
import { complaintCategory } from '@/domain/complaints/categories'
import { COMMUNITY_CENTRE } from '@/domain/complaints/community-area'
import { isoChina } from '@/domain/time/china-time'
import type { Ctx } from '@core/context'
import { nextId } from '@core/storage'
import { complaintRecord } from '@core/complaint-record'

/** Centre of 西外社区 (config in src/domain/complaints/community-area.ts); seeded reports sit within a few hundred metres. */
export { COMMUNITY_CENTRE }

interface ComplaintSeed {
  residentId: string
  categoryId: string
  description: string
  daysAgo: number
  offset: [number, number]
  address: string
  anonymous?: boolean
  level?: 'blue' | 'yellow' | 'red'
  supporters?: string[]
}

const COMPLAINTS: ComplaintSeed[] = [
  { residentId: 'r-zhou-min', categoryId: 'public-facilities', description: '西外大街 88 号门口的路灯坏了一个星期，晚上很黑，老人走路不安全。', daysAgo: 3, offset: [0.0004, 0.0003], address: '西外大街 88 号门口', supporters: ['r-sun-guilan'] },
  { residentId: 'r-sun-guilan', categoryId: 'sanitation', description: '凤凰大道 12 号旁边垃圾桶满了没人清理，气味很大。', daysAgo: 1, offset: [-0.0006, 0.0002], address: '凤凰大道 12 号旁', anonymous: true },
  { residentId: 'r-ayiguli', categoryId: 'noise', description: '滨河路 21 号楼下烧烤店每天营业到凌晨两点，噪音太大影响休息。', daysAgo: 6, offset: [0.003, -0.002], address: '滨河路 21 号楼下', level: 'yellow' },
]

export function seedCases(ctx: Ctx, bulk: number): void {
  const now = ctx.clock.now().getTime()
  for (const s of COMPLAINTS) addComplaint(ctx, s, isoChina(new Date(now - s.daysAgo * 86_400_000)))
  for (let i = 0; i < bulk; i++) {
    const s = COMPLAINTS[i % COMPLAINTS.length]
    addComplaint(ctx, { ...s, offset: [s.offset[0] + (i % 97) * 0.001, s.offset[1]], supporters: [] }, isoChina(new Date(now - (i % 20) * 86_400_000)))
  }
}

function addComplaint(ctx: Ctx, s: ComplaintSeed, at: string): void {
  const resident = ctx.state.residents.get(s.residentId)!
  const category = complaintCategory(s.categoryId)
  if (!category) throw new Error(`seed: unknown complaint category ${s.categoryId}`)
  const id = nextId(ctx.state, 'case')
  const actor = { id: resident.residentId, role: 'resident' as const, name: resident.name }
  const created = createCase({ id, kind: 'complaint' }, { actor, at })
  if (!created.ok) throw new Error(created.message)
  let record = complaintRecord(ctx, created.state, resident, category, {
    description: s.description,
    photos: [],
    location: { lat: COMMUNITY_CENTRE.lat + s.offset[0], lng: COMMUNITY_CENTRE.lng + s.offset[1], address: s.address },
    anonymous: s.anonymous ?? false,
    public: true,
    supporterIds: s.supporters ?? [],
    extra: {},
  })
  if (s.level) {
    const grid = [...ctx.state.workers.values()].find((w) => w.role === 'grid-worker' && w.gridIds.includes(resident.gridId))!
    const triaged = applyAction(record, 'triage', { level: s.level }, { actor: { id: grid.id, role: grid.role, name: grid.name }, at })
    if (triaged.ok) record = { ...triaged.state, assigneeId: grid.id }
  }
  ctx.state.cases.set(id, record)
}
