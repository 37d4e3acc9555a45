/**
 * How a mock-mode build loads the in-process fake backend: in WeChat (and in jest) it is
 * bundled with the app, since a mini-program cannot fetch code later. The H5 twin
 * (fake-backend.h5.ts) loads it as its own chunk. Required only by src/api/mock-adapter.ts.
 */
export function loadFakeBackend(): Promise<typeof import('@mock/backend')> {
  return Promise.resolve(require('@mock/backend') as typeof import('@mock/backend'))
}
