/** 志愿者注册: identity from the record, then what you like doing and when you are free. */
import type { FormDefinition } from '../types'
import { applicantGender, applicantIdNumber, applicantName, applicantPhone } from './shared'

export const VOLUNTEER_AREAS = [
  { value: 'elderly-disabled', label: '助老助残' },
  { value: 'environment', label: '环境卫生' },
  { value: 'civility', label: '文明劝导' },
  { value: 'convenience', label: '便民服务（理发、维修等）' },
  { value: 'emergency', label: '应急救援' },
  { value: 'culture-sports', label: '文体活动' },
  { value: 'children', label: '关爱少年儿童' },
]

export const VOLUNTEER_TIMES = [
  { value: 'weekday-day', label: '工作日白天' },
  { value: 'weekday-evening', label: '工作日晚上' },
  { value: 'weekend', label: '周末' },
  { value: 'flexible', label: '时间不固定，有活动时联系我' },
]

export const volunteerRegistrationForm: FormDefinition = {
  version: 1,
  fields: [
    applicantName('姓名'),
    applicantGender(),
    applicantIdNumber(),
    applicantPhone(),
    {
      key: 'serviceArea',
      label: '想参加的服务',
      type: 'picker',
      required: true,
      options: VOLUNTEER_AREAS,
      typed: false,
    },
    {
      key: 'availableTime',
      label: '方便的时间',
      type: 'picker',
      required: true,
      options: VOLUNTEER_TIMES,
      typed: false,
    },
    {
      key: 'skills',
      label: '特长',
      type: 'text',
      required: false,
      placeholder: '可不填。例如：会理发、懂电器维修、退休医生',
      validate: [{ kind: 'max-length', value: 50 }],
      typed: true,
    },
  ],
  materials: [],
  pledge: {
    title: '志愿者承诺书',
    text: [
      '本人自愿成为社区志愿者，承诺：',
      '一、遵守法律法规和社区志愿服务的安排，按约定参加服务，有事不能参加时提前告知；',
      '二、尊重服务对象，保护他们的隐私，不收取任何报酬或财物；',
      '三、同意社区将本人的姓名、联系方式和服务时长登记到志愿服务信息系统。',
    ].join('\n'),
  },
}
