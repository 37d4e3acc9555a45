import { Image, View } from '@tarojs/components'
import { type Certificate, type CertificateDocument, type FileRef } from '@/api'
import { CERTIFICATE_STATE_LABELS } from '@/domain/certificates/validity'
import { formatCertificateCode } from '@/domain/certificates/code'
import { formatDateCn } from '@/domain/time/china-time'
import { errorMessage } from '@/lib/error-message'
import { useFileUrl } from '@/features/files'
import { a11y, ErrorState, KeyValueRow, LoadingState, StatusTag, type StatusTone } from '@/ui'
import { useCaseCertificate } from './api/get-certificate'
import { QrCode } from './qr-code'
import './certificates.css'

export const STATE_TONES: Record<CertificateDocument['state'], StatusTone> = {
  valid: 'success',
  expired: 'warning',
  revoked: 'warning',
  unknown: 'danger',
}

/** The dog's full-body photo on the 电子犬证: its bytes from the server (the holder's session), shown as a picture. */
function DogPhoto({ photo }: { photo: FileRef | null }) {
  const s = useFileUrl(photo?.fileId)
  if (!photo) return <View className='cert__photo-missing'>犬只照片：没有照片</View>
  if (s.state === 'ready') return <Image className='cert__photo' src={s.url} mode='aspectFit' ariaLabel='犬只全身照' />
  return (
    <View className='cert__photo-missing' {...a11y('status')}>
      {s.state === 'loading' ? '正在加载犬只照片…' : '犬只照片没有加载出来，请稍后再打开'}
    </View>
  )
}

export function CertificateFacts({ certificate }: { certificate: Certificate }) {
  const rows: Array<[string, string]> = [
    ...Object.entries(certificate.facts),
    ['持证人', certificate.holderMasked],
    ['发证日期', formatDateCn(certificate.issuedAt)],
    ['有效期至', certificate.validUntil ? formatDateCn(certificate.validUntil) : '长期有效'],
  ]
  return (
    <View>
      {rows.map(([k, v]) => (
        <KeyValueRow key={k} label={k} value={v || '—'} />
      ))}
    </View>
  )
}

/** 电子犬证 / 电子证明 of one approved case: facts, photo or text, and the QR code anyone can check. */
export function CertificateCard({ caseId }: { caseId: string }) {
  const doc = useCaseCertificate(caseId)
  if (doc.isPending) return <LoadingState rows={3} label='正在打开电子证照…' />
  if (doc.error || !doc.data) {
    return <ErrorState title='电子证照没有打开' message={errorMessage(doc.error)} onRetry={() => void doc.refetch()} />
  }
  const { certificate, state, verifyUrl, photo, content } = doc.data
  return (
    <View className='cert'>
      <View className='cert__head'>
        <View className='cert__title'>{certificate.title}</View>
        <StatusTag label={CERTIFICATE_STATE_LABELS[state]} tone={STATE_TONES[state]} />
      </View>
      {certificate.kind === 'dog-licence' ? <DogPhoto photo={photo} /> : null}
      <CertificateFacts certificate={certificate} />
      {content ? <View className='cert__content'>{content}</View> : null}
      <View className='cert__qr'>
        <QrCode value={verifyUrl} label={`${certificate.title}的核验二维码`} />
        <View className='cert__code'>
          <View className='cert__code-label'>核验码</View>
          <View className='cert__code-value'>{formatCertificateCode(certificate.code)}</View>
        </View>
        <View className='cert__hint'>请对方用微信扫一扫，或在「证照核验」输入核验码，查看是否有效</View>
      </View>
    </View>
  )
}
