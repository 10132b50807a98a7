import type { Metadata } from 'next'
import { PageFrame } from '@/components/layout/PageFrame'
import { CRISIS, SITE_NAME } from '@/lib/site'

export const metadata: Metadata = {
  title: 'Get help now',
  description: 'If you are thinking about suicide or are in danger: call or text 988 in the US, call 911 in an emergency, or find a free helpline in your country.',
  alternates: { canonical: '/help' },
  openGraph: { title: 'Get help now', description: 'Call or text 988 in the US. In an emergency, call 911.', url: '/help', siteName: SITE_NAME },
  twitter: { card: 'summary', title: 'Get help now', description: 'Call or text 988 in the US. In an emergency, call 911.' },
}

/** Crisis help, one tap away from every page (the header's "Get help now"). */
export default function HelpPage() {
  return (
    <PageFrame current="help">
      <h1 className="text-3xl leading-tight font-bold text-ink">Get help now</h1>
      <p className="mt-3 text-lg">You are not alone, and you do not have to wait. These services are free, private and open day and night.</p>

      <section aria-labelledby="suicide-help" className="mt-6 rounded-xl border-2 border-accent bg-accent-soft p-5">
        <h2 id="suicide-help" className="text-xl font-bold text-ink">
          If you are thinking about suicide
        </h2>
        <p className="mt-1">In the US, the 988 Suicide &amp; Crisis Lifeline answers calls and texts, any time.</p>
        <ul className="help-actions mt-4 grid gap-3 sm:grid-cols-3">
          <li>
            <a href={CRISIS.us.href} className="help-action">
              Call{'\u00a0'}988
            </a>
          </li>
          <li>
            <a href={CRISIS.us.sms} className="help-action">
              Text 988
            </a>
          </li>
          <li>
            <a href={CRISIS.us.chat} className="help-action help-action-quiet">
              Chat at 988lifeline.org
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="danger-help" className="mt-6 rounded-xl border-2 border-danger bg-danger-soft p-5">
        <h2 id="danger-help" className="text-xl font-bold text-ink">
          If you are in danger right now
        </h2>
        <p className="mt-1">If you might act on thoughts of suicide, or someone is badly hurt or not breathing, call 911 or go to the nearest emergency department.</p>
        <p className="mt-4">
          <a href={CRISIS.emergency.href} className="help-action help-action-danger">
            Call{'\u00a0'}911
          </a>
        </p>
      </section>

      <section aria-labelledby="elsewhere-help" className="mt-6 rounded-xl border border-line bg-surface p-5">
        <h2 id="elsewhere-help" className="text-xl font-bold text-ink">
          Outside the US
        </h2>
        <ul className="mt-2 list-disc space-y-2 pl-5">
          <li>
            In Canada, call <a href={CRISIS.canada.href}>9&#8209;8&#8209;8</a> or text <a href={CRISIS.canada.sms}>9&#8209;8&#8209;8</a>, any time.
          </li>
          <li>
            Anywhere else, find a free helpline in your country at <a href={CRISIS.international}>findahelpline.com</a>, or call your local emergency number.
          </li>
        </ul>
      </section>

      <section aria-labelledby="treatment-help" className="mt-6">
        <h2 id="treatment-help" className="text-xl font-bold text-ink">
          After a ketamine or Spravato treatment
        </h2>
        <p className="mt-2">
          Some problems after a dose need a call to 911, and some need a call to your care team today. The signs are listed in{' '}
          <a href="/articles/safety#when-to-get-help">when to get help after a treatment</a>.
        </p>
      </section>
    </PageFrame>
  )
}
