import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

describe('public/_headers', () => {
  it('is in the format Netlify and Cloudflare Pages read', () => {
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/_astro/*']);
  });

  it('sends the security headers with every response', () => {
    const headers = headersFor(rules, '/fr/accord/');
    expect(Object.keys(headers).sort()).toEqual(
      [
        'Content-Security-Policy',
        'Cross-Origin-Opener-Policy',
        'Permissions-Policy',
        'Referrer-Policy',
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'X-Frame-Options',
      ].sort(),
    );
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
  });

  it('allows no inline script and no other origin', () => {
    const csp = headersFor(rules, '/')['Content-Security-Policy'];
    const directives = new Map(
      (csp ?? '').split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    for (const values of directives.values()) expect(values.join(' ')).not.toMatch(/https?:|\*/);
  });

  it('lets fingerprinted assets be cached for a year', () => {
    expect(headersFor(rules, '/_astro/page.B2zY4vRx.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/fr/')['Cache-Control']).toBeUndefined();
  });
});

describe('parseHeadersFile', () => {
  it('names the line that does not fit the format', () => {
    expect(() => parseHeadersFile('/*\nX-Frame-Options DENY\n')).toThrow('Line 2: a path pattern starts with "/".');
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow('Line 2: expected "  Name: value" under a path.');
  });
});
