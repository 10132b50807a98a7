// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { securityHeaders, toHeadersFile } from '@/lib/build/security-headers.mjs'
import { rebuildSiteUrl, recordedSiteUrl, servedSiteUrlNote } from '@/lib/build/build-record.mjs'
import { configuredSiteUrl } from '@/lib/pages/site'
import { localePath, TRANSLATED_LOCALES } from '@/lib/i18n/locales'
import { CLOUDFRONT_CSP_MAX, caddyfile, cloudFrontFunction, cloudFrontPolicy, nginxServer, writeDeployFolder } from '@/lib/build/host-configs.mjs'

// The headers the build writes to out/_headers, whatever lib/build/security-headers.mjs makes them.
const headers: Record<string, string> = securityHeaders()

describe('nginx server block', () => {
  const conf = nginxServer({ headers, root: '/srv/site', listen: '127.0.0.1:8080', siteUrl: 'https://ketamine.example.org/' })

  it('answers pages without a redirect, the 404 page on a miss, and never the host files', () => {
    expect(conf).toContain('listen 127.0.0.1:8080;')
    expect(conf).toContain('root /srv/site;')
    expect(conf).toContain('server_name ketamine.example.org;')
    expect(conf).toContain('try_files $uri $uri/index.html $uri.html =404;')
    expect(conf).toContain('error_page 404 /404.html;')
    expect(conf).toContain('location = /_headers { return 404; }')
    expect(conf).toMatch(/gzip on;/)
  })

  it('gives each translated edition its own not-found page, in nginx and in Caddy', () => {
    const withEditions = nginxServer({ headers, editions: TRANSLATED_LOCALES })
    const caddy = caddyfile({ headers, editions: TRANSLATED_LOCALES })
    for (const locale of TRANSLATED_LOCALES) {
      const folder = `${localePath(locale, '/')}/`
      const notFound = localePath(locale, '/404.html')
      const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
      expect(withEditions).toMatch(
        new RegExp(`location ${esc(folder)} \\{\\s+error_page 404 ${esc(notFound)};\\s+try_files \\$uri \\$uri\\/index\\.html \\$uri\\.html =404;\\s+\\}`),
      )
      expect(conf).not.toContain(notFound)
      // The edition's handler comes first: Caddy tries handle blocks with named matchers in order.
      expect(caddy.indexOf(`path('${folder}*')`), locale).toBeGreaterThan(-1)
      expect(caddy.indexOf(`rewrite * ${notFound}`), locale).toBeLessThan(caddy.indexOf('rewrite * /404.html'))
    }
  })

  it('sends every security header with `always`, again in each block that sets its own Cache-Control', () => {
    for (const [name, value] of Object.entries(headers)) {
      const line = `add_header ${name} "${value}" always;`
      // server level, /_next/static/, /islands/chunks/
      expect(conf.split(line).length - 1, name).toBe(3)
    }
    expect(conf).toContain('location ^~ /_next/static/ {\n')
    expect(conf).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;')
    expect(conf).toContain('add_header Cache-Control "no-cache" always;')
  })

  it('listens on port 80 for any name until told otherwise', () => {
    const plain = nginxServer({ headers })
    expect(plain).toContain('listen 80;')
    expect(plain).toContain('server_name _;')
  })

  it('refuses a value nginx would read as a variable or could not quote', () => {
    expect(() => nginxServer({ headers: { 'X-A': 'a$b' } })).toThrow(/X-A holds "\$"/)
    expect(() => nginxServer({ headers: { 'X-A': 'a"b' } })).toThrow(/cannot quote/)
    expect(() => nginxServer({ headers: { 'X A': 'b' } })).toThrow(/not a plain token/)
  })
})

describe('Caddyfile', () => {
  it('serves the site at SITE_URL with every header, the 404 page and no host files', () => {
    const file = caddyfile({ headers, siteUrl: 'https://ketamine.example.org' })
    expect(file).toMatch(/^ketamine\.example\.org \{$/m)
    for (const [name, value] of Object.entries(headers)) expect(file).toContain(`\t\t${name} "${value}"\n`)
    expect(file).toContain('try_files {path} {path}/index.html {path}.html')
    expect(file).toContain('@hostFiles path /_headers /_redirects')
    expect(file).toContain('rewrite * /404.html')
    expect(caddyfile({ headers })).toMatch(/^:80 \{$/m)
    expect(() => caddyfile({ headers: { 'X-A': '{path}' } })).toThrow(/cannot quote/)
  })
})

describe('CloudFront response headers policy', () => {
  it('puts the headers CloudFront models in SecurityHeadersConfig, the others in CustomHeadersConfig', () => {
    const policy = cloudFrontPolicy({
      headers: {
        'Content-Security-Policy': "default-src 'self'",
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'X-Frame-Options': 'DENY',
        'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Permissions-Policy': 'camera=()',
      },
    })
    expect(policy.SecurityHeadersConfig).toEqual({
      ContentSecurityPolicy: { Override: true, ContentSecurityPolicy: "default-src 'self'" },
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { Override: true, ReferrerPolicy: 'no-referrer' },
      FrameOptions: { Override: true, FrameOption: 'DENY' },
      StrictTransportSecurity: { Override: true, AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Preload: false },
    })
    expect(policy.CustomHeadersConfig).toEqual({
      Quantity: 2,
      Items: [
        { Header: 'Cross-Origin-Opener-Policy', Value: 'same-origin', Override: true },
        { Header: 'Permissions-Policy', Value: 'camera=()', Override: true },
      ],
    })
    expect(policy.Name).toMatch(/^[A-Za-z0-9_-]{1,128}$/)
  })

  it("takes every header of the site's own set", () => {
    const policy = cloudFrontPolicy({ headers })
    expect(Object.keys(policy.SecurityHeadersConfig).length + policy.CustomHeadersConfig.Quantity).toBe(Object.keys(headers).length)
  })

  it('refuses what CloudFront would refuse', () => {
    expect(() => cloudFrontPolicy({ headers: { 'Content-Security-Policy': 'x'.repeat(CLOUDFRONT_CSP_MAX + 1) } })).toThrow(/CloudFront takes 1783/)
    expect(() => cloudFrontPolicy({ headers: { 'Referrer-Policy': 'never' } })).toThrow(/not one CloudFront offers/)
    expect(() => cloudFrontPolicy({ headers: { 'X-Frame-Options': 'ALLOW-FROM x' } })).toThrow(/DENY or SAMEORIGIN/)
  })
})

describe('CloudFront viewer-request function', () => {
  const handler = new Function(`${cloudFrontFunction()}; return handler`)() as (e: { request: { uri: string } }) => { uri: string }
  const uri = (u: string) => handler({ request: { uri: u } }).uri

  it('maps page addresses to their index.html and leaves files alone', () => {
    expect(uri('/')).toBe('/index.html')
    expect(uri('/articles/safety')).toBe('/articles/safety/index.html')
    expect(uri('/articles/safety/')).toBe('/articles/safety/index.html')
    for (const locale of TRANSLATED_LOCALES) expect(uri(localePath(locale, '/'))).toBe(`${localePath(locale, '/')}/index.html`)
    expect(uri('/og/articles/safety.png')).toBe('/og/articles/safety.png')
    expect(uri('/sitemap.xml')).toBe('/sitemap.xml')
    expect(uri('/_headers')).not.toBe('/_headers')
  })
})

describe('the deploy folder', () => {
  it('holds every config and the SITE_URL of the build', () => {
    const site = mkdtempSync(join(tmpdir(), 'deploy-'))
    const out = join(site, 'out')
    const dir = join(site, 'deploy')
    mkdirSync(out)
    writeFileSync(join(out, '_headers'), toHeadersFile(headers))
    const files = writeDeployFolder({ out, siteUrl: ' https://ketamine.example.org/ ' })
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual([
      'Caddyfile',
      'build.json',
      'cloudfront-function.js',
      'cloudfront-response-headers-policy.json',
      'nginx.conf',
    ])
    expect(JSON.parse(readFileSync(join(dir, 'build.json'), 'utf8')).siteUrl).toBe('https://ketamine.example.org')
    expect(JSON.parse(readFileSync(join(dir, 'cloudfront-response-headers-policy.json'), 'utf8'))).toEqual(cloudFrontPolicy({ headers }))
    writeDeployFolder({ out })
    expect(JSON.parse(readFileSync(join(dir, 'build.json'), 'utf8')).siteUrl).toBeNull()
  })
})

describe('the SITE_URL a rebuild by npm start uses', () => {
  const file = 'deploy/build.json'

  it('keeps the recorded one when the environment has none, and says so', () => {
    const r = rebuildSiteUrl({ recorded: 'https://ketamine.example.org', env: undefined, file })
    expect(r.siteUrl).toBe('https://ketamine.example.org')
    expect(r.message).toBe(
      'Rebuilding with SITE_URL=https://ketamine.example.org, the address the last build was made for (deploy/build.json); set SITE_URL to build for another.',
    )
  })

  it("takes the environment's when it differs, and names both", () => {
    const r = rebuildSiteUrl({ recorded: 'https://a.example.org', env: 'https://b.example.org/', file })
    expect(r.siteUrl).toBe('https://b.example.org')
    expect(r.message).toBe(
      'Rebuilding with SITE_URL=https://b.example.org from the environment; the last build was made for https://a.example.org (deploy/build.json).',
    )
  })

  it('says nothing when there is nothing to choose', () => {
    expect(rebuildSiteUrl({ recorded: 'https://a.example.org', env: 'https://a.example.org', file })).toEqual({
      siteUrl: 'https://a.example.org',
      message: null,
    })
    expect(rebuildSiteUrl({ recorded: null, env: '', file })).toEqual({ siteUrl: null, message: null })
    expect(rebuildSiteUrl({ recorded: undefined, env: 'https://b.example.org', file })).toEqual({ siteUrl: 'https://b.example.org', message: null })
  })

  it('reads the record the deploy folder holds, and tells an up-to-date build served under another SITE_URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'record-'))
    expect(recordedSiteUrl(join(dir, 'build.json'))).toBeUndefined()
    writeFileSync(join(dir, 'build.json'), JSON.stringify({ siteUrl: 'https://a.example.org' }))
    expect(recordedSiteUrl(join(dir, 'build.json'))).toBe('https://a.example.org')
    writeFileSync(join(dir, 'build.json'), JSON.stringify({ siteUrl: null }))
    expect(recordedSiteUrl(join(dir, 'build.json'))).toBeNull()
    expect(servedSiteUrlNote({ recorded: null, env: 'https://b.example.org' })).toBe(
      'Serving the build made for http://localhost (no SITE_URL): SITE_URL=https://b.example.org applies from the next build (npm run build).',
    )
    expect(servedSiteUrlNote({ recorded: 'https://b.example.org', env: 'https://b.example.org' })).toBeNull()
    expect(servedSiteUrlNote({ recorded: 'https://b.example.org', env: undefined })).toBeNull()
  })
})

describe('configuredSiteUrl (the handout QR codes and printed links)', () => {
  it('is the build’s SITE_URL without a trailing slash, or nothing, so the browser uses the current address', () => {
    const before = process.env.SITE_URL
    try {
      process.env.SITE_URL = ' https://ketamine.example.org/ '
      expect(configuredSiteUrl()).toBe('https://ketamine.example.org')
      process.env.SITE_URL = ''
      expect(configuredSiteUrl()).toBeUndefined()
      delete process.env.SITE_URL
      expect(configuredSiteUrl()).toBeUndefined()
    } finally {
      if (before === undefined) delete process.env.SITE_URL
      else process.env.SITE_URL = before
    }
  })
})
