/**
 * 亲情账号 and the 办事人 switch, in memory only (never persisted): the relatives this resident
 * helps, as the server lists them, and whom the current application is for.
 */
import { create } from 'zustand'
import { getApi, type AddFamilyMemberRequest, type FamilyMember } from '@/api'
import { useSessionStore } from '@/stores/session-store'

interface FamilyState {
  /** the user these members belong to */
  ownerId: string | null
  members: FamilyMember[] | null
  loading: boolean
  error: unknown
  /** residentId of the current 办事人; null = the resident themself */
  currentApplicant: string | null
  load(fresh?: boolean): Promise<void>
  add(req: AddFamilyMemberRequest): Promise<FamilyMember>
  remove(residentId: string): Promise<void>
  setCurrentApplicant(residentId: string | null): void
  reset(): void
}

const initial = { ownerId: null, members: null, loading: false, error: undefined, currentApplicant: null }

const verifiedUserId = () => {
  const u = useSessionStore.getState().session?.user
  return u?.verified && u.role === 'resident' ? u.id : null
}

export const useFamilyStore = create<FamilyState>()((set, get) => ({
  ...initial,
  async load(fresh = false) {
    const owner = verifiedUserId()
    if (!owner) {
      set({ ...initial })
      return
    }
    if (!fresh && get().ownerId === owner && get().members) return
    set({ loading: true, error: undefined })
    try {
      const members = await getApi().listFamily()
      if (verifiedUserId() === owner) set({ ownerId: owner, members, loading: false })
    } catch (e) {
      set({ loading: false, error: e })
    }
  },
  async add(req) {
    const m = await getApi().addFamilyMember(req)
    set((s) => ({ members: [...(s.members ?? []).filter((x) => x.residentId !== m.residentId), m] }))
    return m
  },
  async remove(residentId) {
    await getApi().removeFamilyMember(residentId)
    set((s) => ({
      members: (s.members ?? []).filter((x) => x.residentId !== residentId),
      currentApplicant: s.currentApplicant === residentId ? null : s.currentApplicant,
    }))
  },
  setCurrentApplicant: (residentId) => set({ currentApplicant: residentId }),
  reset: () => set({ ...initial }),
}))

// another user, sign-out or a lost verification: forget the last user's relatives
useSessionStore.subscribe((s) => {
  const u = s.session?.user
  const owner = u?.verified && u.role === 'resident' ? u.id : null
  const state = useFamilyStore.getState()
  if (state.ownerId !== null && state.ownerId !== owner) state.reset()
  else if (owner === null && state.currentApplicant !== null) state.reset()
})
