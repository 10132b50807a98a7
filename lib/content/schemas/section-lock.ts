import { z } from 'zod'

/** `content/section-ids.lock.json`: every section id that exists, and redirects for renamed ones. */
export const sectionLockSchema = z.strictObject({
  sections: z
    .record(z.string(), z.array(z.string()))
    .describe('Per article slug, every section id it has ever had, in order. `npm run lock:sections` adds new ids; never remove one.'),
  redirects: z
    .record(z.string(), z.record(z.string(), z.string()))
    .default({})
    .describe(
      'Per article slug, `"old-id": "new-id"` for ids that were renamed or removed. Each must point to a section that exists now (never to another redirected id). `npm run lock:sections` writes these when you rename a pinned id.',
    ),
})

export type SectionLock = z.output<typeof sectionLockSchema>
