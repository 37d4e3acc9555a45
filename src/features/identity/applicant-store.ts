/**
 * Whom the current application is for (the 办事人 switch): client state, in memory only.
 * Forgotten when another user signs in, on sign-out, or when the verification is lost.
 */
import { create } from 'zustand'
import { useSessionStore } from '@/stores/session-store'

interface ApplicantChoice {
  /** residentId of the current 办事人; null = the resident themself */
  currentApplicant: string | null
  setCurrentApplicant(residentId: string | null): void
}

export const useApplicantStore = create<ApplicantChoice>()((set) => ({
  currentApplicant: null,
  setCurrentApplicant: (residentId) => set({ currentApplicant: residentId }),
}))

useSessionStore.subscribe((s, prev) => {
  const u = s.session?.user
  if (u?.id !== prev.session?.user.id || !u?.verified) useApplicantStore.setState({ currentApplicant: null })
})
