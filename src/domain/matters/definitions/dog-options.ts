/** Choices for the dog forms. The breed list is for picking; which breeds are banned is in dog-rules-config. */
import type { FieldOption } from '../types'
import { OTHER_BREED } from '../dog-rules'

const opt = (label: string): FieldOption => ({ value: label, label })

/** Breeds people in the city commonly keep; anything else goes through 「其他」 and is typed. */
export const DOG_BREED_OPTIONS: FieldOption[] = [
  '中华田园犬',
  '泰迪',
  '比熊',
  '柯基',
  '柴犬',
  '金毛',
  '拉布拉多',
  '边境牧羊犬',
  '萨摩耶',
  '哈士奇',
  '博美',
  '雪纳瑞',
  '法国斗牛犬',
  '吉娃娃',
  '西施犬',
  '约克夏',
  '巴哥',
  '腊肠犬',
  '马尔济斯',
  '蝴蝶犬',
  OTHER_BREED,
].map(opt)

export const DOG_COLOUR_OPTIONS: FieldOption[] = [
  '黄色',
  '白色',
  '黑色',
  '棕色',
  '灰色',
  '奶油色',
  '黑白相间',
  '黄白相间',
  '三色',
  '其他颜色',
].map(opt)

export const DOG_GENDER_OPTIONS: FieldOption[] = [
  { value: 'male', label: '公' },
  { value: 'female', label: '母' },
]

export const DOG_PICKUP_OPTIONS: FieldOption[] = [
  { value: 'community', label: '到社区便民服务窗口领取犬牌' },
  { value: 'mail', label: '邮寄到养犬地址' },
]
