/**
 * The State cache's change tracking (server/storage/tracked-state.ts), which decides what the
 * SQL storage writes: map set/delete, changes made in place however deep (fields, array pushes,
 * deletes), nothing recorded for reads, an undo that restores the exact values, and no object
 * shared between two keys.
 */
import type { CaseRecord, FamilyLink, SessionRecord } from '@core/storage'
import { Tracker, trackedState, type Holder } from '../../server/storage/tracked-state'

function setup() {
  const holder: Holder = { tracker: null }
  const state = trackedState(holder)
  state.maps.get('sessions')!.rawSet('h1', { id: 's1', userId: 'u1', verified: false, verifiedBy: null } as unknown as SessionRecord)
  state.maps.get('familyLinks')!.rawSet('r1', [{ residentId: 'r2', relation: '子女', requestedAt: 'x', consentAt: null }] as FamilyLink[])
  state.maps.get('cases')!.rawSet('c1', { id: 'c1', status: 'submitted', history: [{ action: 'submit' }], complaint: { supporterIds: [] } } as unknown as CaseRecord)
  const begin = () => (holder.tracker = new Tracker(state))
  const touched = (t: Tracker) => Object.fromEntries([...t.before].map(([m, keys]) => [m, [...keys.keys()]]))
  return { holder, state, begin, touched }
}

it('reads record nothing; in-place changes record their key, however deep', () => {
  const { state, begin, touched } = setup()
  const t = begin()
  const c = state.cases.get('c1')!
  void [...state.cases.values()].map((x) => x.status)
  void JSON.stringify(state.sessions.get('h1'))
  expect(t.wrote(state)).toBe(false)
  c.complaint!.supporterIds.push('r9')
  state.sessions.get('h1')!.verified = true
  state.familyLinks.get('r1')!.push({ residentId: 'r3', relation: '其他亲属', requestedAt: 'y', consentAt: null })
  expect(touched(t)).toEqual({ cases: ['c1'], sessions: ['h1'], familyLinks: ['r1'] })
  expect(state.maps.get('cases')!.rawGet('c1')).toMatchObject({ complaint: { supporterIds: ['r9'] } })
})

it('the undo restores every value, including keys that did not exist, the audit log and the counters', () => {
  const { state, begin } = setup()
  const before = JSON.stringify([...state.maps].map(([n, m]) => [n, [...m.rawEntries()]]))
  const t = begin()
  ;(state.cases.get('c1')!.history as unknown as unknown[]).push({ action: 'accept' })
  state.cases.set('c2', { id: 'c2' } as CaseRecord)
  state.sessions.delete('h1')
  state.audit.push(Object.freeze({ id: 'a1', at: '', actorId: '', actorRole: '', action: '', caseId: null, detail: '' }))
  state.seq.case = 7
  expect(t.wrote(state)).toBe(true)
  t.revert(state)
  expect(JSON.stringify([...state.maps].map(([n, m]) => [n, [...m.rawEntries()]]))).toBe(before)
  expect(state.audit).toHaveLength(0)
  expect(state.seq.case).toBeUndefined()
})

it('a record stored under a second key is a copy: changing one never changes the other', () => {
  const { state, begin } = setup()
  begin()
  state.consents.set('u1', { version: 'v', privacy: true, face: true, idNumber: true, at: null })
  state.consents.set('u2', state.consents.get('u1')!)
  state.consents.get('u2')!.face = false
  expect(state.consents.get('u1')!.face).toBe(true)
  // a new record built from another record's parts holds copies of them (plain values)
  const c = state.cases.get('c1')!
  state.cases.set('c3', { ...c, id: 'c3', history: [...c.history] })
  const raw = (k: string) => state.maps.get('cases')!.rawGet(k) as unknown as CaseRecord
  expect(() => structuredClone(raw('c3'))).not.toThrow()
  expect(raw('c3').complaint).not.toBe(raw('c1').complaint)
  state.cases.get('c3')!.complaint!.supporterIds.push('r7')
  expect(raw('c1').complaint!.supporterIds).toEqual([])
  // the same record rebuilt (a state-machine step) keeps its parts; a list stored and then
  // filled in (family links) is the stored one
  state.cases.set('c1', { ...c, status: 'accepted' } as CaseRecord)
  const list: FamilyLink[] = []
  state.familyLinks.set('r5', list)
  list.push({ residentId: 'r6', relation: '子女', requestedAt: 'z', consentAt: null })
  expect(state.maps.get('familyLinks')!.rawGet('r5')).toHaveLength(1)
})
