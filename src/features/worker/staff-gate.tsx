/**
 * The worker console needs a staff session. Without one it shows a staff sign-in prompt: in
 * mock mode the staff personas (role ≠ resident); against a real backend, a pointer to the
 * login page. A resident's session is told plainly that this area is for workers.
 */
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState, type ReactNode } from 'react'
import { getApi, type Persona, type User } from '@/api'
import { useSession } from '@/features/identity'
import { useAsync } from '@/lib/use-async'
import { errorMessage } from '@/lib/error-message'
import { useSessionStore } from '@/stores/session-store'
import { AppButton, Cell, CellGroup, EmptyState, ErrorState, LoadingState, Screen } from '@/ui'
import type { StaffRole } from '@/domain/org/departments'

export const QUEUE_URL = '/packages/worker/pages/queue/index'
export const ME_TAB = '/pages/me/index'

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

function StaffSignIn({ title, resident }: { title: string; resident: boolean }) {
  const personas = useAsync(() => getApi().listPersonas(), [])
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState('')
  const staff = (personas.data ?? []).filter((p) => p.role !== 'resident')

  async function signIn(p: Persona) {
    setBusy(p.id)
    setError('')
    try {
      const session = await getApi().login({ persona: p.id })
      useSessionStore.getState().setSession(session)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Screen className='worker'>
      <View className='worker__intro'>
        {resident ? '您当前以居民身份登录。' : ''}「{title}」是社区工作人员的办公区，请用工作人员账号登录。
      </View>
      {personas.loading ? <LoadingState rows={3} label='正在加载工作人员账号…' /> : null}
      {personas.error ? (
        <ErrorState message={errorMessage(personas.error)} onRetry={() => void personas.reload()} />
      ) : null}
      {!personas.loading && !personas.error && staff.length === 0 ? (
        <EmptyState
          title='请在登录页用工作人员账号登录'
          action={{
            label: '去登录',
            onClick: () =>
              void Taro.navigateTo({ url: `/pages/login/index?returnUrl=${encodeURIComponent(QUEUE_URL)}` }),
          }}
        />
      ) : null}
      {staff.length ? (
        <CellGroup title='选择工作人员账号（演示）'>
          {staff.map((p) => (
            <Cell
              key={p.id}
              title={p.label}
              description={busy === p.id ? '正在登录…' : p.description}
              onClick={() => void signIn(p)}
            />
          ))}
        </CellGroup>
      ) : null}
      {error ? <View className='worker__error'>⚠ {error}</View> : null}
      {resident ? (
        <View className='worker__pad'>
          <AppButton variant='secondary' block onClick={() => void Taro.switchTab({ url: '/pages/index/index' })}>
            回到首页
          </AppButton>
        </View>
      ) : null}
    </Screen>
  )
}
