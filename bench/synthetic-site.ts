/**
 * Synthetic bilingual content for the build benchmark: the fixed skeleton of
 * the real site (home, agreement with five axes, news index, contact) in both
 * languages, filled up with news articles, some of them in French only so
 * that fallback pages are built too. Everything here is pure: the same
 * options always give the same pages, and nothing touches the disk.
 */
import { sourceLocale, type Locale } from '../src/i18n/locales.ts';
import type { PageKind } from '../src/lib/content/page-schema.ts';
import { dataFileNames } from '../src/lib/content/data-file-names.ts';
import { fingerprint } from '../src/lib/content/fingerprint.ts';
import { CONTACT_KEY } from '../src/lib/routing/navigation.ts';

/** What to generate. */
export interface SyntheticSiteOptions {
  /** Number of content files, skeleton included. */
  pages: number;
  /** Share of the content files that are French originals without an English version, 0 to 1. */
  untranslatedShare: number;
}

/** One generated content file. */
export interface SyntheticPage {
  /** Path inside the content folder, which is the page's URL: `fr/actualites/article-de-test-0001.mdx`. */
  path: string;
  lang: Locale;
  /** Shared by the page and its translation. */
  key: string;
  kind: PageKind;
  title: string;
  description: string;
  /** The axis number, for axis pages only. */
  axis: number | undefined;
  /** The place in the main menu, for pages that appear there. */
  navOrder: number | undefined;
  /** `YYYY-MM-DD`, for news articles only. */
  published: string | undefined;
  /** The MDX body after the frontmatter. */
  body: string;
}

/** Folder and file names, titles and placeholder text of each language. */
interface Wording {
  folders: { agreement: string; news: string };
  files: { axis: (n: number) => string; article: (id: string) => string };
  names: {
    home: string;
    agreement: string;
    news: string;
    contact: string;
    axis: (n: number) => string;
    article: (id: string) => string;
  };
  /** A page's title, which says that the page is a test page. */
  titleOf: (name: string) => string;
  description: string;
  paragraph: (n: number) => string;
  heading: string;
  listItem: (n: number) => string;
}

const wordings: Record<Locale, Wording> = {
  fr: {
    folders: { agreement: 'accord', news: 'actualites' },
    files: { axis: (n) => `axe-de-test-${n}`, article: (id) => `article-de-test-${id}` },
    names: {
      home: 'Accueil',
      agreement: 'Accord',
      news: 'Actualités',
      contact: 'Contact',
      axis: (n) => `Axe ${n}`,
      article: (id) => `Article ${id}`,
    },
    titleOf: (name) => `${name} (page de test)`,
    description: 'Page générée pour le banc d’essai de construction ; son texte ne contient aucune information.',
    paragraph: (n) =>
      `Paragraphe de remplissage numéro ${n}, généré automatiquement pour mesurer la construction du site. ` +
      'Il n’a pas d’autre sens que d’occuper la place d’un vrai texte, avec des phrases de longueur ordinaire, ' +
      'de la ponctuation et quelques mots en **gras** ou en *italique*.',
    heading: 'Section de remplissage',
    listItem: (n) => `Élément de liste de test ${n}`,
  },
  en: {
    folders: { agreement: 'agreement', news: 'news' },
    files: { axis: (n) => `test-axis-${n}`, article: (id) => `test-article-${id}` },
    names: {
      home: 'Home',
      agreement: 'Agreement',
      news: 'News',
      contact: 'Contact',
      axis: (n) => `Axis ${n}`,
      article: (id) => `Article ${id}`,
    },
    titleOf: (name) => `${name} (test page)`,
    description: 'A page generated for the build benchmark; its text carries no information.',
    paragraph: (n) =>
      `Filler paragraph number ${n}, generated automatically to measure the site build. ` +
      'It means nothing beyond taking the place of real text, with sentences of ordinary length, ' +
      'punctuation and a few words in **bold** or *italics*.',
    heading: 'Filler section',
    listItem: (n) => `Test list item ${n}`,
  },
};

/** The skeleton's files per language: home, agreement, five axes, news index, contact. */
const SKELETON_PER_LANGUAGE = 9;
const AXES = [1, 2, 3, 4, 5];
/** The first article's date; each next article is a day later. */
const FIRST_DAY = Date.UTC(2020, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The content files of a synthetic site of exactly `options.pages` files.
 * The French-only articles are spread evenly among the others; their share
 * is the requested one to within one file (one file may be moved so the
 * translated articles come in pairs), as far as there are articles: the
 * skeleton is always translated.
 *
 * @throws {RangeError} when `pages` is too small for the skeleton or the share is not between 0 and 1.
 */
export function syntheticSite(options: SyntheticSiteOptions): SyntheticPage[] {
  const { articles, untranslated } = articleCounts(options);
  const pages = (['fr', 'en'] as const).flatMap(skeleton);
  for (let index = 0; index < articles; index += 1) {
    const frenchOnly = isSpreadPick(index, untranslated, articles);
    pages.push(article('fr', index));
    if (!frenchOnly) pages.push(article('en', index));
  }
  return pages;
}

/** How many news keys to write, and how many of them in French only, for `options`. */
function articleCounts({ pages, untranslatedShare }: SyntheticSiteOptions): { articles: number; untranslated: number } {
  const skeletonFiles = 2 * SKELETON_PER_LANGUAGE;
  if (!Number.isInteger(pages) || pages < skeletonFiles) {
    throw new RangeError(`A synthetic site needs at least ${skeletonFiles} pages, its skeleton; got ${pages}.`);
  }
  if (!(untranslatedShare >= 0 && untranslatedShare <= 1)) {
    throw new RangeError(`The untranslated share is a number from 0 to 1; got ${untranslatedShare}.`);
  }
  const articleFiles = pages - skeletonFiles;
  let untranslated = Math.min(Math.round(untranslatedShare * pages), articleFiles);
  // Translated articles take two files each, so the French-only ones share the parity of the article files.
  if ((articleFiles - untranslated) % 2 !== 0) untranslated += untranslated < articleFiles ? 1 : -1;
  return { articles: (articleFiles + untranslated) / 2, untranslated };
}

/** Whether `index` is one of `picks` indexes spread evenly over `0…total-1`. */
function isSpreadPick(index: number, picks: number, total: number): boolean {
  return Math.floor(((index + 1) * picks) / total) > Math.floor((index * picks) / total);
}

function skeleton(lang: Locale): SyntheticPage[] {
  const { folders, files, names, titleOf, description } = wordings[lang];
  const base = { lang, description, axis: undefined, navOrder: undefined, published: undefined, body: bodyOf(lang) };
  const page = (path: string, key: string, kind: PageKind, name: string): SyntheticPage => ({
    ...base,
    path: `${lang}/${path}`,
    key,
    kind,
    title: titleOf(name),
  });
  return [
    page('index.mdx', 'home', 'home', names.home),
    { ...page(`${folders.agreement}/index.mdx`, 'agreement', 'agreement', names.agreement), navOrder: 1 },
    ...AXES.map((n) => ({
      ...page(`${folders.agreement}/${files.axis(n)}.mdx`, `axis-${n}`, 'axis', names.axis(n)),
      axis: n,
    })),
    { ...page(`${folders.news}/index.mdx`, 'news', 'news-index', names.news), navOrder: 2 },
    { ...page('contact.mdx', CONTACT_KEY, 'page', names.contact), navOrder: 3 },
  ];
}

/** The pages, the contact page in each language ending with a contact block for each of `partners` (their ids). */
export function withContactBlocks(pages: readonly SyntheticPage[], partners: readonly string[]): SyntheticPage[] {
  const blocks = partners.map((id) => `<ContactBlock partner="${id}" />`).join('\n\n');
  return pages.map((page) => (page.key === CONTACT_KEY ? { ...page, body: `${page.body}\n\n${blocks}` } : page));
}

function article(lang: Locale, index: number): SyntheticPage {
  const { folders, files, names, titleOf, description } = wordings[lang];
  const id = String(index + 1).padStart(4, '0');
  return {
    path: `${lang}/${folders.news}/${files.article(id)}.mdx`,
    lang,
    key: `news-${id}`,
    kind: 'news',
    title: titleOf(names.article(id)),
    description,
    axis: undefined,
    navOrder: undefined,
    published: new Date(FIRST_DAY + index * DAY_MS).toISOString().slice(0, 10),
    body: bodyOf(lang),
  };
}

/** A few paragraphs, a heading and a list: the shape of a short news article. */
function bodyOf(lang: Locale): string {
  const w = wordings[lang];
  return [
    w.paragraph(1),
    w.paragraph(2),
    `## ${w.heading}`,
    w.paragraph(3),
    [1, 2, 3].map((n) => `- ${w.listItem(n)}`).join('\n'),
    w.paragraph(4),
  ].join('\n\n');
}

/** A file to write, with its path inside a content folder. */
export interface ContentFile {
  path: string;
  text: string;
}

/** The MDX files of `pages` for this site's content folder. */
export function contentFiles(pages: readonly SyntheticPage[]): ContentFile[] {
  const originals = new Map(pages.filter((page) => page.lang === sourceLocale).map((page) => [page.key, page]));
  return pages.map((page) => {
    const original = page.lang === sourceLocale ? undefined : originals.get(page.key);
    return { path: page.path, text: mdxFile(frontmatterOf(page, original), page.body) };
  });
}

/**
 * The frontmatter fields of `page` in this site's schema (src/lib/content/page-schema.ts):
 * the one place that decides what the generated frontmatter says. A
 * translation records its `original`'s fingerprint, as npm run
 * translation-done would, so it counts as up to date.
 */
export function frontmatterOf(page: SyntheticPage, original?: SyntheticPage): Record<string, unknown> {
  return {
    key: page.key,
    kind: page.kind,
    ...(page.axis !== undefined && { axis: page.axis }),
    title: page.title,
    description: page.description,
    ...(page.navOrder !== undefined && { nav: { order: page.navOrder } }),
    ...(page.published !== undefined && { published: page.published, tags: [BENCHMARK_TOPIC] }),
    ...(original && {
      translated: {
        from: original.lang,
        version: fingerprint({ title: original.title, description: original.description, body: original.body }),
      },
    }),
  };
}

/** The one news topic of the synthetic articles. */
const BENCHMARK_TOPIC = 'benchmark';

/**
 * The synthetic site's tags.yaml: its articles' one topic, labelled in each
 * language, so the content check knows it.
 */
export function topicsFile(): ContentFile {
  return { path: dataFileNames.tags, text: `- id: ${BENCHMARK_TOPIC}\n  label: { fr: Banc d’essai, en: Benchmark }\n` };
}

/**
 * An MDX file: `fields` as YAML frontmatter, then `body`. Each value is
 * written as JSON, which YAML reads as the same value, so no title can break
 * the YAML however it is punctuated.
 */
export function mdxFile(fields: Record<string, unknown>, body: string): string {
  const lines = Object.entries(fields).map(([name, value]) => `${name}: ${JSON.stringify(value)}`);
  return ['---', ...lines, '---', '', body, ''].join('\n');
}
