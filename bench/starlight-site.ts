/**
 * The synthetic pages as content of the Starlight site in bench/starlight/,
 * so both sites build the same text. Starlight pairs a page with its
 * translation by path, not by key: each English translation is written at
 * its French original's path under `en/`.
 */
import { mdxFile, type ContentFile, type SyntheticPage } from './synthetic-site.ts';

/** The Starlight content files (under `src/content/docs/`) for `pages`. */
export function starlightFiles(pages: readonly SyntheticPage[]): ContentFile[] {
  const pathOf = starlightPathOf(pages);
  return pages.map((page) => ({ path: pathOf(page), text: mdxFile(starlightFrontmatterOf(page), page.body) }));
}

/**
 * Where Starlight's copy of each of `pages` sits under `src/content/docs/`:
 * a French page at its own path, a translation at its original's under `en/`.
 */
export function starlightPathOf(pages: readonly SyntheticPage[]): (page: SyntheticPage) => string {
  const frenchPathByKey = new Map(pages.filter((page) => page.lang === 'fr').map((page) => [page.key, page.path]));
  return (page) => {
    const frenchPath = frenchPathByKey.get(page.key);
    if (frenchPath === undefined) throw new Error(`${page.path} has no French original to take its path from.`);
    return page.lang === 'fr' ? frenchPath : frenchPath.replace(/^fr\//, `${page.lang}/`);
  };
}

/** The frontmatter Starlight's docs schema needs of `page`. */
function starlightFrontmatterOf(page: SyntheticPage): Record<string, unknown> {
  return { title: page.title, description: page.description };
}
