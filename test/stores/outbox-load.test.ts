/**
 * The outbox read back after a kill: every entry that fits is kept (and a waiting one is sent
 * again), an entry that does not fit is dropped alone, and unreadable text is an empty outbox —
 * never a crash at start.
 */
import { readStoredOutbox } from '@/stores/outbox-store'

const complaint = (id: string, state = 'pending') => ({
  id,
  label: '随手拍：垃圾堆放',
  state,
  attempts: 1,
  createdAt: 1_764_800_000_000,
  call: { op: 'createComplaint', args: [{ categoryId: 'sanitation', description: '楼下垃圾桶满了三天没人清理', photos: [], anonymous: false, public: true, idempotencyKey: id }] },
})

const stored = (entries: unknown[], v: unknown = 1) => JSON.stringify({ v, entries })

describe('readStoredOutbox', () => {
  it('keeps every entry that fits, in order', () => {
    const entries = readStoredOutbox('sqt:outbox:u', stored([complaint('k-1'), complaint('k-2', 'delivered')]))
    expect(entries.map((e) => [e.id, e.state])).toEqual([
      ['k-1', 'pending'],
      ['k-2', 'delivered'],
    ])
    expect(entries[0].call).toEqual(complaint('k-1').call)
  })

  it('drops only the entries that do not fit: an unknown call, a missing id, an application without values', () => {
    const broken = [
      { ...complaint('k-3'), call: { op: 'deleteEverything', args: [] } },
      { ...complaint('k-4'), id: undefined },
      { ...complaint('k-5'), call: { op: 'submitApplication', args: [{ matterId: 'dog-registration' }] } },
      null,
    ]
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const entries = readStoredOutbox('sqt:outbox:u', stored([complaint('k-1'), ...broken, complaint('k-2')]))
    warn.mockRestore()
    expect(entries.map((e) => e.id)).toEqual(['k-1', 'k-2'])
  })

  it('an application stored without its ID numbers and phones comes back as 未成功, not sent half-empty', () => {
    const app = {
      ...complaint('k-6'),
      redacted: true,
      call: { op: 'submitApplication', args: [{ matterId: 'dog-registration', values: { dogName: '豆豆' }, materials: {}, idempotencyKey: 'k-6' }] },
    }
    const [entry] = readStoredOutbox('sqt:outbox:u', stored([app]))
    expect(entry).toMatchObject({ id: 'k-6', state: 'failed', error: expect.stringContaining('身份证号和电话没有存在手机上') })
    expect(entry).not.toHaveProperty('redacted')
  })

  it('unreadable text, a foreign shape or nothing at all is an empty outbox', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    for (const raw of ['{not json', '"text"', '[1,2]', JSON.stringify({ v: 1, entries: 'x' }), '', null, undefined, 42]) {
      expect(readStoredOutbox('sqt:outbox:u', raw)).toEqual([])
    }
    warn.mockRestore()
  })
})
