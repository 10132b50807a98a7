import createMDX from '@next/mdx'
import { remarkPluginSpecs } from './lib/mdx/pipeline.mjs'

// The site is a static export: `next build` writes `out/`, which any static host or CDN serves
// as-is. scripts/postbuild.mjs then removes the framework runtime from every page and writes the
// security headers (`out/_headers`, from lib/security-headers.mjs); `npm start` serves `out/`.
//
// NEXT_SERVER_BUILD=1 builds the same site for `next start` into `.next-server/` instead. Only the
// benchmark uses it, to compare the static server with Next's own server on the same content.
const serverBuild = process.env.NEXT_SERVER_BUILD === '1'

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...(serverBuild ? { distDir: '.next-server' } : { output: 'export' }),
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  poweredByHeader: false,
  reactStrictMode: true,
  // citation-js is a CommonJS library used only at build time by server components.
  serverExternalPackages: ['@citation-js/core', '@citation-js/plugin-csl'],
  experimental: {
    // Inline the (small) stylesheet into each page: removes a render-blocking request, which
    // measured about 1.9x -> 1.1x of the no-JS LCP floor on this stack. The CSP allows it by hash.
    inlineCss: true,
    // Two root layouts (English and Spanish) leave no single layout for unmatched URLs:
    // app/global-not-found.tsx is the whole 404 document.
    globalNotFound: true,
  },
}

const withMDX = createMDX({ options: { remarkPlugins: remarkPluginSpecs } })

export default withMDX(nextConfig)
