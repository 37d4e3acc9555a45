/** The 走流程 report: readable, and the same object as JSON to copy and compare before/after a change. */
import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { profileForForms, useCachedProfile } from '@/features/identity'
import { Cell, CellGroup, EmptyState, Screen, a11y } from '@/ui'
import { recording } from './recorder'
import { buildReport, PAGE_NAMES } from './report'

export function WalkthroughReportScreen() {
  const p = useCachedProfile()
  const r = recording()
  const report = useMemo(() => (r ? buildReport(r, p ? profileForForms(p) : null) : null), [r, p])
  if (!report) return <Screen><EmptyState title='还没有走流程记录' description='在“我的”打开“走流程”，走一遍要看的流程，再回来结束' /></Screen>
  const json = JSON.stringify(report, null, 2)
  const name = (route: string) => PAGE_NAMES[route] ?? route
  return (
    <Screen className='onething'>
      <View className='onething__title' {...a11y('heading', { level: 1 })}>
        走流程报告
      </View>
      <View className='onething__text'>
        共 {report.screens.length} 个页面，用时 {report.totalSeconds} 秒，返回 {report.backNavigations} 次，遇到 {report.validationErrors.length} 处报错
      </View>
      <CellGroup title='每一步'>
        {report.screens.map((s, i) => (
          <Cell key={i} title={`${i + 1}. ${name(s.route)}${s.back ? '（返回）' : ''}`} value={`${s.seconds} 秒`} />
        ))}
      </CellGroup>
      <CellGroup title='手动输入的项'>
        {report.typedFields.length ? (
          report.typedFields.map((f) => (
            <Cell
              key={f.formId}
              title={f.name}
              description={`输入了 ${f.typed.length} 项；事项引擎统计需要输入 ${f.engineCount} 项${f.agrees ? '，一致' : '，不一致'}`}
            />
          ))
        ) : (
          <Cell title='没有填写表单' />
        )}
      </CellGroup>
      <CellGroup title='遇到的报错'>
        {report.validationErrors.length ? report.validationErrors.map((e, i) => <Cell key={i} title={`${name(e.route)} · ${e.label}`} description={e.message} />) : <Cell title='没有报错' />}
      </CellGroup>
      <CellGroup title='记录的问题'>
        {report.notes.length ? report.notes.map((n, i) => <Cell key={i} title={name(n.route)} description={n.text} />) : <Cell title='没有记录' />}
      </CellGroup>
      {/* the export: the same object as JSON, selectable (long-press to copy; no clipboard API, so no new privacy interface) */}
      <View className='onething__card-title' {...a11y('heading', { level: 2 })}>
        JSON（用于改版前后对比，长按可复制）
      </View>
      <View className='onething__meta'>
        <Text userSelect>{json}</Text>
      </View>
    </Screen>
  )
}
