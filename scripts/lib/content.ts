import { ContentError, describe } from '../../src/lib/content/content-error.ts';
import { readContent, type ContentPage } from '../../src/lib/content/read-content.ts';
import { resolveRoutes, type Site } from '../../src/lib/routing/routes.ts';
import { siteSettings } from '../../src/lib/settings.ts';

/** The content folder's pages and routes, for the editors' commands. */
export interface Content {
  contentDir: string;
  /** Every page, drafts included. */
  pages: ContentPage[];
  /** The published routes (drafts left out), without base path. */
  site: Site<ContentPage>;
}

/**
 * Loads the content folder (`CONTENT_DIR`, else `content`). When the content
 * has mistakes, prints them as the build would and exits: the commands work
 * on sound content only.
 */
export function loadContentOrExit(): Content {
  const { contentDir } = siteSettings(process.env);
  const { pages, problems } = readContent(contentDir);
  if (problems.length > 0) exitWith(describe(problems));
  try {
    return { contentDir, pages, site: resolveRoutes(pages.filter((page) => !page.data.draft)) };
  } catch (error) {
    if (error instanceof ContentError) exitWith(error.message);
    throw error;
  }
}

/** Prints `message` for the editor and stops with a failure status. */
export function exitWith(message: string): never {
  console.error(message.trimEnd());
  process.exit(1);
}
