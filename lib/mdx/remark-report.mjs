// @ts-check
// The last remark plugin of the build. The plugins before it record every problem they find with
// file.message (lib/content/problems.mjs) instead of stopping at the first; this turns them into
// one error, so a content mistake fails `next build` and shows in `next dev`'s error overlay as one
// readable message (file:line:column, what was expected, the fix). The content check runs the
// same plugins without this one and reports the problems itself.
import { ContentProblems, OVERLAY_WIDTH } from '../content/problems.mjs'

export default function remarkReport() {
  return (/** @type {unknown} */ _tree, /** @type {import('vfile').VFile} */ file) => {
    const problems = file.messages.filter((m) => m.fatal)
    if (problems.length)
      throw new ContentProblems(problems, { width: OVERLAY_WIDTH, hint: 'See content/README.md, or run npm run check:content for every file.' })
  }
}
