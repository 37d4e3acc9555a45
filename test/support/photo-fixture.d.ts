export function jpegWithGps(width?: number, height?: number): Uint8Array
export function hasExifGps(bytes: Uint8Array): boolean
export function decodeJpegSize(bytes: Uint8Array): { width: number; height: number }
export function png(width?: number, height?: number): Uint8Array
