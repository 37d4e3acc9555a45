/**
 * The city's Open311 status in the case timeline: what the forwarder hands the core becomes one
 * public 市级平台反馈 line the resident and staff both read, named 市级平台 (not a staff member),
 * with the city's id kept as the department reference; our status is unchanged; outside text
 * is cleaned; an application or a missing case gets nothing.
 */
import type { Backend } from '@mock/backend'
import { cityUpdateNote } from '@core/city-updates'
import { signIn, testBackend, verifiedResident } from '../support/backend'

const complaintOf = (b: Backend, residentId: string) => [...b.state.cases.values()].find((c) => c.kind === 'complaint' && c.applicantId === residentId)!

describe('recordCityUpdate', () => {
  it('adds one public line both the resident and the grid worker see, and leaves our status alone', async () => {
    const { backend: b } = testBackend()
    const c = complaintOf(b, 'r-sun-guilan')
    const before = { status: c.status, version: c.version, lines: c.history.length }

    expect(await b.core.recordCityUpdate({ caseId: c.id, serviceRequestId: '0', status: 'closed', notes: '已清运' })).toBe(true)

    const after = b.state.cases.get(c.id)!
    expect(after.status).toBe(before.status)
    expect(after.version).toBe(before.version + 1)
    expect(after.history).toHaveLength(before.lines + 1)
    expect(after.departmentRef).toBe('0')

    const resident = await verifiedResident(b, 'resident-elder')
    const mine = await resident.getCase(c.id)
    expect(mine.history.at(-1)).toMatchObject({ action: 'city-update', note: '工单 0：已办结（已清运）', actor: { name: '市级平台', role: 'system' }, visibility: 'public' })

    const staff = await signIn(b, 'staff-grid-1')
    const seen = await staff.workerGetCase(c.id)
    expect(seen.history.at(-1)).toMatchObject({ action: 'city-update', note: '工单 0：已办结（已清运）', actor: { name: '市级平台' } })
    expect(b.state.audit.filter((a) => a.action === 'city-update')).toEqual([expect.objectContaining({ caseId: c.id, actorId: 'system-city-platform' })])
  })

  it('writes nothing for an application or a case that is not there', async () => {
    const { backend: b } = testBackend()
    const app = [...b.state.cases.values()].find((c) => c.kind === 'application')!
    const versions = app.version
    expect(await b.core.recordCityUpdate({ caseId: app.id, serviceRequestId: '9', status: 'open', notes: null })).toBe(false)
    expect(b.state.cases.get(app.id)!.version).toBe(versions)
    expect(await b.core.recordCityUpdate({ caseId: 'case-none', serviceRequestId: '9', status: 'open', notes: null })).toBe(false)
  })
})

describe('cityUpdateNote', () => {
  it('says open/closed in Chinese and shows other statuses as the city gave them', () => {
    expect(cityUpdateNote({ serviceRequestId: '7', status: 'open', notes: null })).toBe('工单 7：处理中')
    expect(cityUpdateNote({ serviceRequestId: '7', status: 'in_progress', notes: '' })).toBe('工单 7：in_progress')
  })

  it('removes control characters and clips long notes from outside', () => {
    const note = cityUpdateNote({ serviceRequestId: '7', status: 'closed', notes: `修好了\u0000\u001b[31m${'很'.repeat(400)}` })
    expect([...note].some((ch) => ch.charCodeAt(0) < 0x20)).toBe(false)
    expect(note.length).toBeLessThan(320)
  })
})
