import { Input, Text, View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import { COMMUNITY_WINDOW } from '@/domain/matters/community-config'
import { matterName, type MatterId } from '@/domain/matters/matter-index'
import { closestMatters, prepareSearch, searchMatters, type MatterHit } from '@/domain/search/search-matters'
import { usePrefsStore } from '@/stores/prefs-store'
import { useSearchHistoryStore } from '@/stores/search-history-store'
import { a11y, Cell, CellGroup, Chevron, cx, Screen, Section } from '@/ui'
import { highlightName } from './highlight'
import { browseHall, callCommunity, fileComplaint, openMatterGuide, POPULAR_MATTERS } from './links'
import './search.css'

/** Suggestions follow typing after this pause (ms), not on every keystroke. */
export const SUGGEST_DELAY_MS = 150
const FOCUS_DELAY_MS = 300
const LIMIT = 8
/** 长辈版: fewer things per screen. */
const ELDER_LIMIT = 5
/** "You may mean" needs at least this much evidence (below, it is the popular list instead). */
const CLOSEST_MIN_SCORE = 0.5

/**
 * 搜索事项: suggestions as you type (with the matched characters highlighted), recent searches and
 * popular matters before typing, and a no-result page that always offers a next step.
 */
export function SearchScreen() {
  const elder = usePrefsStore((s) => s.elderMode)
  const recent = useSearchHistoryStore((s) => s.queries)
  const [query, setQuery] = useState('')
  const [settledQuery, setSettledQuery] = useState('')
  const limit = elder ? ELDER_LIMIT : LIMIT

  // Focus once the page is on screen (H5 cannot focus an input of a page still being shown), then
  // build the index, after the first paint: not at app start and not on the first keystroke.
  const [focused, setFocused] = useState(false)
  useEffect(() => {
    const focusTimer = setTimeout(() => setFocused(true), FOCUS_DELAY_MS)
    const prepareTimer = setTimeout(prepareSearch, 0)
    return () => {
      clearTimeout(focusTimer)
      clearTimeout(prepareTimer)
    }
  }, [])

  useEffect(() => {
    const t = setTimeout(() => setSettledQuery(query), SUGGEST_DELAY_MS)
    return () => clearTimeout(t)
  }, [query])

  const typed = query.trim()
  const shown = typed ? settledQuery.trim() : ''
  const results = useMemo(() => (shown ? searchMatters(shown, limit) : []), [shown, limit])
  const waiting = typed !== '' && shown !== typed

  const searchNow = (q: string) => {
    setQuery(q)
    setSettledQuery(q)
  }
  const choose = (id: string) => {
    useSearchHistoryStore.getState().add(typed)
    openMatterGuide(id)
  }

  return (
    <Screen className='search'>
      <View className='search-bar'>
        <Input
          className='search-bar__input'
          value={query}
          focus={focused}
          confirmType='search'
          maxlength={50}
          placeholder='说说要办什么事，如“狗证怎么办”'
          placeholderClass='search-bar__placeholder'
          onInput={(e) => setQuery(e.detail.value)}
          onConfirm={(e) => {
            const q = String(e.detail.value ?? query)
            searchNow(q)
            useSearchHistoryStore.getState().add(q)
          }}
          ariaLabel='搜索要办的事'
        />
        {query ? (
          <View className='search-bar__clear' onClick={() => searchNow('')} {...a11y('button', { label: '清除输入' })}>
            清除
          </View>
        ) : null}
      </View>

      {!typed ? <StartView recent={recent} onPick={searchNow} /> : null}
      {typed && !waiting && results.length === 0 ? <NoResult query={shown} elder={elder} /> : null}
      {typed && results.length > 0 ? (
        <>
          <View className='search__count' {...a11y('status', { live: 'polite' })}>
            找到 {results.length} 个相关事项，点一下看怎么办
          </View>
          <View className='search-results' {...a11y('list')}>
            {results.map((r) => (
              <ResultRow key={r.id} hit={r} query={shown} onClick={() => choose(r.id)} />
            ))}
          </View>
          <HelpLinks query={shown} title='没找到想办的事？' />
        </>
      ) : null}
    </Screen>
  )
}

function ResultRow({ hit, query, onClick }: { hit: MatterHit; query: string; onClick: () => void }) {
  return (
    <View
      className='search-result'
      hoverClass='search-result--pressed'
      onClick={onClick}
      {...a11y('button', { label: hit.name })}
    >
      <View className='search-result__name'>
        {highlightName(query, hit.name).map((s, i) => (
          <Text key={i} className={cx(s.hit && 'search-hit')}>
            {s.text}
          </Text>
        ))}
      </View>
      <Chevron className='search-result__arrow' />
    </View>
  )
}

function StartView({ recent, onPick }: { recent: string[]; onPick: (q: string) => void }) {
  const clear = useSearchHistoryStore((s) => s.clear)
  return (
    <>
      {recent.length > 0 ? (
        <Section
          title='最近搜索'
          extra={
            <View className='search-history__clear' onClick={clear} {...a11y('button', { label: '清空最近搜索' })}>
              清空
            </View>
          }
        >
          <View className='search-history'>
            {recent.map((q) => (
              <View
                key={q}
                className='search-chip'
                hoverClass='search-chip--pressed'
                onClick={() => onPick(q)}
                {...a11y('button', { label: `再搜一次：${q}` })}
              >
                {q}
              </View>
            ))}
          </View>
        </Section>
      ) : null}
      <MatterList title='大家常办的事' ids={POPULAR_MATTERS} />
    </>
  )
}

function MatterList({ title, ids }: { title: string; ids: readonly MatterId[] }) {
  return (
    <CellGroup title={title}>
      {ids.map((id) => (
        <Cell key={id} title={matterName(id)} onClick={() => openMatterGuide(id)} />
      ))}
    </CellGroup>
  )
}

function NoResult({ query, elder }: { query: string; elder: boolean }) {
  const closest = useMemo(
    () => closestMatters(query, elder ? 2 : 3).filter((h) => h.score >= CLOSEST_MIN_SCORE),
    [query, elder],
  )
  return (
    <>
      <View className='search-empty' {...a11y('status', { live: 'polite' })}>
        <View className='search-empty__title'>没有找到“{query}”相关的事项</View>
        <View className='search-empty__desc'>换个说法试试，比如“狗证怎么办”“开居住证明”，或者用下面的办法</View>
      </View>
      {closest.length > 0 ? (
        <MatterList title='你可能要找' ids={closest.map((h) => h.id)} />
      ) : (
        <MatterList title='大家常办的事' ids={POPULAR_MATTERS.slice(0, elder ? 2 : 4)} />
      )}
      <HelpLinks query={query} title='还可以这样办' />
    </>
  )
}

function HelpLinks({ query, title }: { query: string; title: string }) {
  return (
    <CellGroup title={title}>
      <Cell
        title='没找到？提个微诉求'
        description='把要办的事告诉社区，社区会回复你'
        onClick={() => fileComplaint(query)}
      />
      <Cell title='按主题找事项' description='到办事大厅，按类别看全部事项' onClick={browseHall} />
      <Cell
        title={`电话咨询 ${COMMUNITY_WINDOW.phone}`}
        description={`社区便民服务窗口，${COMMUNITY_WINDOW.hours}`}
        onClick={callCommunity}
        ariaLabel={`拨打社区电话 ${COMMUNITY_WINDOW.phone}`}
      />
    </CellGroup>
  )
}
