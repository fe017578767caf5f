import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, readHeaderRules } from '../helpers/headers-file.ts';

/* public/_headers (and netlify.toml), read by Netlify's own parser as a host reads them. */

const rules = await readHeaderRules('public');
const page = headersFor(rules, '/fr/accord/');

/** A Content-Security-Policy as a map of directive name to its values. */
function directives(csp = ''): Map<string, string[]> {
  return new Map(
    csp.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('public/_headers', () => {
  it('has one rule for every response, one for SVG drawings and one for fingerprinted assets', () => {
    expect(rules.map((rule) => rule.for)).toEqual(['/*', '/*.svg', '/_astro/*']);
  });

  it('sends the security headers with every response', () => {
    expect(Object.keys(page).sort()).toEqual(
      [
        'Cross-Origin-Opener-Policy',
        'Cross-Origin-Resource-Policy',
        'Permissions-Policy',
        'Referrer-Policy',
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'X-Frame-Options',
      ].sort(),
    );
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(page['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
  });

  it('names no retired browser feature in the Permissions-Policy', () => {
    expect(page['Permissions-Policy']).not.toContain('interest-cohort');
    expect(page['Permissions-Policy']).toContain('browsing-topics=()');
  });

  it('leaves pages’ policy to their own <meta>, and keeps them out of frames', () => {
    // A Content-Security-Policy header here would be a second policy on the search pages, blocking Pagefind's WebAssembly.
    expect(page['Content-Security-Policy']).toBeUndefined();
    expect(page['X-Frame-Options']).toBe('DENY');
  });

  it.each([
    '/_astro/partner-b.CuF-y2Ho_Z5l9mY.svg',
    '/fr/carte-du-corridor-paysage.svg',
    '/partenariat/en/corridor-map-portrait.svg',
    '/favicon.svg',
  ])('lets an SVG opened on its own (%s) run nothing and load nothing, with its inline style only', (path) => {
    const svg = headersFor(rules, path);
    const csp = directives(svg['Content-Security-Policy']);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // The map drawings style themselves with one inline <style>; nothing else is allowed.
    expect([...csp.keys()].sort()).toEqual(['default-src', 'frame-ancestors', 'style-src']);
    expect(csp.get('style-src')).toEqual(["'unsafe-inline'"]);
    expect(svg['X-Content-Type-Options']).toBe('nosniff');
  });

  it('sets no header twice for one path, where hosts would disagree', () => {
    for (const path of [
      '/',
      '/fr/recherche/',
      '/en/search/',
      '/_astro/page.B2zY4vRx.css',
      '/_astro/logo.B2zY4vRx.svg',
      '/fr/carte-du-corridor-paysage.svg',
      '/pagefind/pagefind.js',
    ]) {
      expect(() => headersFor(rules, path)).not.toThrow();
    }
  });

  it('lets fingerprinted assets be cached for a year, and nothing else', () => {
    expect(headersFor(rules, '/_astro/page.B2zY4vRx.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(page['Cache-Control']).toBeUndefined();
  });
});

describe('headersFor', () => {
  it('refuses a header that two matching rules set', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'headers-'));
    writeFileSync(join(folder, '_headers'), '/*\n  X-Frame-Options: DENY\n/fr/*\n  X-Frame-Options: SAMEORIGIN\n');
    const twice = await readHeaderRules(folder, join(folder, 'netlify.toml'));
    expect(headersFor(twice, '/en/')).toEqual({ 'X-Frame-Options': 'DENY' });
    expect(() => headersFor(twice, '/fr/')).toThrow('/fr/: X-Frame-Options is set by both /* and /fr/*; hosts would disagree.');
  });
});

describe('netlify.toml', () => {
  const config = readFileSync('netlify.toml', 'utf8');

  it('builds with the README’s command and publishes dist/', () => {
    expect(config).toMatch(/^\s*publish = "dist"$/m);
    expect(config).toMatch(/^\s*command = '.*npm run build'$/m);
  });
});
