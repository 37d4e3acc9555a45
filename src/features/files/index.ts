export { FileThumb, FileThumbs, type FileThumbProps } from './file-thumb'
export { clearFileUrls, loadFileUrl, useFileUrl, type FileUrlState } from './use-file-url'
