/**
 * 养犬登记: the owner comes from the record (name, ID, gender, 户籍 locked; phone and the
 * address where the dog lives editable); the resident types only what no database knows:
 * the dog's name, height, and what is on the vaccination certificate.
 */
import { DOG_RULES_CONFIG } from '../dog-rules-config'
import { DOG_FIELDS, OTHER_BREED } from '../dog-rules'
import type { FormDefinition } from '../types'
import { DOG_BREED_OPTIONS, DOG_COLOUR_OPTIONS, DOG_GENDER_OPTIONS, DOG_PICKUP_OPTIONS } from './dog-options'
import { dogOwnerIdNumber, dogOwnerName, dogOwnerPhone, vaccinationCertificate, vaccinationFields } from './dog-fields'
import { applicantGender, residenceAddress, SOURCES } from './shared'

const cfg = DOG_RULES_CONFIG

export const DOG_PLEDGE_TEXT = [
  '本人承诺：',
  '一、所填信息和上传的材料真实、有效。',
  '二、遵守本市养犬管理规定，每年按时给犬只接种狂犬病疫苗，犬证到期前办理年检。',
  '三、带犬出门时给犬只挂好犬牌、拴好犬绳（绳长不超过 2 米），由成年人牵着，主动避让老人、儿童和孕妇，随手清理犬只粪便。',
  '四、不带犬只进入禁止犬只进入的公共场所；乘坐电梯时主动避让他人。',
  '五、犬只伤人时，立即送伤者就医并承担相应责任。',
  '六、不虐待、不遗弃犬只；犬只死亡、送养或遗失时，及时办理注销。',
  '如有虚假或违反以上承诺，本人愿意承担相应法律责任，并接受注销犬证等处理。',
].join('\n')

export const dogRegistrationForm: FormDefinition = {
  version: 1,
  fields: [
    dogOwnerName(),
    applicantGender('ownerGender'),
    dogOwnerIdNumber(),
    {
      key: 'ownerHukouAddress',
      label: '户籍地址',
      type: 'address',
      required: true,
      autofill: { from: 'hukouAddress', locked: true, source: SOURCES.population },
      typed: true,
    },
    dogOwnerPhone(),
    residenceAddress('养犬地址', 'ownerAddress', '犬只平时饲养的地址，一般就是您现在住的地方'),
    {
      key: 'dogName',
      label: '犬只名字',
      type: 'text',
      required: true,
      placeholder: '例如：旺财',
      validate: [{ kind: 'plain-name', max: 10 }],
      typed: true,
    },
    {
      key: DOG_FIELDS.breed,
      label: '犬只品种',
      type: 'picker',
      required: true,
      options: DOG_BREED_OPTIONS,
      help: `列表里没有的品种，请选“${OTHER_BREED}”后自己填写`,
      typed: false,
    },
    {
      key: DOG_FIELDS.breedOther,
      label: '品种名称',
      type: 'text',
      required: true,
      visibleWhen: { field: DOG_FIELDS.breed, equals: OTHER_BREED },
      placeholder: '例如：贵宾犬、串串（混血犬）',
      validate: [{ kind: 'plain-name', max: 20 }],
      typed: true,
    },
    { key: 'dogColour', label: '毛色', type: 'picker', required: true, options: DOG_COLOUR_OPTIONS, typed: false },
    { key: 'dogGender', label: '犬只性别', type: 'picker', required: true, options: DOG_GENDER_OPTIONS, typed: false },
    {
      key: DOG_FIELDS.birthDate,
      label: '犬只出生日期',
      type: 'date',
      required: true,
      validate: [{ kind: 'date-not-future' }],
      help: `犬只满 ${cfg.minAgeMonths} 个月才能登记。记不清具体日期的，选个大概的日期就可以`,
      typed: false,
    },
    {
      key: DOG_FIELDS.shoulderHeightCm,
      label: '肩高',
      type: 'number',
      required: true,
      unit: '厘米',
      validate: [{ kind: 'number-range', min: 5, max: 120 }],
      help: `犬只四脚站立时，从肩膀最高处量到地面的高度。限养区内不能超过 ${cfg.keyZone.maxShoulderHeightCm} 厘米`,
      typed: true,
    },
    {
      key: DOG_FIELDS.neutered,
      label: '是否已绝育',
      type: 'switch',
      required: false,
      help: '已绝育的犬只登记费减半，需上传绝育证明',
      typed: false,
    },
    {
      key: DOG_FIELDS.assistanceDog,
      label: '是否为导盲犬或扶助犬',
      type: 'switch',
      required: false,
      help: '盲人的导盲犬、肢体重度残疾人的扶助犬免收费用，不受体型和数量限制，需上传相关证明',
      typed: false,
    },
    ...vaccinationFields('registration'),
    {
      key: 'pickup',
      label: '犬牌领取方式',
      type: 'picker',
      required: true,
      options: DOG_PICKUP_OPTIONS,
      help: '电子犬证审核通过后马上就能在手机上查看；金属犬牌可到社区领取或邮寄',
      typed: false,
    },
  ],
  materials: [
    {
      key: 'dogFullBodyPhoto',
      label: '犬只全身站立照',
      kind: 'photo',
      min: 1,
      max: 2,
      required: true,
      help: '犬只四脚站立的侧面全身照，背景干净，能看清体型和毛色',
    },
    {
      key: 'dogHeadPhoto',
      label: '犬只头部正面照',
      kind: 'photo',
      min: 1,
      max: 2,
      required: true,
      help: '正对犬只脸部拍摄，能看清五官',
    },
    vaccinationCertificate('registration'),
    {
      key: 'healthCheckProof',
      label: '犬只健康检查证明',
      kind: 'photo-or-pdf',
      min: 1,
      max: 2,
      required: true,
      tolerance: '容缺',
      help: '宠物医院出具的健康检查证明。暂时没有也可以先提交（容缺受理：缺少非关键材料也可先受理，之后补交），请在领取犬牌前补交',
    },
    {
      key: 'neuterProof',
      label: '犬只绝育证明',
      kind: 'photo-or-pdf',
      min: 1,
      max: 2,
      required: true,
      visibleWhen: { field: DOG_FIELDS.neutered, equals: true },
      help: '宠物医院出具的绝育手术证明，用于减半收费',
    },
    {
      key: 'assistanceDogProof',
      label: '导盲犬或扶助犬证明及残疾人证',
      kind: 'photo-or-pdf',
      min: 1,
      max: 4,
      required: true,
      visibleWhen: { field: DOG_FIELDS.assistanceDog, equals: true },
      help: '导盲犬或扶助犬的培训机构证明，以及养犬人的残疾人证',
    },
  ],
  pledge: { title: '养犬承诺书', text: DOG_PLEDGE_TEXT },
  rules: ['dog-registration'],
}
