import { PageFrame } from '@/components/layout/PageFrame'
import { getArticles } from '@/lib/content'

export const metadata = { title: 'Page not found' }

export default function NotFound() {
  return (
    <PageFrame>
      <h1 className="text-3xl font-bold text-ink">We could not find that page</h1>
      <p className="mt-4 text-lg">The link may be old or mistyped. These pages may help:</p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        {getArticles().map((a) => (
          <li key={a.slug}>
            <a href={`/articles/${a.slug}`}>
              {a.title}
            </a>
          </li>
        ))}
        <li>
          <a href="/glossary">
            Glossary of terms
          </a>
        </li>
        <li>
          <a href="/">
            Home page
          </a>
        </li>
      </ul>
      <p className="mt-6">If you are in crisis, you do not need this site: in the US call or text 988, or call 911 if you are in danger.</p>
    </PageFrame>
  )
}
