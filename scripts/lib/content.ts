import type { EditorTranslate } from '../../src/i18n/editor/index.ts';
import { legalPublicationIn } from '../../src/lib/check/index.ts';
import { readDataFiles } from '../../src/lib/check/data-files.ts';
import { ContentError, describeProblems } from '../../src/lib/content/content-error.ts';
import type { WaitingPage } from '../../src/lib/content/legal-facts.ts';
import type { PageKind } from '../../src/lib/content/page-schema.ts';
import { readContent, type ContentPage } from '../../src/lib/content/read-content.ts';
import { publishedRoutes } from '../../src/lib/routing/published-site.ts';
import type { Site } from '../../src/lib/routing/site-index.ts';
import { siteSettings } from '../../src/lib/settings.ts';
import { fail } from './cli.ts';

/** The content folder's pages and routes, for the editors' commands. */
export interface Content {
  contentDir: string;
  /** Every page, drafts and pages waiting for their facts included. */
  pages: ContentPage[];
  /** The published routes (drafts left out), without base path. */
  site: Site<ContentPage>;
  /** The kinds of the legal pages not published while facts they must give are missing (see legal-facts.ts). */
  withheld: ReadonlySet<PageKind>;
  waiting: WaitingPage[];
}

/**
 * Loads the content folder (`CONTENT_DIR`, else `content`). When the content
 * has mistakes, stops the command with them, as the build reports them:
 * the commands work on sound content only.
 */
export function loadContent(t: EditorTranslate): Content {
  const { contentDir } = siteSettings(process.env);
  const { pages, problems } = readContent(contentDir);
  if (problems.length > 0) fail(describeProblems(problems, t, 'found'));
  const { withheld, waiting } = legalPublicationIn(readDataFiles(contentDir), pages);
  try {
    return { contentDir, pages, site: publishedRoutes(pages, { withheld }), withheld, waiting };
  } catch (error) {
    if (error instanceof ContentError) fail(describeProblems(error.problems, t, 'found'));
    throw error;
  }
}
