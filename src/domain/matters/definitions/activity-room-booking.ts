/** 社区活动室预约: pick a day and a slot, say what the activity is and how many come. */
import { ACTIVITY_ROOM } from '../community-config'
import type { FormDefinition } from '../types'
import { applicantName, applicantPhone, pickerWithOther } from './shared'

export const activityRoomBookingForm: FormDefinition = {
  version: 1,
  fields: [
    applicantName('预约人姓名'),
    applicantPhone(),
    {
      key: 'date',
      label: '使用日期',
      type: 'date',
      required: true,
      validate: [{ kind: 'date-not-past' }, { kind: 'date-max-days-ahead', value: ACTIVITY_ROOM.maxDaysAhead }],
      help: `可以预约今天起 ${ACTIVITY_ROOM.maxDaysAhead} 天以内的日期`,
      typed: false,
    },
    {
      key: 'slot',
      label: '使用时段',
      type: 'picker',
      required: true,
      options: ACTIVITY_ROOM.slots.map((s) => ({ value: s.value, label: s.label })),
      typed: false,
    },
    ...pickerWithOther(
      'activityType',
      '活动类型',
      [
        { value: 'culture-sports', label: '文体活动（唱歌、跳舞、书画等）' },
        { value: 'study', label: '党建或学习讲座' },
        { value: 'volunteer', label: '志愿服务' },
        { value: 'residents-meeting', label: '居民议事' },
        { value: 'other', label: '其他' },
      ],
      '活动内容',
    ),
    {
      key: 'participants',
      label: '参加人数',
      type: 'number',
      required: true,
      unit: '人',
      validate: [
        {
          kind: 'number-range',
          min: 1,
          max: ACTIVITY_ROOM.capacity,
          message: `活动室最多容纳 ${ACTIVITY_ROOM.capacity} 人`,
        },
      ],
      typed: true,
    },
    { key: 'needsAv', label: '需要使用投影和音响', type: 'switch', required: false, typed: false },
  ],
  materials: [],
}
