/**
 * The documented error statuses of the 高效办成一件事 routes (docs/one-thing.md), produced over
 * HTTP; errors.test.ts spreads them into its scenarios. Only the base personas: the suite also
 * runs against the production server's demo seed.
 */
import { idNumber, login, newKey, verified, type Reply, type Target } from './support'

interface Env {
  t: Target
  /** 王志强, face-verified */
  resident: string
  /** a WeChat user who never verified */
  stranger(): Promise<string>
}

const proofValues = {
  purpose: 'bank',
  recipient: 'bank',
  delivery: 'electronic',
  address: '四川省达州市通川区朝阳街道西外社区西外大街 88 号 3 栋 2 单元 501',
  residentSince: '2012-09-01',
  applicantPhone: '13908182345',
  pledgeAccepted: true,
}
/** a 帮办 for 王志强 (seq 31), prepared at the window */
const assistBody = { idNumber: idNumber('1985-07-20', 31), matterId: 'residence-proof', values: proofValues, materials: {}, place: 'window' }

export function oneThingScenarios(env: () => Env): Record<string, () => Promise<Reply>> {
  const key = () => ({ 'idempotency-key': newKey('one-thing') })
  const clerk = async () => (await login(env().t, 'staff-clerk')).token
  const prepared = async (): Promise<string> => {
    const { t } = env()
    const r = await t.call('POST', '/v1/assist', { token: await clerk(), body: assistBody, headers: key() })
    if (r.status !== 200) throw new Error(`prepare 帮办: ${r.status} ${JSON.stringify(r.body)}`)
    return r.body.id
  }
  const elder = () => verified(env().t, 'resident-elder')
  return {
    'GET /v1/bundles/{id} 404': () => env().t.call('GET', '/v1/bundles/no-such-bundle'),
    'POST /v1/bundles/{id}/applications 400': () => env().t.call('POST', '/v1/bundles/newborn/applications', { token: env().resident, body: { values: { babyName: '王小满' }, materials: {} }, headers: key() }),
    'POST /v1/bundles/{id}/applications 403': async () => env().t.call('POST', '/v1/bundles/newborn/applications', { token: await env().stranger(), body: { values: {}, materials: {} }, headers: key() }),
    'POST /v1/bundles/{id}/applications 404': () => env().t.call('POST', '/v1/bundles/no-such-bundle/applications', { token: env().resident, body: { values: {}, materials: {} }, headers: key() }),
    'GET /v1/bundle-cases/{id} 404': () => env().t.call('GET', '/v1/bundle-cases/bundle-9999', { token: env().resident }),
    'POST /v1/bundle-cases/{id}/parts/{caseId}/refile 404': () =>
      env().t.call('POST', '/v1/bundle-cases/bundle-9999/parts/case-9999/refile', { token: env().resident, body: { values: {}, materials: {} }, headers: key() }),
    'GET /v1/me/benefits 403': async () => env().t.call('GET', '/v1/me/benefits', { token: await env().stranger() }),
    // 王志强 (41) is not eligible: the reason comes back
    'POST /v1/me/benefits/{id}/confirm 403': () => env().t.call('POST', '/v1/me/benefits/longevity-allowance/confirm', { token: env().resident, body: { payTo: 'social-security-card' }, headers: key() }),
    'POST /v1/me/benefits/{id}/confirm 404': () => env().t.call('POST', '/v1/me/benefits/no-such-benefit/confirm', { token: env().resident, body: {}, headers: key() }),
    // a paid benefit needs the account
    'POST /v1/me/benefits/{id}/confirm 400': async () => env().t.call('POST', '/v1/me/benefits/longevity-allowance/confirm', { token: await elder(), body: {}, headers: key() }),
    'POST /v1/me/benefits/{id}/confirm 409': async () => {
      const token = await elder()
      await env().t.call('POST', '/v1/me/benefits/senior-card/confirm', { token, body: {}, headers: key() })
      return env().t.call('POST', '/v1/me/benefits/senior-card/confirm', { token, body: {}, headers: key() })
    },
    'POST /v1/me/benefits/{id}/decline 404': () => env().t.call('POST', '/v1/me/benefits/no-such-benefit/decline', { token: env().resident }),
    'POST /v1/me/benefits/{id}/decline 409': async () => {
      const token = await verified(env().t, 'resident-zhou')
      await env().t.call('POST', '/v1/me/benefits/senior-card/decline', { token })
      return env().t.call('POST', '/v1/me/benefits/senior-card/decline', { token })
    },
    'GET /v1/assist 403': () => env().t.call('GET', '/v1/assist', { token: env().resident }),
    'POST /v1/assist 400': async () => env().t.call('POST', '/v1/assist', { token: await clerk(), body: { ...assistBody, matterId: 'dog-rabies-vaccination' }, headers: key() }),
    'POST /v1/assist 403': () => env().t.call('POST', '/v1/assist', { token: env().resident, body: assistBody, headers: key() }),
    'POST /v1/assist 404': async () => env().t.call('POST', '/v1/assist', { token: await clerk(), body: { ...assistBody, idNumber: '110101199003074514' }, headers: key() }),
    'POST /v1/assist 422': async () => {
      const token = await clerk()
      const headers = key()
      const first = await env().t.call('POST', '/v1/assist', { token, body: assistBody, headers })
      if (first.status !== 200) throw new Error(`prepare 帮办: ${first.status}`)
      return env().t.call('POST', '/v1/assist', { token, body: { ...assistBody, place: 'home' }, headers })
    },
    'POST /v1/assist/{id}/in-person 400': async () => env().t.call('POST', `/v1/assist/${await prepared()}/in-person`, { token: await clerk(), body: { photoFileId: 'file-9999' } }),
    'POST /v1/assist/{id}/in-person 403': async () => env().t.call('POST', `/v1/assist/${await prepared()}/in-person`, { token: (await login(env().t, 'staff-grid-1')).token, body: { photoFileId: 'file-9999' } }),
    'POST /v1/assist/{id}/in-person 404': async () => env().t.call('POST', '/v1/assist/assist-9999/in-person', { token: await clerk(), body: { photoFileId: 'file-9999' } }),
    'POST /v1/assist/{id}/review 403': async () => env().t.call('POST', `/v1/assist/${await prepared()}/review`, { token: (await login(env().t, 'staff-grid-1')).token, body: { approve: true } }),
    'POST /v1/assist/{id}/review 404': async () => env().t.call('POST', '/v1/assist/assist-9999/review', { token: await clerk(), body: { approve: true } }),
    // nothing to review yet: the resident has not been asked in person
    'POST /v1/assist/{id}/review 409': async () => env().t.call('POST', `/v1/assist/${await prepared()}/review`, { token: (await login(env().t, 'staff-admin')).token, body: { approve: true } }),
    'POST /v1/assist/{id}/resend 403': async () => env().t.call('POST', `/v1/assist/${await prepared()}/resend`, { token: (await login(env().t, 'staff-grid-1')).token }),
    'POST /v1/assist/{id}/resend 404': async () => env().t.call('POST', '/v1/assist/assist-9999/resend', { token: await clerk() }),
    'POST /v1/assist/{id}/resend 409': async () => env().t.call('POST', `/v1/assist/${await prepared()}/resend`, { token: await clerk() }),
    'POST /v1/me/assist-requests/{id}/authorise 404': async () => env().t.call('POST', `/v1/me/assist-requests/${await prepared()}/authorise`, { token: await verified(env().t, 'resident-zhou') }),
    'POST /v1/me/assist-requests/{id}/authorise 409': async () => {
      const id = await prepared()
      await env().t.call('POST', `/v1/me/assist-requests/${id}/authorise`, { token: env().resident })
      return env().t.call('POST', `/v1/me/assist-requests/${id}/authorise`, { token: env().resident })
    },
    'POST /v1/me/assist-requests/{id}/decline 404': () => env().t.call('POST', '/v1/me/assist-requests/assist-9999/decline', { token: env().resident }),
    'POST /v1/me/assist-requests/{id}/decline 409': async () => {
      const id = await prepared()
      await env().t.call('POST', `/v1/me/assist-requests/${id}/decline`, { token: env().resident })
      return env().t.call('POST', `/v1/me/assist-requests/${id}/decline`, { token: env().resident })
    },
    'POST /v1/home-visits 400': async () => env().t.call('POST', '/v1/home-visits', { token: await elder(), body: { matterId: 'senior-card', slot: '1999-01-01-am' }, headers: key() }),
    'POST /v1/home-visits 403': () => env().t.call('POST', '/v1/home-visits', { token: env().resident, body: { matterId: 'senior-card', slot: '1999-01-01-am' }, headers: key() }),
  }
}
