/** E-certificates: the owner's card with its QR code, and the public 证照核验 screen. */
export { CertificateCard, CertificateFacts } from './certificate-card'
export { QrCode, type QrCodeProps } from './qr-code'
export { VerifyScreen } from './verify-screen'
