import { PageFrame } from '@/components/layout/PageFrame'
import { SITE_NAME } from '@/lib/site'
import { pageMetadata } from '@/lib/metadata'

export const metadata = pageMetadata({
  title: 'About this site, our editorial policy and your privacy',
  description: 'Who writes this site, how content is sourced, written and reviewed, and why nothing you do here is tracked.',
  path: '/about',
  card: 'about',
})

export default function AboutPage() {
  return (
    <PageFrame>
      <div className="prose max-w-measure">
        <h1>About this site</h1>
        <p>
          {SITE_NAME} explains ketamine and esketamine treatment to patients and families in plain language. It is written by a small independent editorial team. We
          do not run a clinic, sell treatment, take advertising or accept money from drug makers.
        </p>
        <h2 id="editorial-policy">How we write and check pages</h2>
        <ul>
          <li>
            <strong>Sources first.</strong> Every fact comes from a published source: drug labels and regulators (the US Food and Drug Administration and Drug
            Enforcement Administration), systematic reviews, randomized trials and consensus statements. A clinic&apos;s blog is never a source.
          </li>
          <li>
            <strong>Every claim is cited.</strong> Numbers, dates, approvals, benefits and risks carry a numbered citation that links to the reference, with a DOI,
            PubMed or regulator link so you can check it. See <a href="/sources">every source we cite</a>.
          </li>
          <li>
            <strong>Honest about evidence.</strong> We say whether a use is approved by the FDA, used off-label with trial support, or still early research. We put
            risks beside benefits.
          </li>
          <li>
            <strong>Plain language, measured.</strong> We aim for a reading grade of 6 to 7 and never above 8. A check in our build measures every article and fails
            if it is too hard to read.
          </li>
          <li>
            <strong>Our own words.</strong> We write every sentence ourselves. We do not copy text, invent patient stories or use testimonials.
          </li>
          <li>
            <strong>Review dates.</strong> Each article shows when it was last reviewed, by whom, and when its next review is due, at most 12 months later. We also
            review a page when a drug label, a safety program or an FDA warning changes.
          </li>
        </ul>
        <p>
          Today the pages are reviewed by our editorial team. When a named clinician reviews a page, the page will say so with their credentials. We will never claim
          a review that did not happen.
        </p>
        <h2 id="corrections">Corrections</h2>
        <p>
          If you find a mistake, tell your care team, and tell us. We correct errors and note the change in the page&apos;s review information.
        </p>
        <h2 id="privacy">Your privacy</h2>
        <p>What you read about your health is private. This site is built so that nothing about your visit is collected:</p>
        <ul>
          <li>No cookies, no analytics, no advertising and no tracking pixels.</li>
          <li>Every file comes from this site. We load nothing from other companies, not even fonts.</li>
          <li>Searches in the glossary happen on your own device. They are not sent anywhere.</li>
          <li>Links to other sites do not tell them which page you came from.</li>
        </ul>
        <h2 id="not-advice">Education, not medical advice</h2>
        <p>
          This site cannot know your health, your medicines or your history. Use it to prepare questions for a licensed clinician, and make decisions together with
          them. Do not start, stop or change a medicine on your own.
        </p>
      </div>
    </PageFrame>
  )
}
