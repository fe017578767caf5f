import { locales, type Locale } from '../../i18n/locales.ts';
import { filesAt } from '../content/content-path.ts';
import type { PageData } from '../content/page-schema.ts';
import { originalVersion, versionsByKey } from '../routing/versions.ts';
import type { Site } from '../routing/site-index.ts';

/**
 * Rows of the team's status page per page of it: at ten years of news the
 * table would outgrow the 14 KB first round trip (tests/e2e/budgets.spec.ts).
 */
export const STATUS_ROWS_PER_PAGE = 100;

/** Where a language stands for one page. */
export type TranslationState = 'original' | 'up-to-date' | 'outdated' | 'draft' | 'missing';

/** What the status needs of a page. */
export interface StatusPage {
  /** Path inside the content folder: `fr/accord/index.mdx`. */
  id: string;
  /** Path editors open: `content/fr/accord/index.mdx`. */
  filePath: string;
  data: Pick<PageData, 'key' | 'title' | 'translated' | 'draft'>;
  fingerprint: string;
}

/** One language of one page in the status table. */
export interface LanguageStatus {
  state: TranslationState;
  /** The file to edit; for a missing translation, the file to create. */
  file: string;
}

/** One page (all its languages) in the status table. */
export interface StatusRow {
  key: string;
  title: string;
  originalLang: Locale;
  languages: Record<Locale, LanguageStatus>;
}

/**
 * The translation status of every published page: for each language,
 * whether it is the original, an up-to-date or outdated translation, a
 * draft, or missing. A page whose every version is a draft is left out: it
 * is not published, and its title and file must not be (see
 * `unpublishedPages`). `site` (drafts left out) gives the address a missing
 * translation would take, hence the file to create for it.
 */
export function translationStatus(pages: readonly StatusPage[], site: Site, contentDir: string): StatusRow[] {
  return [...versionsByKey(pages)]
    .filter(([, versions]) => [...versions.values()].some(isPublished))
    .map(([key, versions]) => rowOf(key, versions, site, contentDir))
    .sort((a, b) => a.languages[a.originalLang].file.localeCompare(b.languages[b.originalLang].file));
}

/** The pages no version of which is published yet: every version is a draft. */
export function unpublishedPages<P extends StatusPage>(pages: readonly P[]): P[] {
  const published = new Set(pages.filter(isPublished).map((page) => page.data.key));
  return pages.filter((page) => !published.has(page.data.key));
}

function isPublished(page: StatusPage): boolean {
  return !page.data.draft;
}

/** Whether every language of every page is the original or up to date. */
export function isComplete(rows: readonly StatusRow[]): boolean {
  return rows.every((row) => locales.every((lang) => ['original', 'up-to-date'].includes(row.languages[lang].state)));
}

function rowOf(key: string, versions: ReadonlyMap<Locale, StatusPage>, site: Site, contentDir: string): StatusRow {
  // The original readers get is a published version, never a draft.
  const published = new Map([...versions].filter(([, page]) => isPublished(page)));
  const { lang: originalLang, entry: original } = originalVersion(published) ?? noPublishedVersion(key);
  const isFolderPage = /(^|\/)index\.mdx?$/.test(original.id);
  const languages = Object.fromEntries(
    locales.map((lang): [Locale, LanguageStatus] => {
      const version = versions.get(lang);
      if (version) return [lang, { state: stateOf(version, original), file: version.filePath }];
      // A missing translation is created where its fallback page is published.
      const files = filesAt(site.route(key, lang).param);
      return [lang, { state: 'missing', file: `${contentDir}/${isFolderPage ? files.folderPage : files.page}` }];
    }),
  ) as Record<Locale, LanguageStatus>;
  return { key, title: original.data.title, originalLang, languages };
}

function noPublishedVersion(key: string): never {
  throw new Error(`No published page has the key "${key}".`);
}

function stateOf(version: StatusPage, original: StatusPage): TranslationState {
  if (version.data.draft) return 'draft';
  if (version === original) return 'original';
  return version.data.translated?.version === original.fingerprint ? 'up-to-date' : 'outdated';
}
