/**
 * POST /v1/files (multipart/form-data: `file` + `purpose`) and GET /v1/files/{fileId}.
 * Bytes are checked by magic bytes and size and stripped of EXIF/metadata by the shared rule
 * (src/domain/files), then kept in memory under a total cap. Reading is allowed to the
 * uploader, to residents and staff who can see a case that references the file, and —
 * thumbnail only — to anyone for the photos of a public report on the board; everyone else
 * gets 404 (never "it exists but is not yours").
 */
import { checkUpload } from '@/domain/files/upload-rules'
import type { Ctx } from '../context'
import type { FileBytes } from '../ports'
import { fail, RawResponse, type BackendRequest, type Router } from '../http'
import { isMultipartBody } from '../multipart'
import { nextId, type CaseRecord, type State } from '../storage'
import { canResidentSee } from './cases-common'
import { canStaffSee } from './worker'

/** total bytes the in-memory store keeps (the in-process fake backend runs inside the phone) */
export const FILE_STORE_CAP_BYTES = 64 * 1024 * 1024

/** File bytes in memory with a total cap; a full store refuses new files (nothing is evicted). */
export class FileStore {
  private bytes = new Map<string, Uint8Array>()
  private total = 0
  constructor(readonly capBytes = FILE_STORE_CAP_BYTES) {}
  /** false when the cap would be exceeded */
  put(id: string, data: Uint8Array): boolean {
    if (this.total + data.length > this.capBytes) return false
    this.bytes.set(id, data)
    this.total += data.length
    return true
  }
  get(id: string): Uint8Array | undefined {
    return this.bytes.get(id)
  }
  get usedBytes(): number {
    return this.total
  }
}

const stores = new WeakMap<State, FileStore>()
/** The byte store of one backend state (a reset gets a fresh state, hence a fresh store). */
export function fileStoreOf(state: State, capBytes?: number): FileStore {
  let s = stores.get(state)
  if (!s) stores.set(state, (s = new FileStore(capBytes)))
  return s
}

export const fileUrl = (fileId: string, variant?: 'thumb') =>
  `/v1/files/${encodeURIComponent(fileId)}${variant ? `?variant=${variant}` : ''}`

function referencing(state: State, fileId: string): CaseRecord[] {
  return [...state.cases.values()].filter(
    (c) =>
      (c.complaint?.photos.some((p) => p.fileId === fileId) ?? false) ||
      Object.values(c.materials ?? {}).some((files) => files.some((f) => f.fileId === fileId)),
  )
}

export function registerFiles(r: Router, ctx: Ctx, options: { capBytes?: number; bytes?: FileBytes } = {}): void {
  r.on('POST', '/v1/files', async (req) => {
    // residents, and staff preparing a 帮办 (materials, the photo of a signed authorisation form)
    const session = ctx.session(req)
    const body = req.body
    if (!isMultipartBody(body)) return fail('bad-request', '请用 multipart/form-data 上传文件（字段 file 和 purpose）')
    const part = body.files.file
    if (!part) fail('validation', '没有收到文件，请重新上传', { fieldErrors: { file: '没有收到文件' } })
    const purpose = body.fields.purpose
    const checked = checkUpload(part.bytes, purpose, part.contentType)
    if (!checked.ok) return fail('validation', checked.message, { fieldErrors: { [checked.field]: checked.message } })
    const fileId = nextId(ctx.state, 'file')
    // a file-bytes port (server) throws its own refusal, e.g. 507 when the disk is full
    if (options.bytes) await options.bytes.put(fileId, checked.bytes)
    else if (!fileStoreOf(ctx.state, options.capBytes).put(fileId, checked.bytes)) fail('server', '服务器存储空间已满，请稍后再试')
    const ref = {
      fileId,
      // no path separators or control characters in a stored name
      name: [...(body.fields.name || part.filename || 'file')].map((ch) => (ch < ' ' || ch === '/' || ch === '\\' ? '_' : ch)).join('').slice(0, 100),
      mime: checked.mime,
      size: checked.bytes.length,
      url: fileUrl(fileId),
      ...(checked.mime.startsWith('image/') ? { thumbUrl: fileUrl(fileId, 'thumb') } : {}),
      ...(checked.width ? { width: checked.width, height: checked.height } : {}),
    }
    ctx.state.files.set(fileId, { ...ref, ownerId: session.userId })
    ctx.audit(session.userId, session.role, 'file.upload', null, `${fileId} ${checked.mime} ${ref.size}B ${purpose}`)
    return ref
  })

  r.on('GET', '/v1/files/:fileId', async (req) => {
    const fileId = req.params.fileId
    const thumb = req.query.variant === 'thumb'
    const meta = ctx.state.files.get(fileId)
    const bytes = !meta ? undefined : options.bytes ? ((await options.bytes.get(fileId)) ?? undefined) : fileStoreOf(ctx.state, options.capBytes).get(fileId)
    if (!meta || !bytes || !mayRead(ctx, req, fileId, meta.ownerId, thumb)) return fail('not-found', '没有找到这个文件')
    // the fake backend has no image encoder: the thumbnail variant is the stripped original
    return new RawResponse(bytes, meta.mime, { 'x-file-variant': 'original', 'cache-control': 'private, max-age=3600' })
  })
}

function mayRead(ctx: Ctx, req: BackendRequest, fileId: string, ownerId: string, thumb: boolean): boolean {
  // a bad or expired token is 401 (the client refreshes), not "public"
  const session = req.headers.authorization ? ctx.session(req) : null
  if (session?.userId === ownerId) return true
  const cases = referencing(ctx.state, fileId)
  if (session && session.role !== 'resident') {
    const worker = ctx.state.workers.get(session.userId)
    if (worker && cases.some((c) => canStaffSee(worker, c))) return true
  }
  if (session?.role === 'resident' && cases.some((c) => canResidentSee(c, session.userId))) return true
  // the board shows a thumbnail of a public report's photo to anyone
  return thumb && cases.some((c) => c.kind === 'complaint' && c.complaint?.public === true && c.complaint.photos.some((p) => p.fileId === fileId))
}
