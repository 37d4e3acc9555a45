/** The multipart parser the HTTP faces share: caller-chosen part names stay plain names. */
import { parseMultipart } from '@core/multipart'

const enc = new TextEncoder()
function body(parts: Array<{ name: string; filename?: string; value: string }>, boundary = 'b0undary') {
  const chunks = parts.map(
    (p) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"\r\nContent-Type: image/jpeg` : ''}\r\n\r\n${p.value}\r\n`,
  )
  return enc.encode(`${chunks.join('')}--${boundary}--\r\n`)
}

describe('parseMultipart', () => {
  it('reads fields and files', () => {
    const out = parseMultipart(body([{ name: 'purpose', value: 'complaint-photo' }, { name: 'file', filename: 'a.jpg', value: 'JPEGBYTES' }]), 'b0undary')!
    expect(out.fields.purpose).toBe('complaint-photo')
    expect(new TextDecoder().decode(out.files.file.bytes)).toBe('JPEGBYTES')
  })

  it('a part named __proto__ or constructor is only a name: no prototype is touched', () => {
    const out = parseMultipart(
      body([
        { name: '__proto__', value: 'polluted' },
        { name: 'constructor', filename: 'x.jpg', value: 'X' },
      ]),
      'b0undary',
    )!
    expect(Object.getPrototypeOf(out.fields)).toBeNull()
    expect(out.fields['__proto__']).toBe('polluted')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(out.files, 'constructor')).toBe(true)
  })

  it('a body without the boundary is refused, not half-read', () => {
    expect(parseMultipart(enc.encode('just text'), 'b0undary')).toBeNull()
  })
})
