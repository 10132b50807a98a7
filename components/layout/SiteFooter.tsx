import { CrisisNumber } from '@/components/mdx/CrisisNumber'
import { CRISIS, SITE_NAME } from '@/lib/site'

/** Crisis help on every page, a short "education, not medical advice" note, and site links. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 sm:px-6 md:grid-cols-[3fr_2fr]">
        <section aria-labelledby="crisis-help" className="rounded-xl border-2 border-danger bg-danger-soft p-5">
          <h2 id="crisis-help" className="text-lg font-bold text-ink">
            If you are thinking about suicide or are in crisis
          </h2>
          <ul className="mt-2 space-y-1.5">
            <li>
              <strong>In the US:</strong> call or text <CrisisNumber number="988" /> (Suicide &amp; Crisis Lifeline), or chat at{' '}
              <a href={CRISIS.us.chat}>988lifeline.org</a>. It is free and open 24/7.
            </li>
            <li>
              <strong>In immediate danger:</strong> call <CrisisNumber number="911" /> or go to the nearest emergency department.
            </li>
            <li>
              <strong>In Canada:</strong> call or text <CrisisNumber number="9-8-8" />.
            </li>
            <li>
              <strong>Elsewhere:</strong> find a free helpline in your country at <a href={CRISIS.international}>findahelpline.com</a>, or call your local emergency
              number.
            </li>
          </ul>
          <p className="mt-3 text-sm">Ketamine treatment is not emergency care. It does not replace a crisis line, an emergency department or a hospital stay.</p>
        </section>
        <div className="space-y-3 text-sm text-muted">
          <p>
            <strong className="text-ink">Education, not medical advice.</strong> {SITE_NAME} explains; it does not diagnose or treat. Decide about treatment with a
            licensed clinician, and do not start, stop or change a medicine on your own.
          </p>
          <p>No ads, no trackers, no cookies. Nothing you read here is recorded.</p>
          <nav aria-label="Site">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              <li>
                <a href="/about">
                  About and editorial policy
                </a>
              </li>
              <li>
                <a href="/sources">
                  All sources
                </a>
              </li>
              <li>
                <a href="/glossary">
                  Glossary
                </a>
              </li>
              <li>
                <a href="/handout">
                  Handout builder (for clinicians)
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </footer>
  )
}
