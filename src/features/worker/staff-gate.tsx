/**
 * The worker console needs a staff session. Without one it shows a staff sign-in prompt: in
 * mock mode the staff personas (role ≠ resident); against a real backend, a pointer to the
 * login page. A resident's session is told plainly that this area is for workers.
 */
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { User } from '@/api'
import { useSession } from '@/features/identity'
import { AppButton, EmptyState, Screen } from '@/ui'
import type { StaffRole } from '@/domain/org/departments'
import { paths } from '@/routes'

export const QUEUE_URL = paths.worker.queue.path
export const ME_TAB = paths.me.path

export function StaffGate({
  roles,
  title,
  children,
}: {
  roles?: readonly StaffRole[]
  title: string
  children: (user: User) => ReactNode
}) {
  const { user } = useSession()
  if (!user || user.role === 'resident') return <StaffSignIn title={title} resident={Boolean(user)} />
  if (roles && !roles.includes(user.role as StaffRole)) {
    return (
      <Screen>
        <EmptyState
          title='您的岗位看不到这一页'
          description={`「${title}」仅限${roles.map((r) => ROLE_NAMES[r]).join('、')}使用`}
          action={{ label: '回到待办', onClick: () => void Taro.redirectTo({ url: QUEUE_URL }) }}
        />
      </Screen>
    )
  }
  return <>{children(user)}</>
}

export const ROLE_NAMES: Record<StaffRole, string> = {
  clerk: '窗口人员',
  'grid-worker': '网格员',
  reviewer: '部门审核',
  admin: '管理员',
}

// Staff persona sign-in ships only in mock (体验版) builds; a release build sends staff to the
// login page (WeChat sign-in bound to a staff account on the server). See src/config.ts.
const StaffPersonas: typeof import('./demo/staff-personas').StaffPersonas | null =
  process.env.TARO_APP_DEMO === '1' ? require('./demo/staff-personas').StaffPersonas : null

function StaffSignIn({ title, resident }: { title: string; resident: boolean }) {
  return (
    <Screen className='worker'>
      <View className='worker__intro'>
        {resident ? '您当前以居民身份登录。' : ''}「{title}」是社区工作人员的办公区，请用工作人员账号登录。
      </View>
      {StaffPersonas ? (
        <StaffPersonas returnUrl={QUEUE_URL} />
      ) : (
        <EmptyState
          title='请用工作人员的微信账号登录'
          action={{
            label: '去登录',
            onClick: () =>
              void Taro.navigateTo({ url: paths.login.url(QUEUE_URL) }),
          }}
        />
      )}
      {resident ? (
        <View className='worker__pad'>
          <AppButton variant='secondary' block onClick={() => void Taro.switchTab({ url: paths.home.path })}>
            回到首页
          </AppButton>
        </View>
      ) : null}
    </Screen>
  )
}
