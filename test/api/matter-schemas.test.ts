/** A matter's guide and form are validated where they arrive: every real one passes, a broken one is a clear error. */
import { createGovApiClient, memoryTokenStore } from '@/api/client'
import { ApiError } from '@/api/contract/errors'
import { FormDefinitionSchema, MatterGuideSchema } from '@/api/contract/matter-schemas'
import { safeParse } from '@/api/contract/schema'
import type { Transport } from '@/api/contract/transport'
import { BUNDLES } from '@/domain/bundles/definitions'
import { getMatter, MATTERS } from '@/domain/matters/catalog'
import { errorMessage } from '@/lib/error-message'

const json = <T>(v: T): unknown => JSON.parse(JSON.stringify(v))

describe('matter schemas', () => {
  it('accept every guide and form in the catalog, and every bundle form', () => {
    for (const m of MATTERS) {
      expect(safeParse(MatterGuideSchema, json(m.guide))).toMatchObject({ ok: true })
      if (m.form) expect(safeParse(FormDefinitionSchema, json(m.form))).toMatchObject({ ok: true })
    }
    for (const b of BUNDLES) expect(safeParse(FormDefinitionSchema, json(b.form))).toMatchObject({ ok: true })
  })

  it('name what is wrong in a broken guide or form', () => {
    const { materials: _m, ...noMaterials } = getMatter('residence-proof').guide
    expect(safeParse(MatterGuideSchema, noMaterials)).toEqual({ ok: false, issues: [{ path: 'materials', message: 'expected array' }] })
    const form = json(getMatter('dog-registration').form) as { fields: Array<Record<string, unknown>> }
    form.fields[0].validate = [{ kind: 'shout' }]
    const r = safeParse(FormDefinitionSchema, form)
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['fields[0].validate[0].kind'])
  })
})

describe('GET /v1/matters/{id} with a broken guide', () => {
  it('fails as a bad response with a message for people, instead of reaching the screen', async () => {
    const m = getMatter('residence-proof')
    const body = { id: m.id, name: m.name, theme: m.theme, summary: m.summary, guide: { ...json(m.guide) as object, visits: 'twice' }, form: null }
    const transport: Transport = async () => ({ status: 200, body })
    const api = createGovApiClient(transport, memoryTokenStore())
    const err = await api.getMatter(m.id).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).code).toBe('bad-response')
    expect(errorMessage(err)).toBe('服务返回的数据有误，请稍后重试')
  })

  it('hands the screen a typed guide and form when they are whole', async () => {
    const m = getMatter('dog-registration')
    const body = { id: m.id, name: m.name, theme: m.theme, summary: m.summary, guide: json(m.guide), form: json(m.form) }
    const api = createGovApiClient(async () => ({ status: 200, body }), memoryTokenStore())
    const got = await api.getMatter(m.id)
    expect(got.guide.materials.map((x) => x.name)).toEqual(m.guide.materials.map((x) => x.name))
    expect(got.form?.fields.map((f) => f.key)).toEqual(m.form?.fields.map((f) => f.key))
  })
})
