/** Query keys of uploaded files (photos are personal data: the cache is cleared on sign-out). */
export type FileVariant = 'thumb' | 'full'

export const fileKeys = {
  all: ['files'] as const,
  url: (fileId: string, variant: FileVariant) => [...fileKeys.all, fileId, variant] as const,
}
