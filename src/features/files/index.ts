export { FileThumb, FileThumbs, type FileThumbProps } from './file-thumb'
export { loadFileUrl, useFileUrl, type FileUrl, type FileUrlState } from './api/get-file-url'
export { fileKeys } from './api/keys'
