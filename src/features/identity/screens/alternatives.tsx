/** Face verification is never the only way in (PIPL): the counter, and an ID-photo + SMS path. */
import { useState } from 'react'
import { View } from '@tarojs/components'
import { COMMUNITY_WINDOW } from '@/domain/matters/community-config'
import { a11y, AppButton } from '@/ui'
import './identity.css'

export function VerifyAlternatives() {
  const [open, setOpen] = useState<'office' | 'sms' | null>(null)
  return (
    <View className='idn__card'>
      <View className='idn__title' {...a11y('heading', { level: 2 })}>
        不想或不能刷脸？还可以这样
      </View>
      <View className='idn__actions'>
        <AppButton variant='secondary' block onClick={() => setOpen(open === 'office' ? null : 'office')}>
          到社区窗口核验
        </AppButton>
        {open === 'office' ? (
          <View className='idn__item alternative--office'>
            <View>地点：{COMMUNITY_WINDOW.address}</View>
            <View>时间：{COMMUNITY_WINDOW.hours}</View>
            <View>电话：{COMMUNITY_WINDOW.phone}</View>
            <View className='idn__item-why'>
              带上本人身份证，工作人员当场核对后即可网上办事；行动不便的可以打电话预约上门。
            </View>
          </View>
        ) : null}
        <AppButton variant='secondary' block onClick={() => setOpen(open === 'sms' ? null : 'sms')}>
          用身份证照片 + 短信验证码
        </AppButton>
        {open === 'sms' ? (
          <View className='idn__item alternative--sms'>
            <View>本社区暂未开通这种方式。</View>
            <View className='idn__item-why'>
              按规定，部分只查询、不出证的事项可以用身份证照片加预留手机号验证码核验；开通后会在这里提示。现在请先到社区窗口核验。
            </View>
          </View>
        ) : null}
      </View>
    </View>
  )
}
