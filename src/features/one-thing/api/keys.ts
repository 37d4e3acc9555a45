/** Query keys of 一件事 / 免申即享 / 帮办 (personal ones are cleared when the user changes). */
export const oneThingKeys = {
  all: ['one-thing'] as const,
  bundles: () => [...oneThingKeys.all, 'bundles'] as const,
  bundle: (id: string) => [...oneThingKeys.all, 'bundle', id] as const,
  myBundleCases: () => [...oneThingKeys.all, 'bundle-cases'] as const,
  bundleCase: (id: string) => [...oneThingKeys.all, 'bundle-case', id] as const,
  partCase: (caseId: string) => [...oneThingKeys.all, 'part-case', caseId] as const,
  myAssistRequests: () => [...oneThingKeys.all, 'my-assist-requests'] as const,
  assists: () => [...oneThingKeys.all, 'assists'] as const,
  benefits: () => [...oneThingKeys.all, 'benefits'] as const,
  homeVisitSlots: () => [...oneThingKeys.all, 'home-visit-slots'] as const,
}
