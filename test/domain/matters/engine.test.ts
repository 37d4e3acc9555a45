import {
  autofillValues,
  fieldOptions,
  PLEDGE_KEY,
  reviewSummary,
  typedFieldCount,
  validateField,
  validateForm,
  visibleFields,
  visibleMaterials,
} from '@/domain/matters/engine'
import type { FieldDef, FormDefinition, FormValues } from '@/domain/matters/types'
import { ctx, DOG_WANGCAI, idNumber, OWNER_ID, pdf, photo, profile, TODAY } from './fixtures'

const f = (def: Partial<FieldDef> & Pick<FieldDef, 'key' | 'type'>): FieldDef => ({
  label: def.key,
  required: true,
  typed: false,
  ...def,
})

/** A small form that exercises every branch without depending on a real matter. */
const def: FormDefinition = {
  version: 1,
  fields: [
    f({
      key: 'name',
      label: '姓名',
      type: 'name',
      autofill: { from: 'name', locked: true, source: '公安人口库' },
      typed: true,
    }),
    f({
      key: 'id',
      label: '身份证号码',
      type: 'id-number',
      autofill: { from: 'idNumber', locked: true, source: '公安人口库' },
      typed: true,
    }),
    f({
      key: 'phone',
      label: '联系电话',
      type: 'phone',
      autofill: { from: 'phone', locked: false, source: '社区居民档案' },
      typed: true,
    }),
    f({
      key: 'kind',
      label: '类型',
      type: 'picker',
      options: [
        { value: 'a', label: '甲' },
        { value: 'other', label: '其他' },
      ],
    }),
    f({
      key: 'kindOther',
      label: '其他类型',
      type: 'text',
      visibleWhen: { field: 'kind', equals: 'other' },
      typed: true,
    }),
    f({
      key: 'kindDetail',
      label: '类型说明',
      type: 'text',
      visibleWhen: { field: 'kindOther', notEquals: '' },
      required: false,
      typed: true,
    }),
    f({ key: 'agree', label: '同意', type: 'switch', required: false }),
    f({ key: 'agreeNote', label: '同意说明', type: 'text', visibleWhen: { field: 'agree', in: [true] }, typed: true }),
    f({
      key: 'count',
      label: '人数',
      type: 'number',
      unit: '人',
      validate: [{ kind: 'number-range', min: 1, max: 10 }],
      typed: true,
    }),
    f({
      key: 'when',
      label: '日期',
      type: 'date',
      validate: [{ kind: 'date-not-future' }, { kind: 'date-within-months', value: 12 }],
    }),
    f({
      key: 'members',
      label: '家庭成员',
      type: 'household-member',
      multiple: true,
      required: false,
      autofill: { from: 'householdMembers', locked: false, source: '公安人口库' },
    }),
  ],
  materials: [
    { key: 'photos', label: '现场照片', kind: 'photo', min: 1, max: 2, required: true, help: '' },
    {
      key: 'later',
      label: '健康证明',
      kind: 'photo-or-pdf',
      min: 1,
      max: 1,
      required: true,
      tolerance: '容缺',
      help: '',
    },
    { key: 'pledged', label: '收入证明', kind: 'pdf', min: 1, max: 1, required: true, tolerance: '承诺制', help: '' },
    {
      key: 'onAgree',
      label: '同意书',
      kind: 'photo',
      min: 1,
      max: 1,
      required: true,
      visibleWhen: { field: 'agree', equals: true },
      help: '',
    },
  ],
  pledge: { title: '承诺书', text: '……' },
}

const valid: FormValues = {
  name: '张建国',
  id: OWNER_ID,
  phone: '13812345678',
  kind: 'a',
  count: 3,
  when: '2025-01-01',
  agree: false,
  [PLEDGE_KEY]: true,
}
const uploads = { photos: [photo()], later: [pdf()], pledged: [pdf()] }
const field = (key: string) => def.fields.find((x) => x.key === key)!
const err = (key: string, values: FormValues) => validateField(def, field(key), values, ctx())

describe('visibility', () => {
  it('shows a conditional field only when its condition holds', () => {
    const keys = (v: FormValues) => visibleFields(def, v).map((x) => x.key)
    expect(keys(valid)).not.toContain('kindOther')
    expect(keys({ ...valid, kind: 'other' })).toContain('kindOther')
    expect(keys({ ...valid, agree: true })).toContain('agreeNote')
  })

  it('hides a field whose controlling field is hidden (chains)', () => {
    // kindDetail depends on kindOther, which is hidden unless kind = other
    const v = { ...valid, kindOther: 'leftover' }
    expect(visibleFields(def, v).map((x) => x.key)).not.toContain('kindDetail')
    expect(visibleFields(def, { ...v, kind: 'other' }).map((x) => x.key)).toContain('kindDetail')
  })

  it('shows a conditional material slot only when its condition holds', () => {
    expect(visibleMaterials(def, valid).map((m) => m.key)).not.toContain('onAgree')
    expect(visibleMaterials(def, { ...valid, agree: true }).map((m) => m.key)).toContain('onAgree')
  })
})

describe('validateField', () => {
  it('asks to fill or to choose depending on the field type', () => {
    expect(err('name', { ...valid, name: '  ' })).toBe('请填写姓名')
    expect(err('kind', { ...valid, kind: undefined })).toBe('请选择类型')
    expect(err('when', { ...valid, when: null })).toBe('请选择日期')
  })

  it('uses the identity rules for ID numbers, phones and names', () => {
    const badCheck = OWNER_ID.slice(0, 17) + (OWNER_ID[17] === '1' ? '2' : '1')
    expect(err('id', { ...valid, id: badCheck })).toBe('身份证号码校验位不正确')
    expect(err('id', { ...valid, id: OWNER_ID.toLowerCase() })).toBeNull()
    expect(err('phone', { ...valid, phone: '12345678901' })).toBe('手机号码格式不正确')
    expect(err('phone', { ...valid, phone: '138 1234 5678' })).toBeNull()
    expect(err('name', { ...valid, name: '张3' })).toBe('姓名不能包含数字')
    expect(err('name', { ...valid, name: '阿依古丽·买买提' })).toBeNull()
  })

  it('checks that an ID number is not born after today (ctx.today)', () => {
    const future = idNumber('51170220250617123')
    expect(err('id', { ...valid, id: future })).toBe('出生日期不能晚于今天')
  })

  it('rejects values of the wrong shape', () => {
    expect(err('count', { ...valid, count: 'abc' })).toBe('人数请填写数字')
    expect(err('count', { ...valid, count: '4' })).toBeNull()
    expect(err('when', { ...valid, when: '2025-02-30' })).toBe('请选择日期')
    expect(err('kind', { ...valid, kind: 'zzz' })).toBe('请从列表中选择类型')
  })

  it('runs the data validators with their default messages', () => {
    expect(err('count', { ...valid, count: 11 })).toBe('人数应在 1人 到 10人 之间')
    expect(err('when', { ...valid, when: '2025-06-17' })).toBe('日期不能晚于今天')
    expect(err('when', { ...valid, when: '2024-06-15' })).toBe('日期应在最近 12 个月以内')
    expect(err('when', { ...valid, when: '2024-06-16' })).toBeNull()
  })

  it('does not validate a hidden field', () => {
    expect(err('kindOther', { ...valid, kind: 'a' })).toBeNull()
    expect(err('kindOther', { ...valid, kind: 'other' })).toBe('请填写其他类型')
  })

  it('only accepts household members of the resident’s own household', () => {
    expect(err('members', { ...valid, members: ['r-002'] })).toBeNull()
    expect(err('members', { ...valid, members: ['r-999'] })).toBe('请从您家的户籍成员中选择家庭成员')
  })

  describe('other validator kinds', () => {
    const one = (spec: FieldDef['validate'], type: FieldDef['type'], v: FormValues[string]) => {
      const d: FormDefinition = {
        version: 1,
        fields: [f({ key: 'x', label: '内容', type, validate: spec })],
        materials: [],
      }
      return validateField(d, d.fields[0], { x: v }, ctx())
    }
    it('counts characters as a person sees them for lengths, and says the length typed', () => {
      expect(one([{ kind: 'max-length', value: 2 }], 'text', '𠮷𠮷')).toBeNull()
      expect(one([{ kind: 'max-length', value: 2 }], 'text', '𠮷𠮷𠮷')).toBe('内容最多填写 2 个字，现在是 3 个字')
      expect(one([{ kind: 'min-length', value: 3 }], 'text', '太短')).toBe('内容至少填写 3 个字')
    })
    it('checks dates ahead and in the past', () => {
      expect(one([{ kind: 'date-not-past' }], 'date', '2025-06-15')).toBe('内容不能早于今天')
      expect(one([{ kind: 'date-max-days-ahead', value: 14 }], 'date', '2025-06-30')).toBeNull()
      expect(one([{ kind: 'date-max-days-ahead', value: 14 }], 'date', '2025-07-01')).toContain('14 天以内')
    })
    it('checks patterns, item counts and ages', () => {
      expect(one([{ kind: 'pattern', regex: '^\\d{6}$', message: '邮编是6位数字' }], 'text', '63500')).toBe(
        '邮编是6位数字',
      )
      expect(one([{ kind: 'pattern', regex: '^\\d{6}$', message: '邮编是6位数字' }], 'text', '635000')).toBeNull()
      expect(one([{ kind: 'min-items', value: 2 }], 'household-member', ['r-001'])).toBe('内容至少选择 2 项')
      expect(one([{ kind: 'age-at-least', value: 60 }], 'date', '1965-06-16')).toBeNull()
      expect(one([{ kind: 'age-at-least', value: 60 }], 'date', '1965-06-17')).toBe('需年满 60 周岁才能办理')
    })
  })
})

describe('validateForm', () => {
  it('passes a complete form and submits only visible, filled values', () => {
    const r = validateForm(
      def,
      { ...valid, kindOther: 'stale', id: OWNER_ID.toLowerCase(), phone: '138-1234-5678' },
      uploads,
      ctx(),
    )
    expect(r.ok).toBe(true)
    expect(r.values).not.toHaveProperty('kindOther')
    expect(r.values.id).toBe(OWNER_ID)
    expect(r.values.phone).toBe('13812345678')
    expect(r.values[PLEDGE_KEY]).toBe(true)
  })

  it('requires the pledge to be confirmed', () => {
    const r = validateForm(def, { ...valid, [PLEDGE_KEY]: false }, uploads, ctx())
    expect(r.ok).toBe(false)
    expect(r.fieldErrors[PLEDGE_KEY]).toContain('《承诺书》')
  })

  it('accepts a missing 容缺 material as deferred, and a 承诺制 one only with the pledge', () => {
    const r = validateForm(def, valid, { photos: [photo()] }, ctx())
    expect(r.ok).toBe(true)
    expect(r.deferredMaterials).toEqual(['later'])
    expect(r.pledgedMaterials).toEqual(['pledged'])
    const noPledge = validateForm(def, { ...valid, [PLEDGE_KEY]: false }, { photos: [photo()] }, ctx())
    expect(noPledge.materialErrors.pledged).toBe('请上传收入证明')
  })

  it('checks material counts and kinds', () => {
    expect(validateForm(def, valid, { ...uploads, photos: [] }, ctx()).materialErrors.photos).toBe('请上传现场照片')
    expect(
      validateForm(def, valid, { ...uploads, photos: [photo('1'), photo('2'), photo('3')] }, ctx()).materialErrors
        .photos,
    ).toContain('最多上传 2 个')
    expect(validateForm(def, valid, { ...uploads, photos: [pdf()] }, ctx()).materialErrors.photos).toBe(
      '现场照片请上传照片',
    )
    expect(validateForm(def, valid, { ...uploads, pledged: [photo()] }, ctx()).materialErrors.pledged).toBe(
      '收入证明请上传 PDF 文件',
    )
  })

  it('requires a conditional material only when it shows', () => {
    expect(validateForm(def, { ...valid, agree: true, agreeNote: '好' }, uploads, ctx()).materialErrors.onAgree).toBe(
      '请上传同意书',
    )
    expect(validateForm(def, valid, uploads, ctx()).materialErrors.onAgree).toBeUndefined()
  })

  it('refuses an edited locked fact but accepts an edited contact detail', () => {
    const r = validateForm(def, { ...valid, name: '王建国', phone: '13900001111' }, uploads, ctx())
    expect(r.fieldErrors.name).toContain('不能修改')
    expect(r.fieldErrors.phone).toBeUndefined()
  })
})

describe('autofillValues', () => {
  it('fills bound fields, marks the source and whether they are locked', () => {
    const r = autofillValues(def, profile())
    expect(r.values).toMatchObject({
      name: '张建国',
      id: OWNER_ID,
      phone: '13812345678',
      members: ['r-001', 'r-002', 'r-003'],
    })
    expect(r.sources.name).toEqual({ source: '公安人口库', locked: true })
    expect(r.sources.phone).toEqual({ source: '社区居民档案', locked: false })
    expect(r.missing).toEqual([])
  })

  it('lists what the record lacks, with a note, and leaves it editable', () => {
    const r = autofillValues(def, profile({ phone: null, householdMembers: [] }))
    expect(r.missing).toEqual(['phone', 'members'])
    expect(r.values).not.toHaveProperty('phone')
    expect(r.sources.phone).toBeUndefined()
    expect(r.notes.phone).toContain('请您自己填写')
  })

  it('does not pre-pick a single household member', () => {
    const single: FormDefinition = {
      version: 1,
      fields: [
        f({ key: 'who', type: 'household-member', autofill: { from: 'householdMembers', locked: false, source: 'x' } }),
      ],
      materials: [],
    }
    const r = autofillValues(single, profile())
    expect(r.values).toEqual({})
    expect(r.missing).toEqual([])
  })
})

describe('typedFieldCount', () => {
  it('counts visible keyboard fields that autofill did not fill', () => {
    expect(typedFieldCount(def, [])).toBe(4) // name, id, phone, count
    expect(typedFieldCount(def, ['name', 'id', 'phone'])).toBe(1)
    // count, kindOther, kindDetail (kindOther is not '') and agreeNote
    expect(typedFieldCount(def, ['name', 'id', 'phone'], { kind: 'other', agree: true })).toBe(4)
  })
})

describe('fieldOptions', () => {
  it('offers the household and the live dogs from the record', () => {
    const p = profile({ dogs: [DOG_WANGCAI, { ...DOG_WANGCAI, licenceNo: 'X', status: 'cancelled' }] })
    expect(fieldOptions(field('members'), p).map((o) => o.label)).toEqual([
      '张建国（本人）',
      '李秀英（配偶）',
      '张小雨（子女）',
    ])
    const dogField = f({ key: 'dog', type: 'dog-picker' })
    expect(fieldOptions(dogField, p)).toEqual([
      { value: DOG_WANGCAI.licenceNo, label: `旺财（泰迪，犬证号 ${DOG_WANGCAI.licenceNo}）` },
    ])
  })
})

describe('reviewSummary', () => {
  it('lists visible filled fields in plain words with ID and phone masked', () => {
    const lines = reviewSummary(
      def,
      { ...valid, agree: true, agreeNote: '好', members: ['r-002'] },
      { profile: profile() },
    )
    const byKey = Object.fromEntries(lines.map((l) => [l.key, l.value]))
    expect(byKey.id).toBe(`${OWNER_ID.slice(0, 3)}***********${OWNER_ID.slice(-4)}`)
    expect(byKey.id).not.toContain(OWNER_ID.slice(6, 14))
    expect(byKey.phone).toBe('138****5678')
    expect(byKey.kind).toBe('甲')
    expect(byKey.agree).toBe('是')
    expect(byKey.count).toBe('3 人')
    expect(byKey.when).toBe('2025年1月1日')
    expect(byKey.members).toBe('李秀英（配偶）')
    expect(lines.map((l) => l.key)).not.toContain('kindOther')
    expect(lines[0]).toEqual({ key: 'name', label: '姓名', value: '张建国' })
  })
})

it('uses the fixture date', () => {
  expect(TODAY).toBe('2025-06-16')
})
