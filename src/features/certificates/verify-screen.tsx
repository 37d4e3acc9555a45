import { Input, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { getApi, type CertificateCheck } from '@/api'
import { codeFromInput } from '@/domain/certificates/code'
import { CERTIFICATE_STATE_LABELS } from '@/domain/certificates/validity'
import { errorMessage } from '@/lib/error-message'
import { AppButton, ErrorState, FormField, KeyValueRow, LoadingState, Screen, Section, a11y } from '@/ui'
import { CertificateFacts } from './certificate-card'
import './certificates.css'

const EXPLAIN: Record<CertificateCheck['state'], string> = {
  valid: '这是社区开具的电子证照，目前有效。',
  expired: '这份证照已经过了有效期，不能再使用。请持证人重新办理。',
  revoked: '这份证照已被注销，不能再使用。',
  unknown: '查不到这个核验码：可能是输错了，也可能是伪造的。请核对后重新输入，或向出具单位核实。',
}

type Check =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; result: CertificateCheck }
  | { status: 'error'; message: string }

/** 证照核验: public, no sign-in. Opened by scanning a certificate's QR code, or typing its code. */
export function VerifyScreen({ initialCode = '' }: { initialCode?: string }) {
  const [input, setInput] = useState(initialCode)
  const [inputError, setInputError] = useState<string | undefined>()
  const [check, setCheck] = useState<Check>({ status: initialCode ? 'loading' : 'idle' })
  const [checked, setChecked] = useState(initialCode)

  const run = useCallback(async (code: string) => {
    setChecked(code)
    setCheck({ status: 'loading' })
    try {
      setCheck({ status: 'done', result: await getApi().verifyCertificate(code) })
    } catch (e) {
      setCheck({ status: 'error', message: errorMessage(e) })
    }
  }, [])

  useEffect(() => {
    if (initialCode) void run(initialCode)
  }, [initialCode, run])

  const submit = () => {
    const code = codeFromInput(input)
    if (!code) {
      setInputError('⚠ 请输入证照上的核验码')
      return
    }
    setInputError(undefined)
    void run(code)
  }

  return (
    <Screen className='verify'>
      {check.status === 'loading' ? <LoadingState rows={2} label='正在核验…' /> : null}
      {check.status === 'error' ? (
        <ErrorState title='没有核验成功' message={check.message} onRetry={() => void run(checked)} />
      ) : null}
      {check.status === 'done' ? (
        <View
          className={`verify__result verify__result--${check.result.state}`}
          {...a11y('status', { live: 'polite' })}
        >
          <View className='verify__state'>
            {check.result.state === 'valid' ? '✓ ' : '✕ '}
            {CERTIFICATE_STATE_LABELS[check.result.state]}
            {check.result.state === 'unknown' ? '（伪造或输错）' : ''}
          </View>
          <View className='verify__explain'>{EXPLAIN[check.result.state]}</View>
          {check.result.certificate ? (
            <View>
              <KeyValueRow label='证照' value={check.result.certificate.title} />
              <CertificateFacts certificate={check.result.certificate} />
            </View>
          ) : null}
        </View>
      ) : null}
      <Section title={check.status === 'idle' ? '输入核验码' : '核验其他证照'}>
        <View className='verify__form'>
          <FormField
            label='核验码'
            help='在电子犬证或证明的二维码下方，共 18 位字母和数字；大小写、空格和横线都可以'
            error={inputError}
          >
            <Input
              className='app-input'
              value={input}
              placeholder='例如：7K3M-Q2HX-9D4T-PA6R4W'
              maxlength={64}
              confirmType='done'
              onInput={(e) => setInput(e.detail.value)}
              onConfirm={submit}
            />
          </FormField>
        </View>
        <View className='verify__actions'>
          <AppButton block onClick={submit} loading={check.status === 'loading'}>
            核验
          </AppButton>
        </View>
      </Section>
    </Screen>
  )
}
