import { useTranslations } from '../../i18n/index.ts';
import { sourceLocale, type Locale } from '../../i18n/locales.ts';
import type { Redirection } from '../content/redirection-schema.ts';

/*
 * The old addresses of content/redirections.yaml, in the forms hosts
 * understand: a `_redirects` file, which Netlify and Cloudflare Pages read
 * (a permanent redirect, 301, as search engines expect of a moved page),
 * and, for hosts without redirects (GitHub Pages), a small page at each old
 * address that sends the browser on (meta refresh), tells search engines
 * where the page now is (canonical) and not to index it (noindex), and
 * gives a plain link for whoever is not sent on.
 */

/** The `_redirects` file of `redirections`, with the base path the site is published under. */
export function redirectsFile(redirections: readonly Redirection[], base: string): string {
  const lines = redirections.map(({ from, to }) => `${withBase(from, base)} ${withBase(to, base)} 301`);
  return `# Written by the build from content/redirections.yaml: edit that file instead.\n${lines.join('\n')}\n`;
}

/** The redirect page of `redirection`, in `lang` (the language of the page it leads to). */
export function redirectPage(redirection: Redirection, base: string, site: URL, lang: Locale = sourceLocale): string {
  const t = useTranslations(lang);
  const target = withBase(redirection.to, base);
  const absolute = escapeHtml(new URL(target, site).href);
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(t('redirect.title'))}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${absolute}">`,
    `<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">`,
    '</head>',
    '<body>',
    `<main><h1>${escapeHtml(t('redirect.title'))}</h1><p>${escapeHtml(t('redirect.message'))} <a href="${escapeHtml(target)}">${absolute}</a></p></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** `/fr/accord/` under `/partenariat/` → `/partenariat/fr/accord/`. */
function withBase(address: string, base: string): string {
  return `${base}${address.slice(1)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
