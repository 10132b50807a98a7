import { Island } from '@/components/islands/Island'
import { MAX_SECTIONS } from '@/lib/handout'
import type { RetiredSection, Section } from '@/lib/sections'
import { CRISIS, SITE_NAME } from '@/lib/site'

/**
 * The handout page, server-rendered. Without JavaScript it is a list of every section with a link
 * (and says that building a handout needs JavaScript). The `handout` island (components/islands/
 * handout.ts) turns the list into checkboxes with a filter, reads and writes the selection in the
 * URL (?s=), and fills the handout area with the chosen sections.
 */
export function HandoutBuilder({ sections, retired }: { sections: Section[]; retired: RetiredSection[] }) {
  const groups = new Map<string, Section[]>()
  for (const s of sections) groups.set(s.slug, [...(groups.get(s.slug) ?? []), s])
  const redirects = Object.fromEntries(retired.map((r) => [r.key, r.to.key]))
  return (
    <div id="handout-page" data-retired={JSON.stringify(redirects)} className="lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-10">
      <div className="min-w-0">
        <header className="no-print">
          <h1 className="text-3xl leading-tight font-bold text-ink sm:text-4xl">Make a handout</h1>
          <p className="mt-3 text-lg">
            For clinicians: choose the sections a patient needs, then print them or send the link. Each section keeps its sources, its review date and a QR code that
            opens it online.
          </p>
          <p className="mt-2 text-muted">Nothing is saved. The sections you choose live only in this page’s address, so you can bookmark it or send it.</p>
          <p className="no-js mt-4 rounded-xl border-2 border-warn bg-warn-soft p-4">
            <strong>Building a handout needs JavaScript</strong>, which is off or not working in this browser. You can still open any section below and print it from
            your browser.
          </p>
        </header>
        <div id="handout-notice" role="status" className="no-print mt-4 rounded-xl border-2 border-warn bg-warn-soft p-4 empty:hidden" />
        <section id="handout" aria-label="Handout" hidden className="mt-6">
          <div className="handout-toolbar no-print flex flex-wrap items-center gap-2 rounded-xl border border-line bg-surface p-3">
            <p data-handout-count="" className="mr-auto font-semibold text-ink" />
            <button type="button" data-handout-print="" className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink hover:opacity-90">
              Print
            </button>
            <button type="button" data-handout-copy="" className="rounded-lg border-2 border-line px-3 py-1.5 font-semibold text-ink hover:border-accent">
              Copy link<span className="sr-only"> to this handout</span>
            </button>
          </div>
          <p data-handout-empty="" hidden className="mt-4 rounded-xl border border-line bg-surface p-5">
            No sections chosen yet. Tick the sections you want in the list of sections.
          </p>
          <p data-handout-loading="" hidden className="mt-4 text-muted">
            Loading the sections…
          </p>
          <div id="handout-doc" className="handout-doc mt-6">
            <div className="handout-masthead">
              <p className="font-bold text-ink">{SITE_NAME} · Handout</p>
              <p className="text-sm text-muted">Education, not medical advice. Talk with your care team before you start, stop or change a treatment.</p>
              <p data-handout-url="" className="print-only print-line" />
            </div>
            <div data-handout-sections="" />
            <section id="references" aria-labelledby="handout-references" className="references handout-references not-prose mt-8 border-t border-line pt-4" hidden>
              <h2 id="handout-references" className="text-xl font-semibold text-ink">
                References
              </h2>
              <ol data-handout-refs="" className="mt-3 list-decimal space-y-2 pl-7 text-[0.95rem] leading-relaxed marker:text-muted" />
            </section>
            <p className="handout-crisis mt-6 rounded-xl border-2 border-danger bg-danger-soft p-4 text-sm">
              <strong>If you are thinking about suicide or are in crisis:</strong> in the US, call or text {CRISIS.us.call}. In an emergency, call{' '}
              {CRISIS.emergency.call} or go to the nearest emergency department.
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
          Choose sections
        </h2>
        <p className="mt-1 text-sm text-muted">Up to {MAX_SECTIONS} sections, in the order you tick them.</p>
        <div data-handout-filter="" hidden className="mt-3">
          <label htmlFor="handout-filter" className="block font-semibold text-ink">
            Filter by title
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
        <div id="handout-picker-list" className="mt-2 space-y-5">
          {[...groups.values()].map((list) => (
            <fieldset key={list[0]!.slug} data-group="" className="min-w-0">
              <legend className="font-semibold text-ink">{list[0]!.article.title}</legend>
              <ul className="mt-2 space-y-1.5">
                {list.map((s) => (
                  <li key={s.key} data-key={s.key} className="flex items-start gap-2 text-[0.95rem]">
                    <input type="checkbox" id={`pick-${s.slug}--${s.id}`} value={s.key} disabled className="js-only mt-1.5 h-4 w-4 shrink-0 accent-[var(--accent)]" />
                    <label htmlFor={`pick-${s.slug}--${s.id}`} className="min-w-0 flex-1">
                      {s.title}
                    </label>
                    <a href={s.path} className="shrink-0 text-sm" aria-label={`Read: ${s.title}`}>
                      Read
                    </a>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
      </section>
      <Island name="handout" />
    </div>
  )
}
