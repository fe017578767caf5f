import type { PageData } from '../../../src/lib/content/page-schema.ts';
import type { SourceEntry } from '../../../src/lib/routing/route.ts';

/** Frontmatter fields beyond the key; the schema's own tests check their types. */
type Extra = { kind?: PageData['kind'] } & Record<string, unknown>;

/**
 * A content entry as the loader would give it: `id` is the path inside the
 * content folder, `filePath` the path editors see in messages.
 */
export function entry(id: string, key: string, extra: Extra = {}): SourceEntry {
  const kind = extra.kind ?? (/^[a-z]+\/index\.mdx$/.test(id) ? 'home' : 'page');
  const data = { title: `Title of ${id}`, description: `About ${id}`, ...extra, kind, key } as PageData;
  return { id, filePath: `content/${id}`, data };
}

/** A fingerprint no original has: translations made with it are outdated once originals have one. */
export const STALE_VERSION = '000000000000';

/** An English translation of the French page with the same key. */
export function translation(id: string, key: string, extra: Extra = {}): SourceEntry {
  return entry(id, key, { translated: { from: 'fr', version: STALE_VERSION }, ...extra });
}

/** A small bilingual site: home, a section, and a page in it, in both languages. */
export function bilingualBase(): SourceEntry[] {
  return [
    entry('fr/index.mdx', 'home'),
    translation('en/index.mdx', 'home'),
    entry('fr/accord/index.mdx', 'agreement', { kind: 'agreement' }),
    translation('en/agreement/index.mdx', 'agreement', { kind: 'agreement' }),
    entry('fr/actualites/index.mdx', 'news', { kind: 'news-index' }),
    translation('en/news/index.mdx', 'news', { kind: 'news-index' }),
  ];
}
