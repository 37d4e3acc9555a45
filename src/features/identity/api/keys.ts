/** Query keys of the identity feature (the whole cache is cleared when the user changes). */
export const identityKeys = {
  all: ['identity'] as const,
  profile: (userId: string) => [...identityKeys.all, 'profile', userId] as const,
  family: () => [...identityKeys.all, 'family'] as const,
  consent: () => [...identityKeys.all, 'consent'] as const,
  personas: () => [...identityKeys.all, 'personas'] as const,
}
