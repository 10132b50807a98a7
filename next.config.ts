import createMDX from '@next/mdx'
import type { NextConfig } from 'next'
import path from 'node:path'
import { pipelineCode, pipelineData } from './lib/mdx/options'

// The site is a static export: `next build` writes `out/`, which any static host or CDN serves
// as-is. scripts/postbuild.mjs then removes the framework runtime from every page, writes each
// page's own security policy into it, and writes the security headers (`out/_headers`, from
// lib/build/security-headers.mjs); `npm start` serves `out/`.

const nextConfig: NextConfig = {
  output: 'export',
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  poweredByHeader: false,
  reactStrictMode: true,
  // citation-js is a CommonJS library used only at build time by server components.
  serverExternalPackages: ['@citation-js/core', '@citation-js/plugin-csl'],
  // No second type check inside `next build`: `npm test` (and `npm run typecheck`) already run
  // `next typegen && tsc --noEmit` over the same files and route types before any build, so the
  // build's own "Running TypeScript" step only repeated it (about a minute on 2 cores).
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Turbopack's build cache (Next 16's default) in .next/cache: a build recompiles only what
    // changed. The articles' MDX depends on the content data and the pipeline's code, which reach
    // the loader as its options (below), so a change to either recompiles them.
    turbopackFileSystemCacheForBuild: true,
    // Inline the stylesheet (under 20 KB) into each page: no render-blocking request. Side by side
    // with one external stylesheet (issue 22, `npm run bench`): article LCP 1.04x the no-script
    // floor inline, 2.2x external. Each page's own policy (a <meta http-equiv> written by the
    // post-build step) allows it by hash, so no host config holds anything a build changes.
    inlineCss: true,
    // Two root layouts (English and Spanish) leave no single layout for unmatched URLs:
    // app/global-not-found.tsx is the whole 404 document.
    globalNotFound: true,
  },
}

// The article pipeline is one remark plugin (lib/mdx/pipeline.mjs), named by its absolute path:
// Turbopack takes plugins as paths (a relative one would be resolved against each .mdx file) and
// options as JSON. Its options are its data, from the validated loaders (lib/mdx/options.ts; no
// plugin reads a file), plus a hash of its own code. Both are inputs of Turbopack's build cache: a
// build after an edit to content/references.json, the glossary, the lock or a plugin recompiles
// the articles with the new data, with no need to delete .next.
const pipeline = path.join(process.cwd(), 'lib/mdx/pipeline.mjs')
const withMDX = createMDX({ options: { remarkPlugins: [[pipeline, { ...pipelineData(), code: pipelineCode(), pages: true }]] } })

export default withMDX(nextConfig)
