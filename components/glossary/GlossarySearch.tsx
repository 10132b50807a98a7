'use client'

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import { announce } from '@/components/enhance/announce'
import { MAX_QUERY_LENGTH, buildIndex, highlight, searchGlossary } from '@/lib/glossary-search'
import { CopyTermLink, GlossaryEntryView, type EntryViewData } from './GlossaryEntryView'


const noSubscription = () => () => {}

/**
 * The glossary's search island. The full list is server-rendered and readable without
 * JavaScript; with it, typing filters and ranks terms, the query is kept in the URL (?q=) so a
 * search can be shared, and the number of results is announced politely.
 */
export function GlossarySearch() {
  // The entries and their index are loaded on first use (focus or a shared ?q= link), from a
  // prerendered JSON file, so the page does not carry them twice or build an index nobody uses.
  const [entries, setEntries] = useState<EntryViewData[] | null>(null)
  const loading = useRef(false)
  const load = useCallback(() => {
    if (loading.current) return
    loading.current = true
    fetch('/glossary/entries.json')
      .then((r) => r.json() as Promise<EntryViewData[]>)
      .then(setEntries)
      .catch(() => {
        loading.current = false
      })
  }, [])
  const index = useMemo(() => (entries ? buildIndex(entries) : null), [entries])
  const byId = useMemo(() => new Map((entries ?? []).map((e) => [e.id, e])), [entries])
  // The query a shared link brings (?q=); null while server-rendering, so the box starts disabled.
  const linkedQuery = useSyncExternalStore(
    noSubscription,
    () => new URLSearchParams(window.location.search).get('q')?.slice(0, MAX_QUERY_LENGTH) ?? '',
    () => null,
  )
  const [typed, setQuery] = useState<string | null>(null)
  const query = typed ?? linkedQuery ?? ''
  const ready = linkedQuery !== null

  useEffect(() => {
    document.documentElement.setAttribute('data-js', '')
    const onClick = async (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-copy-term]') : null
      if (!button) return
      const url = `${window.location.origin}/glossary#${button.dataset.copyTerm}`
      try {
        await navigator.clipboard.writeText(url)
        announce(`Link to '${button.dataset.termName}' copied`)
      } catch {
        announce(`Could not copy. The link is ${url}`)
      }
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [])

  const trimmed = query.trim()
  const hits = useMemo(() => (trimmed && index ? searchGlossary(index, trimmed) : []), [index, trimmed])
  const searching = trimmed !== '' && index === null

  useEffect(() => {
    if (linkedQuery) load()
  }, [linkedQuery, load])

  useEffect(() => {
    if (!ready) return
    const full = document.getElementById('glossary-full')
    if (full) full.hidden = trimmed !== ''
    const url = new URL(window.location.href)
    if (trimmed) url.searchParams.set('q', trimmed)
    else url.searchParams.delete('q')
    if (trimmed) url.hash = ''
    window.history.replaceState(null, '', url)
  }, [trimmed, ready])

  const status = !trimmed || searching ? '' : hits.length === 0 ? `No terms match “${trimmed}”.` : `${hits.length} ${hits.length === 1 ? 'term matches' : 'terms match'} “${trimmed}”.`

  return (
    <search className="block">
      <div className="rounded-xl border border-line bg-surface p-4">
        <label htmlFor="glossary-q" className="block font-semibold text-ink">
          Search the glossary
        </label>
        <p id="glossary-q-hint" className="text-sm text-muted">
          A word from your doctor, a brand name or an abbreviation. Spelling mistakes are fine.
        </p>
        <input
          id="glossary-q"
          type="search"
          value={query}
          onChange={(e) => {
            load()
            setQuery(e.target.value.slice(0, MAX_QUERY_LENGTH))
          }}
          onFocus={load}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          disabled={!ready}
          aria-describedby="glossary-q-hint"
          aria-controls="glossary-results"
          placeholder={ready ? 'For example: Spravato, NMDA, off label' : 'Search needs JavaScript. Use your browser’s Find instead.'}
          className="mt-2 w-full rounded-lg border-2 border-line bg-page px-3 py-2.5 text-base text-ink placeholder:text-muted focus:border-accent"
        />
      </div>
      <p role="status" aria-live="polite" className="mt-3 min-h-[1.5em] text-sm font-semibold text-ink">
        {status}
      </p>
      <div id="glossary-results" hidden={!trimmed}>
        <h2 className="sr-only">
          Search results
        </h2>
        {searching ? (
          <p className="text-muted">Searching…</p>
        ) : trimmed && hits.length === 0 ? (
          <div className="rounded-xl border border-line bg-surface p-5">
            <p className="font-semibold text-ink">Nothing found for “{trimmed}”.</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              <li>Try a shorter part of the word, such as the first few letters.</li>
              <li>Try another name: a brand name, or the words a doctor used.</li>
              <li>
                <button type="button" className="underline text-accent" onClick={() => setQuery('')}>
                  Clear the search
                </button>{' '}
                to see every term from A to Z.
              </li>
            </ul>
          </div>
        ) : (
          <ol className="space-y-3">
            {hits.map((hit) => {
              const entry = byId.get(hit.id)!
              const render = (text: string): ReactNode =>
                highlight(text, hit.words).map((part, i) => (part.mark ? <mark key={i} className="rounded bg-[var(--highlight)] px-0.5 text-ink">{part.text}</mark> : part.text))
              return (
                <li key={hit.id}>
                  <GlossaryEntryView entry={entry} anchor={false} render={render} copyButton={<CopyTermLink id={entry.id} term={entry.term} />} />
                </li>
              )
            })}
          </ol>
        )}
      </div>
    </search>
  )
}
