/**
 * 体验版 only: the seeded staff personas, one tap to sign in as each. Required only inside a
 * mock-mode branch of staff-gate.tsx, so release builds never contain it.
 */
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { getApi, type Persona } from '@/api'
import { errorMessage } from '@/lib/error-message'
import { useSessionStore } from '@/stores/session-store'
import { Cell, CellGroup, EmptyState, ErrorState, LoadingState } from '@/ui'
import { usePersonas } from '../api/get-audit'
import { paths } from '@/routes'

/** `returnUrl`: where the login page should come back to (the queue). */
export function StaffPersonas({ returnUrl }: { returnUrl: string }) {
  const personas = usePersonas()
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
    <View>
      {personas.isPending ? <LoadingState rows={3} label='正在加载工作人员账号…' /> : null}
      {personas.error ? (
        <ErrorState message={errorMessage(personas.error)} onRetry={() => void personas.refetch()} />
      ) : null}
      {personas.isSuccess && staff.length === 0 ? (
        <EmptyState
          title='请在登录页用工作人员账号登录'
          action={{
            label: '去登录',
            onClick: () =>
              void Taro.navigateTo({ url: paths.login.url(returnUrl) }),
          }}
        />
      ) : null}
      {staff.length ? (
        <CellGroup title='选择工作人员账号（体验版）'>
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
    </View>
  )
}
