/**
 * Regression tests for the defects a hostile tester found over HTTP (issue 13 §3), and the
 * privacy/authority rules of §4. Each runs against the contract target (test/contract/support.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import { startMockServer } from '@mock/server/server'
import { COMPLAINT, consent, faceCheck, fileComplaint, idNumber, login, newKey, startTarget, verified, type Target } from './support'

let t: Target
beforeAll(async () => {
  t = await startTarget()
})
afterAll(async () => {
  await t.close()
})

/** Raw bytes on a socket (for what fetch refuses to send); resolves with the status line or '' when the server closed. */
function rawRequest(text: string, opts: { destroyAfterMs?: number } = {}): Promise<string> {
  const url = new URL(t.base)
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname)
    let out = ''
    socket.on('data', (d) => (out += d.toString()))
    socket.on('error', () => resolve(out.split('\r\n')[0]))
    socket.on('close', () => resolve(out.split('\r\n')[0]))
    socket.write(text)
    if (opts.destroyAfterMs !== undefined) setTimeout(() => socket.destroy(), opts.destroyAfterMs)
  })
}

async function alive(): Promise<void> {
  expect((await t.call('GET', '/v1/matters')).status).toBe(200)
}

const residenceProof = (phone: string) => ({
  matterId: 'residence-proof',
  values: {
    purpose: 'bank',
    recipient: 'bank',
    delivery: 'electronic',
    address: '四川省达州市通川区朝阳街道西外社区西外大街 88 号 3 栋 2 单元 501',
    residentSince: '2012-09-01',
    applicantPhone: phone,
    pledgeAccepted: true,
  },
  materials: {},
})

describe('the process keeps serving', () => {
  it('a path with bad percent-encoding is 400, with or without a token', async () => {
    const r = await t.call('GET', '/v1/certificates/%ZZ')
    expect(r.status).toBe(400)
    expect(r.body.code).toBe('bad-request')
    await alive()
  })

  it('a malformed Host header is answered (or ignored), never fatal', async () => {
    const line = await rawRequest('GET /v1/matters HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n')
    expect(line).toMatch(/^HTTP\/1\.1 (200|400)/)
    await rawRequest('GET /v1/matters HTTP/1.1\r\nHost: a b c\r\nHost: twice\r\nConnection: close\r\n\r\n')
    await alive()
  })

  it('a client that resets the socket mid-body (a phone losing signal) is ignored', async () => {
    const { token } = await login(t, 'resident-zhou')
    await rawRequest(
      `POST /v1/complaints HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\nIdempotency-Key: cut-1\r\n\r\n{"categoryId":"noi`,
      { destroyAfterMs: 50 },
    )
    await alive()
  })

  it('a 100 MB body without a token is refused (401) before it is read', async () => {
    const line = await rawRequest(
      'POST /v1/applications HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{"a":',
    )
    expect(line).toMatch(/^HTTP\/1\.1 401/)
    await alive()
  })

  it('a body over 1 MB with a token is 413 before it is parsed', async () => {
    const { token } = await login(t, 'resident-zhou')
    const line = await rawRequest(
      `POST /v1/complaints HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n{`,
    )
    expect(line).toMatch(/^HTTP\/1\.1 413/)
    // chunked (no declared length): counted while reading, refused past the cap
    const big = JSON.stringify({ ...COMPLAINT, description: 'x'.repeat(1_100_000) })
    const r = await t.call('POST', '/v1/complaints', { token, raw: big, headers: { 'content-type': 'application/json', 'idempotency-key': newKey() } })
    expect(r.status).toBe(413)
    await alive()
  })
})

describe('reveal takes an allow-listed field only', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('field %s is 400 with a Chinese field error, and nothing is audited', async (field) => {
    const resident = await verified(t, 'resident-new')
    const filed = await fileComplaint(t, resident)
    const { token: clerk } = await login(t, 'staff-clerk')
    const r = await t.call('POST', `/v1/worker/cases/${filed.body.id}/reveal`, { token: clerk, body: { field, reason: '核对身份信息' } })
    expect(r.status).toBe(400)
    expect(r.body.fieldErrors.field).toMatch(/[\u4e00-\u9fa5]/)
    expect(JSON.stringify(r.body)).not.toMatch(/\d{17}[\dX]/)
    const { token: admin } = await login(t, 'staff-admin')
    const audit = await t.call('GET', `/v1/worker/audit?caseId=${filed.body.id}&action=reveal-pii`, { token: admin })
    expect(audit.body).toEqual([])
  })
})

describe('masking by type, whatever the spelling', () => {
  it('a phone typed as +86 139-0818-2345 and a relative’s ID with spaces and a lower-case x are masked for staff', async () => {
    const resident = await verified(t, 'resident-new')
    const app = await t.call('POST', '/v1/applications', { token: resident, body: residenceProof('+86 139-0818-2345'), headers: { 'idempotency-key': newKey() } })
    expect(app.status).toBe(200)
    const relative = idNumber('1950-01-15', 11).toLowerCase().replace(/(\d{6})(\d{8})/, '$1 $2 ')
    const complaint = await fileComplaint(t, resident, { ...COMPLAINT, extra: { contactPhone: '+86 139-0818-2345', relativeIdNumber: relative } })
    expect(complaint.status).toBe(200)
    for (const persona of ['staff-clerk', 'staff-admin']) {
      const { token } = await login(t, persona)
      for (const id of [app.body.id, complaint.body.id]) {
        const r = await t.call('GET', `/v1/worker/cases/${id}`, { token })
        const text = JSON.stringify(r.body.values)
        expect(text).not.toMatch(/13908182345|139-0818-2345|0818/)
        expect(text).not.toContain(relative)
        expect(text.replace(/\s/g, '')).not.toMatch(/\d{17}[\dXx]/)
      }
      const shown = await t.call('GET', `/v1/worker/cases/${app.body.id}`, { token })
      expect(shown.body.values.applicantPhone).toBe('139****2345')
    }
    if (t.local) {
      // stored normalised
      expect(t.local.backend.state.cases.get(app.body.id)!.values.applicantPhone).toBe('13908182345')
    }
  })
})

describe('tokens', () => {
  it('carry at least 128 random bits and are never stored as such', async () => {
    const a = await login(t, 'resident-zhou')
    const b = await login(t, 'resident-zhou')
    for (const tok of [a.token, a.refresh, b.token]) {
      const payload = tok.replace(/^[a-z_]+_/, '')
      expect(payload.length * 6).toBeGreaterThanOrEqual(128)
      expect(tok).not.toMatch(/tok-\d|\d{10,}/)
    }
    expect(a.token).not.toBe(b.token)
    if (t.local) {
      const stored = JSON.stringify([...t.local.backend.state.sessions.entries()])
      expect(stored).not.toContain(a.token)
      expect(stored).not.toContain(a.refresh)
    }
  })

  it('repeated auth failures from one client are throttled (429)', async () => {
    let last = 0
    for (let i = 0; i < 25; i++) {
      last = (await t.call('GET', '/v1/cases', { token: `sqt_at_guess${i}` })).status
      if (last === 429) break
    }
    expect(last).toBe(429)
  })
})

describe('face verification', () => {
  it('the camera step needs the session that started it; verify ids are unguessable', async () => {
    const victim = await login(t, 'resident-elder')
    await consent(t, victim.token)
    const start = await t.call('POST', '/v1/face/verifications', { token: victim.token, body: {} })
    expect(start.body.verifyId).toMatch(/[0-9a-f]{24,}/)
    const verifyId = start.body.verifyId
    // no token
    expect((await t.call('POST', '/mock/wechat/facial-verify', { body: { verifyId, outcome: 'pass' } })).status).toBe(401)
    // someone else's session cannot pass (or poison) it
    const attacker = await login(t, 'resident-zhou')
    const r = await t.call('POST', '/mock/wechat/facial-verify', { token: attacker.token, body: { verifyId, outcome: 'mismatch' } })
    expect(r.status).toBe(404)
    await t.call('POST', '/mock/wechat/facial-verify', { token: victim.token, body: { verifyId, outcome: 'pass' } })
    expect((await t.call('POST', `/v1/face/verifications/${verifyId}/confirm`, { token: victim.token })).status).toBe(200)
  })

  it('failures lock the claimed identity across WeChat users, and the lock is audited', async () => {
    const claim = { name: '赵磊', idNumber: idNumber('1995-08-08', 71) }
    let last = 0
    for (let user = 0; user < 3 && last !== 423; user++) {
      const who = await t.call('POST', '/v1/auth/login', { body: { code: `attacker-${newKey()}` } })
      const token = who.body.accessToken
      await consent(t, token)
      for (let i = 0; i < 5; i++) {
        const r = await faceCheck(t, token, 'mismatch', i === 0 ? claim : undefined)
        last = r.status
        if (last === 423) break
      }
    }
    expect(last).toBe(423)
    // the real 赵磊 signing in from a new WeChat account is told to wait or go to the office
    const fresh = await t.call('POST', '/v1/auth/login', { body: { code: `zhao-${newKey()}` } })
    await consent(t, fresh.body.accessToken)
    const r = await t.call('POST', '/v1/face/verifications', { token: fresh.body.accessToken, body: claim })
    expect(r.status).toBe(423)
    const { token: admin } = await login(t, 'staff-admin')
    const audit = await t.call('GET', '/v1/worker/audit?action=face-locked&actorId=r-zhao-lei', { token: admin })
    expect(audit.body.length).toBeGreaterThan(0)
  })

  it('name + ID number guessing is throttled per WeChat user (429) and audited', async () => {
    const who = await t.call('POST', '/v1/auth/login', { body: { code: `guesser-${newKey()}` } })
    const token = who.body.accessToken
    await consent(t, token)
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) {
      const r = await t.call('POST', '/v1/face/verifications', { token, body: { name: `猜${i}`, idNumber: idNumber('1980-01-01', 100 + i) } })
      statuses.push(r.status)
    }
    expect(statuses.slice(0, 5).every((s) => s === 400)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })
})

describe('idempotency', () => {
  it('the same key with a different body is 422, even on another case; across routes keys are separate', async () => {
    const resident = await verified(t, 'resident-new')
    const key = newKey('shared')
    const first = await t.call('POST', '/v1/complaints', { token: resident, body: COMPLAINT, headers: { 'idempotency-key': key } })
    expect(first.status).toBe(200)
    const other = await t.call('POST', '/v1/complaints', { token: resident, body: { ...COMPLAINT, categoryId: 'sanitation' }, headers: { 'idempotency-key': key } })
    expect(other.status).toBe(422)
    // the same key on another route is another record: the application is filed, not the complaint returned
    const app = await t.call('POST', '/v1/applications', { token: resident, body: residenceProof('13908182345'), headers: { 'idempotency-key': key } })
    expect(app.status).toBe(200)
    expect(app.body.kind).toBe('application')
    expect(app.body.id).not.toBe(first.body.id)

    // a worker action key reused on another case does not return the first case
    const second = await fileComplaint(t, resident)
    const { token: grid } = await login(t, 'staff-grid-1')
    const wkey = newKey('w')
    const a1 = await t.call('POST', `/v1/worker/cases/${first.body.id}/actions`, { token: grid, body: { action: 'triage', version: first.body.version, input: { level: 'blue' } }, headers: { 'idempotency-key': wkey } })
    expect(a1.status).toBe(200)
    const a2 = await t.call('POST', `/v1/worker/cases/${second.body.id}/actions`, { token: grid, body: { action: 'triage', version: second.body.version, input: { level: 'blue' } }, headers: { 'idempotency-key': wkey } })
    expect(a2.status).toBe(422)
    expect(a2.body.id).toBeUndefined()
  })

  it('a retry after a lost reply gets the stored reply, also for 补正', async () => {
    const resident = await verified(t, 'resident-new')
    const app = await t.call('POST', '/v1/applications', { token: resident, body: residenceProof('13908182345'), headers: { 'idempotency-key': newKey() } })
    const { token: clerk } = await login(t, 'staff-clerk')
    const asked = await t.call('POST', `/v1/worker/cases/${app.body.id}/actions`, {
      token: clerk,
      body: { action: 'request-supplement', version: app.body.version, input: { supplementItems: ['purpose'], reason: '请重新选择开具用途' } },
    })
    expect(asked.status).toBe(200)
    const key = newKey('sup')
    const body = { version: asked.body.version, values: { purpose: 'job' } }
    const once = await t.call('POST', `/v1/cases/${app.body.id}/supplement`, { token: resident, body, headers: { 'idempotency-key': key } })
    expect(once.status).toBe(200)
    const again = await t.call('POST', `/v1/cases/${app.body.id}/supplement`, { token: resident, body, headers: { 'idempotency-key': key } })
    expect(again.status).toBe(200)
    expect(again.body).toEqual(once.body)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
  })
})

describe('withdraw and consent', () => {
  it('withdraw without version is 400 (the spec requires it)', async () => {
    const resident = await verified(t, 'resident-new')
    const filed = await fileComplaint(t, resident)
    const r = await t.call('POST', `/v1/cases/${filed.body.id}/withdraw`, { token: resident, body: { reason: '不需要了' } })
    expect(r.status).toBe(400)
    expect(r.body.fieldErrors.version).toBeTruthy()
    const still = await t.call('GET', `/v1/cases/${filed.body.id}`, { token: resident })
    expect(still.body.status).toBe('submitted')
  })

  it('consent withdrawn in one session revokes verified access in every session of that resident', async () => {
    const one = await verified(t, 'resident-minority')
    // a second sign-in of the same WeChat user starts verified (the binding)…
    const two = await login(t, 'resident-minority')
    expect(two.user.verified).toBe(true)
    expect((await t.call('GET', '/v1/me/profile', { token: two.token })).status).toBe(200)
    // …but revealing the full ID number needs a face check in this session
    expect((await t.call('POST', '/v1/me/profile/reveal', { token: two.token, body: { reason: '本人查看' } })).status).toBe(403)
    await consent(t, one, false)
    expect((await t.call('GET', '/v1/me/profile', { token: two.token })).status).toBe(403)
    expect((await t.call('POST', '/v1/me/profile/reveal', { token: two.token, body: {} })).status).toBe(403)
    const refreshed = await t.call('POST', '/v1/auth/refresh', { body: { refreshToken: two.refresh } })
    expect(refreshed.body.user.verified).toBe(false)
    // and the binding is gone: the next sign-in needs a face verification again
    expect((await login(t, 'resident-minority')).user.verified).toBe(false)
  })
})

describe('tester endpoints and the HTTP face', () => {
  it('/__reset needs the tester token; CORS answers only allowed origins', async () => {
    expect((await t.call('POST', '/__reset', { headers: { 'x-tester-token': 'wrong' } })).status).toBe(403)
    const r = await fetch(`${t.base}/v1/matters`, { headers: { origin: 'http://evil.example' } })
    expect(r.headers.get('access-control-allow-origin')).toBeNull()
    if (t.local) {
      const addr = t.local.server.address()
      expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1')
    }
  })

  it('persona sign-in needs the tester token', async () => {
    const r = await fetch(`${t.base}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'staff-admin' }) })
    expect(r.status).toBe(403)
  })
})

describe('lists are paginated', () => {
  it('GET /v1/cases, /v1/board and the audit log take offset/limit and report the total', async () => {
    const resident = await verified(t, 'resident-zhou')
    await fileComplaint(t, resident)
    await fileComplaint(t, resident)
    const page = await t.call('GET', '/v1/cases?limit=1', { token: resident })
    expect(page.body).toHaveLength(1)
    expect(Number(page.headers.get('x-total-count'))).toBeGreaterThanOrEqual(2)
    const next = await t.call('GET', '/v1/cases?limit=1&offset=1', { token: resident })
    expect(next.body[0].id).not.toBe(page.body[0].id)
    expect((await t.call('GET', '/v1/cases?limit=500', { token: resident })).status).toBe(400)
    expect((await t.call('GET', '/v1/board?limit=2')).body.length).toBeLessThanOrEqual(2)
    const { token: admin } = await login(t, 'staff-admin')
    const audit = await t.call('GET', '/v1/worker/audit?limit=3', { token: admin })
    expect(audit.body).toHaveLength(3)
    expect(Number(audit.headers.get('x-total-count'))).toBeGreaterThan(3)
  })
})

describe('privacy and authority (§4)', () => {
  it('a relative outside the household must confirm before anyone files for them', async () => {
    const elder = await verified(t, 'resident-elder')
    const added = await t.call('POST', '/v1/me/family', { token: elder, body: { name: '王德福', idNumber: idNumber('1950-01-15', 11), relation: '其他亲属' } })
    expect(added.status).toBe(200)
    expect(added.body.status).toBe('pending')
    const proxied = await t.call('POST', '/v1/applications', { token: elder, body: { ...residenceProof('13808181234'), onBehalfOf: added.body.residentId }, headers: { 'idempotency-key': newKey() } })
    expect(proxied.status).toBe(403)
    // 王德福 confirms on his own account
    const defu = await t.call('POST', '/v1/auth/login', { body: { code: `defu-${newKey()}` } })
    await consent(t, defu.body.accessToken)
    const passed = await faceCheck(t, defu.body.accessToken, 'pass', { name: '王德福', idNumber: idNumber('1950-01-15', 11) })
    expect(passed.status).toBe(200)
    const requests = await t.call('GET', '/v1/me/family/requests', { token: defu.body.accessToken })
    expect(requests.body.map((x: { residentId: string }) => x.residentId)).toContain('r-sun-guilan')
    expect((await t.call('POST', '/v1/me/family/r-sun-guilan/confirm', { token: defu.body.accessToken })).status).toBe(200)
    const list = await t.call('GET', '/v1/me/family', { token: elder })
    expect(list.body.find((m: { residentId: string }) => m.residentId === added.body.residentId).status).toBe('confirmed')
  })

  it('…or a clerk confirms it at the window after checking the papers (audited)', async () => {
    const zhou = await verified(t, 'resident-zhou')
    const added = await t.call('POST', '/v1/me/family', { token: zhou, body: { name: '阿依古丽·买买提', idNumber: idNumber('1992-02-29', 84), relation: '其他亲属' } })
    expect(added.body.status).toBe('pending')
    const { token: clerk } = await login(t, 'staff-clerk')
    const ok = await t.call('POST', '/v1/worker/family-links/confirm', { token: clerk, body: { helperId: 'r-zhou-min', relativeId: added.body.residentId, reason: '已在窗口核对双方身份证和户口簿' } })
    expect(ok.status).toBe(200)
    const list = await t.call('GET', '/v1/me/family', { token: zhou })
    expect(list.body.find((m: { residentId: string }) => m.residentId === added.body.residentId).status).toBe('confirmed')
    const { token: admin } = await login(t, 'staff-admin')
    const audit = await t.call('GET', '/v1/worker/audit?action=family-confirm-window', { token: admin })
    expect(audit.body.length).toBeGreaterThan(0)
  })

  it('a supporter (我也遇到) sees the place to about 100 m, never the exact coordinates or address', async () => {
    const reporter = await verified(t, 'resident-new')
    const exact = { lat: 31.213987, lng: 107.486543, address: '西外大街 90 号 3 单元门口' }
    const filed = await fileComplaint(t, reporter, { ...COMPLAINT, location: exact })
    const supporter = await verified(t, 'resident-zhou')
    const r = await t.call('POST', `/v1/complaints/${filed.body.id}/support`, { token: supporter })
    expect(r.status).toBe(200)
    const seen = r.body.complaint.location
    expect(seen.lat).not.toBe(exact.lat)
    expect(Math.abs(seen.lat - exact.lat)).toBeLessThan(0.001)
    expect(seen.address).not.toContain('90 号')
    expect(JSON.stringify(r.body)).not.toContain('3 单元')
  })

  it('a department reviewer loses the case (and reveal) once it leaves the department', async () => {
    const resident = await verified(t, 'resident-new')
    const filed = await fileComplaint(t, resident, { ...COMPLAINT, categoryId: 'noise' })
    const { token: grid } = await login(t, 'staff-grid-1')
    const triaged = await t.call('POST', `/v1/worker/cases/${filed.body.id}/actions`, { token: grid, body: { action: 'triage', version: filed.body.version, input: { level: 'yellow' } } })
    const forwarded = await t.call('POST', `/v1/worker/cases/${filed.body.id}/actions`, {
      token: grid,
      body: { action: 'forward', version: triaged.body.version, input: { department: 'urban-management', note: '请城管处理' } },
    })
    expect(forwarded.status).toBe(200)
    const { token: urban } = await login(t, 'staff-urban')
    expect((await t.call('GET', `/v1/worker/cases/${filed.body.id}`, { token: urban })).status).toBe(200)
    const back = await t.call('POST', `/v1/worker/cases/${filed.body.id}/actions`, {
      token: urban,
      body: { action: 'return-from-department', version: forwarded.body.version, input: { note: '不属于城管职责范围，退回社区' } },
    })
    expect(back.body).toMatchObject({ status: 'in-progress' })
    expect((await t.call('GET', `/v1/worker/cases/${filed.body.id}`, { token: urban })).status).toBe(403)
    expect((await t.call('POST', `/v1/worker/cases/${filed.body.id}/reveal`, { token: urban, body: { field: 'phone', reason: '联系反映人' } })).status).toBe(403)
  })
})

describe('request log', () => {
  it('is on by default in the HTTP face and holds no personal data', async () => {
    const lines: string[] = []
    const server = await startMockServer({ port: 0, testerToken: 'log-test', log: (l) => lines.push(l) })
    try {
      const call = (method: string, path: string, body?: unknown, token?: string) =>
        fetch(server.url + path, {
          method,
          headers: { 'content-type': 'application/json', 'x-tester-token': 'log-test', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        }).then((r) => r.json())
      const session = await call('POST', '/v1/auth/login', { code: 'log-user' })
      await call('POST', '/v1/face/verifications', { name: '周敏', idNumber: idNumber('1978-12-05', 96) }, session.accessToken)
      await call('GET', `/v1/cases/${encodeURIComponent('13908182345')}`, undefined, session.accessToken)
      expect(lines.length).toBeGreaterThanOrEqual(3)
      const entry = JSON.parse(lines[0])
      expect(Object.keys(entry).sort()).toEqual(['id', 'method', 'ms', 'role', 'route', 'status'])
      expect(lines.some((l) => JSON.parse(l).route === '/v1/cases/:id')).toBe(true)
      const text = lines.join('\n')
      for (const secret of [session.accessToken, '周敏', idNumber('1978-12-05', 96), '13908182345']) expect(text).not.toContain(secret)
    } finally {
      await server.close()
    }
  })
})

describe('the core runs anywhere (in-process inside WeChat too)', () => {
  it('uses no Node-only API', () => {
    const offenders = coreFiles().flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => /from 'node:|from '(fs|path|crypto|http|net|os)'|require\(|\bBuffer\b|\bprocess\.|__dirname|setImmediate/.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    )
    expect(offenders).toEqual([])
  })
})

function coreFiles(): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f)
      if (statSync(p).isDirectory()) walk(p)
      else if (p.endsWith('.ts')) files.push(p)
    }
  }
  walk(join(__dirname, '../../core'))
  return files
}

describe('the core never looks objects up by a caller’s key', () => {
  it('no obj[req.…] / obj[body.…] indexing in core/', () => {
    const offenders = coreFiles().flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => /\w\[(req|b|body|input|q|query|params)\.\w+\]|\[req\.(params|query|body|headers)\[/.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    )
    expect(offenders).toEqual([])
  })
})
