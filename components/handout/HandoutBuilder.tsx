import { Island } from '@/components/islands/Island'
import { MAX_SECTIONS } from '@/lib/handout'
import type { RetiredSection, Section } from '@/lib/sections/sections'
import { Rich } from '@/components/i18n/Rich'
import { dictionary, type Locale } from '@/lib/i18n'
import { configuredSiteUrl } from '@/lib/pages/site'

/**
 * The handout page, server-rendered. Without JavaScript it is a list of every section with a link
 * (and says that building a handout needs JavaScript). The `handout` island (components/islands/
 * handout.ts) turns the list into checkboxes with a filter, reads and writes the selection in the
 * URL (?s=), and fills the handout area with the chosen sections, from the data the build writes
 * for each (HandoutSection, lib/handout.ts). The list is also what the build writes data for
 * (lib/build/handout-writer.ts reads its `li[data-key]`). `data-site-url` (the build's
 * SITE_URL, when it has one) is the address its QR codes and printed links use.
 */
export function HandoutBuilder({ locale, sections, retired }: { locale: Locale; sections: Section[]; retired: RetiredSection[] }) {
  const groups = new Map<string, Section[]>()
  for (const s of sections) groups.set(s.slug, [...(groups.get(s.slug) ?? []), s])
  const redirects = Object.fromEntries(retired.map((r) => [r.key, r.to.key]))
  const s = dictionary(locale)
  const h = s.handout
  return (
    <div
      id="handout-page"
      data-retired={JSON.stringify(redirects)}
      data-site-url={configuredSiteUrl()}
      className="lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-10"
    >
      <div className="min-w-0">
        <header className="no-print">
          <h1 className="text-3xl leading-tight font-bold text-ink sm:text-4xl">{h.title}</h1>
          <p className="mt-3 text-lg">{h.intro}</p>
          <p className="mt-2 text-muted">{h.nothingSaved}</p>
          <p className="no-js mt-4 rounded-xl border-2 border-warn bg-warn-soft p-4">
            <Rich text={h.needsJs} locale={locale} />
          </p>
        </header>
        <div id="handout-notice" role="status" className="no-print mt-4 rounded-xl border-2 border-warn bg-warn-soft p-4 empty:hidden" />
        <section id="handout" aria-label={h.region} hidden className="mt-6">
          <div className="handout-toolbar no-print flex flex-wrap items-center gap-2 rounded-xl border border-line bg-surface p-3">
            <p data-handout-count="" className="me-auto font-semibold text-ink" />
            <button type="button" data-handout-print="" className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink hover:opacity-90">
              {h.print}
            </button>
            <button type="button" data-handout-copy="" className="rounded-lg border-2 border-line px-3 py-1.5 font-semibold text-ink hover:border-accent">
              {h.copyLink}
              <span className="sr-only">{h.toThisHandout}</span>
            </button>
          </div>
          <p data-handout-empty="" hidden className="mt-4 rounded-xl border border-line bg-surface p-5">
            {h.empty}
          </p>
          <p data-handout-loading="" hidden className="mt-4 text-muted">
            {h.loading}
          </p>
          <div id="handout-doc" className="handout-doc mt-6">
            <div className="handout-masthead">
              <p className="font-bold text-ink">
                {s.site.name} · {h.masthead}
              </p>
              <p className="text-sm text-muted">{h.notAdvice}</p>
              <p data-handout-url="" className="print-only print-line" />
            </div>
            <div data-handout-sections="" />
            <section
              id="references"
              aria-labelledby="handout-references"
              className="references handout-references not-prose mt-8 border-t border-line pt-4"
              hidden
            >
              <h2 id="handout-references" className="text-xl font-semibold text-ink">
                {s.article.references}
              </h2>
              <ol data-handout-refs="" className="mt-3 list-decimal grid gap-2 ps-7 text-[0.95rem] leading-relaxed marker:text-muted" />
            </section>
            <p className="handout-crisis mt-6 rounded-xl border-2 border-danger bg-danger-soft p-4 text-sm">
              <Rich text={h.crisis} locale={locale} />
            </p>
          </div>
        </section>
      </div>
      <section
        id="handout-picker"
        aria-labelledby="handout-picker-heading"
        className="no-print mt-10 lg:sticky lg:top-4 lg:mt-0 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:px-1 lg:pb-4"
      >
        <h2 id="handout-picker-heading" className="text-xl font-bold text-ink">
          {h.choose}
        </h2>
        <p className="mt-1 text-sm text-muted">{h.upTo(MAX_SECTIONS)}</p>
        <div data-handout-filter="" hidden className="mt-3">
          <label htmlFor="handout-filter" className="block font-semibold text-ink">
            {h.filter}
          </label>
          <input
            id="handout-filter"
            type="search"
            disabled
            autoComplete="off"
            aria-controls="handout-picker-list"
            className="mt-1 w-full rounded-lg border-2 border-line bg-page px-3 py-2 text-base text-ink focus:border-accent"
          />
          <p id="handout-filter-status" aria-live="polite" className="mt-1 min-h-[1.5em] text-sm text-muted" />
        </div>
        <div id="handout-picker-list" className="mt-2 grid gap-5">
          {[...groups.values()].map((list) => (
            <fieldset key={list[0]!.slug} data-group="" className="min-w-0">
              <legend className="font-semibold text-ink">{list[0]!.article.title}</legend>
              <ul className="mt-2 grid gap-1.5">
                {list.map((sec) => (
                  <li key={sec.key} data-key={sec.key} className="flex items-start gap-2 text-[0.95rem]">
                    <input
                      type="checkbox"
                      id={`pick-${sec.slug}--${sec.id}`}
                      value={sec.key}
                      disabled
                      className="js-only mt-1.5 h-4 w-4 shrink-0 accent-[var(--accent)]"
                    />
                    <label htmlFor={`pick-${sec.slug}--${sec.id}`} className="min-w-0 flex-1">
                      {sec.title}
                    </label>
                    <a href={sec.path} className="shrink-0 text-sm" aria-label={h.readLabel(sec.title)}>
                      {h.read}
                    </a>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
      </section>
      <Island name="handout" locale={locale} />
    </div>
  )
}
