/** The bytes of a picked file (blob: URL in the browser), for mock mode's in-process upload. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  const res = await fetch(path)
  if (!res.ok) throw new Error(`read ${res.status}`)
  return new Uint8Array(await res.arrayBuffer())
}
