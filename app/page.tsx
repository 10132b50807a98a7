import { PageFrame } from '@/components/layout/PageFrame'
import { getArticles } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site'

export const metadata = pageMetadata({ title: SITE_NAME, absolute: true, description: SITE_DESCRIPTION, path: '/', card: 'home' })

export default function HomePage() {
  const articles = getArticles()
  return (
    <PageFrame>
      <h1 className="text-3xl leading-tight font-bold text-ink sm:text-4xl">Ketamine treatment, explained plainly</h1>
      <p className="mt-4 text-lg">
        {SITE_NAME} is for people who are thinking about ketamine or esketamine (Spravato) treatment, and for the people who support them. We explain what it is,
        what the research shows, what the risks are and what a visit is like, in everyday words. Every medical claim links to its source.
      </p>
      <nav aria-labelledby="quick-answers" className="mt-6 rounded-xl border border-line bg-surface p-5">
        <h2 id="quick-answers" className="font-semibold text-ink">
          Quick answers
        </h2>
        <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
          <li>
            <a href="/articles/what-is-ketamine-therapy">What is ketamine therapy?</a>
          </li>
          <li>
            <a href="/articles/safety#common-effects">Side effects and risks</a>
          </li>
          <li>
            <a href="/articles/what-to-expect#the-session">What happens at a session</a>
          </li>
          <li>
            <a href="/articles/what-to-expect#cost">Cost and insurance</a>
          </li>
          <li>
            <a href="/articles/conditions">Which conditions it may help</a>
          </li>
          <li>
            <a href="/help">Get help now</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="what-this-is" className="mt-6 grid gap-4 sm:grid-cols-2">
        <div className="rounded-xl border border-line bg-surface p-5">
          <h2 id="what-this-is" className="font-semibold text-ink">
            What this site is
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>Independent education, written from published studies, drug labels and regulators.</li>
            <li>Honest about how strong the evidence is, including what is not known.</li>
            <li>Free, with no ads, no tracking and no clinic to sell you.</li>
          </ul>
        </div>
        <div className="rounded-xl border border-line bg-surface p-5">
          <h2 className="font-semibold text-ink">What it is not</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>Not medical advice, and not a substitute for a clinician who knows you.</li>
            <li>Not a guide to using ketamine on your own. We never give dosing instructions.</li>
            <li>Not crisis care. If you are in danger now, call or text 988 (US) or call 911.</li>
          </ul>
        </div>
      </section>
      <section aria-labelledby="articles" className="mt-10">
        <h2 id="articles" className="text-2xl font-bold text-ink">
          Read in this order
        </h2>
        <ol className="mt-4 space-y-3">
          {articles.map((a) => (
            <li key={a.slug} className="rounded-xl border border-line bg-surface p-5">
              <p className="text-sm font-semibold text-muted">Article {a.position}</p>
              <h3 className="mt-0.5 text-lg font-semibold">
                <a href={`/articles/${a.slug}`}>
                  {a.title}
                </a>
              </h3>
              <p className="mt-1">{a.description}</p>
            </li>
          ))}
        </ol>
      </section>
      <p className="mt-8">
        New words? The <a href="/glossary">glossary</a> explains {''}
        the medical terms used on this site, and forgives spelling mistakes.
      </p>
    </PageFrame>
  )
}
