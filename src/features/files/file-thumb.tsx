/**
 * A thumbnail of an uploaded photo (tap to enlarge, with the other photos of the same group
 * to swipe through) or a tile for a PDF (tap to open). Bytes come from the server with the
 * viewer's session; until they arrive a grey tile says 加载中, and a failure says so.
 */
import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { FileRef } from '@/api'
import { a11y } from '@/ui'
import { openDocument } from '@/platform/file-display'
import { loadFileUrl, useFileUrl } from './api/get-file-url'
import './files.css'

export interface FileThumbProps {
  file: Pick<FileRef, 'fileId' | 'name' | 'mime'>
  /** the group to swipe through when enlarged (defaults to this file alone) */
  group?: Array<Pick<FileRef, 'fileId' | 'mime'>>
  size?: 's' | 'm'
  /** what a screen reader says, e.g. 现场照片 1 */
  label?: string
}

async function enlarge(client: QueryClient, file: FileThumbProps['file'], group: NonNullable<FileThumbProps['group']>) {
  try {
    if (!file.mime.startsWith('image/')) {
      const { url, mime } = await loadFileUrl(client, file.fileId)
      openDocument(url, mime)
      return
    }
    const photos = group.filter((f) => f.mime.startsWith('image/'))
    const urls = await Promise.all(photos.map((f) => loadFileUrl(client, f.fileId).then((r) => r.url)))
    const current = urls[photos.findIndex((f) => f.fileId === file.fileId)] ?? urls[0]
    await Taro.previewImage({ urls, current })
  } catch {
    void Taro.showToast({ title: '文件没有打开，请稍后再试', icon: 'none' })
  }
}

export function FileThumb({ file, group, size = 'm', label }: FileThumbProps) {
  const image = file.mime.startsWith('image/')
  const s = useFileUrl(image ? file.fileId : null, 'thumb')
  const client = useQueryClient()
  const name = label ?? file.name
  return (
    <View
      className={`file-thumb file-thumb--${size}`}
      onClick={() => void enlarge(client, file, group ?? [file])}
      {...a11y('button', { label: image ? `${name}，点按放大` : `${name}，点按打开` })}
    >
      {!image ? (
        <Text className='file-thumb__doc'>📄 {file.name}</Text>
      ) : s.state === 'ready' ? (
        <Image className='file-thumb__img' src={s.url} mode='aspectFill' ariaLabel={name} />
      ) : (
        <Text className='file-thumb__note'>{s.state === 'loading' ? '加载中' : '照片未能加载'}</Text>
      )}
    </View>
  )
}

/** A row of thumbnails for one group of files. */
export function FileThumbs({ files, size, label }: { files: FileRef[]; size?: 's' | 'm'; label?: string }) {
  if (!files.length) return null
  return (
    <View className='file-thumbs'>
      {files.map((f, i) => (
        <FileThumb key={f.fileId} file={f} group={files} size={size} label={label ? `${label} ${i + 1}` : undefined} />
      ))}
    </View>
  )
}
