import { maskName, validateChineseName } from '@/domain/identity/name'

const EXT_B = '\u{20BB7}' // 𠮷, outside the BMP: two UTF-16 units, one character

describe('validateChineseName', () => {
  it.each([
    ['张三', '张三'],
    ['欧阳娜娜', '欧阳娜娜'],
    ['  王小明  ', '王小明'],
    ['\u3000李四\u3000', '李四'],
    ['阿依古丽·买买提', '阿依古丽·买买提'],
    ['阿依古丽•买买提', '阿依古丽·买买提'], // U+2022 bullet
    ['阿依古丽・买买提', '阿依古丽·买买提'], // U+30FB katakana middle dot
    ['阿依古丽．买买提', '阿依古丽·买买提'], // U+FF0E full-width full stop
    ['阿依古丽.买买提', '阿依古丽·买买提'],
    ['爱新觉罗·溥仪', '爱新觉罗·溥仪'],
    [`${EXT_B}大`, `${EXT_B}大`],
    ['\u4dB5丽', '\u4dB5丽'], // Extension A
    ['王一', '王一'], // Chinese numerals are characters, not digits
    ['买买提·艾力·阿不都热合曼', '买买提·艾力·阿不都热合曼'],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十', '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十'], // 30
    [EXT_B.repeat(30), EXT_B.repeat(30)], // 30 code points = 60 UTF-16 units
  ])('%j → %j', (input, value) => {
    expect(validateChineseName(input)).toEqual({ ok: true, value })
  })

  it.each([
    ['', '请输入姓名'],
    ['   ', '请输入姓名'],
    ['张', '姓名至少2个字'],
    [EXT_B, '姓名至少2个字'], // one character even though .length is 2
    ['一'.repeat(31), '姓名不能超过30个字'],
    [EXT_B.repeat(31), '姓名不能超过30个字'],
    ['张3', '姓名不能包含数字'],
    ['张３', '姓名不能包含数字'],
    ['Zhang San', '姓名不能包含英文字母，请填写身份证上的中文姓名'],
    ['ZhangSan', '姓名不能包含英文字母，请填写身份证上的中文姓名'],
    ['张a', '姓名不能包含英文字母，请填写身份证上的中文姓名'],
    ['张 三', '姓名中不能有空格，少数民族姓名请用“·”隔开'],
    ['张三！', '姓名只能包含汉字和“·”'],
    ['김철수', '姓名只能包含汉字和“·”'],
    ['·张三', '姓名的开头和结尾不能是“·”'],
    ['张三·', '姓名的开头和结尾不能是“·”'],
    ['•张三', '姓名的开头和结尾不能是“·”'],
    ['阿依古丽··买买提', '姓名中的“·”不能连续出现'],
    ['阿依古丽·•买买提', '姓名中的“·”不能连续出现'],
  ])('%j → %s', (input, reason) => {
    expect(validateChineseName(input)).toEqual({ ok: false, reason })
  })
})

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['张晓明', '张*明'],
    ['欧阳娜娜', '欧**娜'],
    ['阿依·买提', '阿*·*提'],
    ['阿依古丽·买买提', '阿***·**提'],
    [`${EXT_B}大`, `${EXT_B}*`],
    [`王${EXT_B}明`, '王*明'],
    ['张', '*'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskName(input)).toBe(masked)
  })
})
