/** Showing downloaded file bytes in the browser: a blob: URL (freed when the page unloads). */
export function displayUrl(_key: string, bytes: Uint8Array, mime: string): Promise<string> {
  return Promise.resolve(URL.createObjectURL(new Blob([bytes.slice().buffer as ArrayBuffer], { type: mime })))
}

export function openDocument(url: string, mime: string): void {
  if (mime === 'application/pdf') window.open(url, '_blank', 'noopener')
}
