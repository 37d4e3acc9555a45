/**
 * multipart/form-data → fields and files, on a Uint8Array (no Node APIs, so the same parser
 * serves the node:http server and the msw handlers). Bodies arrive already size-capped. The
 * in-process transport (inside WeChat) hands the core {fields, files} directly and never parses.
 */
export interface UploadedPart {
  filename: string
  contentType: string
  bytes: Uint8Array
}

export interface MultipartBody {
  fields: Record<string, string>
  files: Record<string, UploadedPart>
}

export function isMultipartBody(x: unknown): x is MultipartBody {
  return typeof x === 'object' && x !== null && 'fields' in x && 'files' in x && typeof (x as MultipartBody).files === 'object'
}

export function boundaryOf(contentType: string | undefined): string | null {
  const m = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '')
  return m ? m[1] ?? m[2] : null
}

const utf8 = (b: Uint8Array) => new TextDecoder().decode(b)

function indexOf(hay: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i <= hay.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

/** null when the body is not well-formed multipart with that boundary. */
export function parseMultipart(body: Uint8Array, boundary: string): MultipartBody | null {
  const enc = new TextEncoder()
  const delim = enc.encode(`--${boundary}`)
  // part names come from the caller: prototype-less maps, so `__proto__` or `constructor` is
  // just a name (and never reaches Object.prototype)
  const out: MultipartBody = { fields: Object.create(null), files: Object.create(null) }
  let at = indexOf(body, delim, 0)
  if (at < 0) return null
  for (;;) {
    at += delim.length
    if (body[at] === 0x2d && body[at + 1] === 0x2d) return out // closing --boundary--
    if (body[at] === 0x0d && body[at + 1] === 0x0a) at += 2
    const headEnd = indexOf(body, enc.encode('\r\n\r\n'), at)
    if (headEnd < 0) return null
    const headers = utf8(body.subarray(at, headEnd)).split('\r\n')
    const next = indexOf(body, enc.encode(`\r\n--${boundary}`), headEnd + 4)
    if (next < 0) return null
    const content = body.subarray(headEnd + 4, next)
    const disposition = headers.find((h) => /^content-disposition:/i.test(h)) ?? ''
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1]
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1]
    const type = headers.find((h) => /^content-type:/i.test(h))?.split(':')[1]?.trim() ?? 'application/octet-stream'
    if (name !== undefined) {
      if (filename !== undefined) out.files[name] = { filename, contentType: type, bytes: content.slice() }
      else out.fields[name] = utf8(content)
    }
    at = next + 2
  }
}
