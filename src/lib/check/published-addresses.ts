import { readFileSync } from 'node:fs';
import { asFolder } from '../content/redirection-schema.ts';

/**
 * The addresses the site published last, from `file`: the published site's
 * sitemap (CI fetches it before building), or a plain list, one address a
 * line (absolute, or from the site's root). They come back as editors write
 * them: from the root, without the domain and without `base`, the path the
 * site is published under.
 */
export function readPublishedAddresses(file: string, base: string): string[] {
  const text = readFileSync(file, 'utf8');
  const locations = [...text.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((match) => unescapeXml(match[1] ?? ''));
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return (text.includes('<urlset') ? locations : lines).map((address) => asWritten(address, base));
}

/** `https://example.org/partenariat/fr/accord/` (base `/partenariat/`) → `/fr/accord/`. */
function asWritten(address: string, base: string): string {
  const path = decodeURI(new URL(address, 'http://site.invalid').pathname);
  return asFolder(path.startsWith(base) ? `/${path.slice(base.length)}` : path);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
