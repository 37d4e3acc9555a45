export * from './sniff'
export * from './image-size'
export * from './strip-metadata'
export * from './upload-rules'
