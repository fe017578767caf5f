import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { getRssString } from '@astrojs/rss';
import { z } from 'astro/zod';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { editorTranslations } from '../../src/i18n/editor/index.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { locales } from '../../src/i18n/locales.ts';
import { cardPalette } from '../../src/lib/astro/palettes.ts';
import { checkContent, legalPublicationIn, type ContentCheck } from '../../src/lib/check/index.ts';
import { topicsIn } from '../../src/lib/check/data-files.ts';
import { partnerSchema } from '../../src/lib/content/partner-schema.ts';
import { cmsConfig } from '../../src/lib/cms/cms-config.ts';
import { editorLists } from '../../src/lib/cms/editor-lists.ts';
import { isProblemCode, problemMessage, unfilledPlaceholders, whereOf, type ContentProblem } from '../../src/lib/content/content-error.ts';
import { filesBelow } from '../../src/lib/files-below.ts';
import { pageTitle } from '../../src/lib/routing/page-title.ts';
import { allFeeds, feedItems } from '../../src/lib/seo/feeds.ts';
import { socialMeta, structuredData } from '../../src/lib/seo/page-metadata.ts';
import { sitemapXml } from '../../src/lib/seo/sitemap.ts';
import { sharingCardOf } from '../../src/lib/sharing-cards/card-of-route.ts';
import { cardLayout } from '../../src/lib/sharing-cards/layout.ts';
import { editorText, yamlNonText } from '../helpers/editor-inputs.ts';

/*
 * Property-based tests over the whole content model (issue 26): every field
 * of every file of the fixture content (pages of every kind, partners.yaml,
 * tags.yaml, map/corridor.yaml, legal.yaml), a page's text, and the names of
 * the files and folders an editor can create, get values of every shape an
 * editor may type or paste (tests/helpers/editor-inputs.ts). The content
 * check runs in this process, as the build's integration runs it. Each input
 * is either accepted, and then handled by everything downstream (the
 * resolver's routes, news lists, page metadata, feeds, the sitemap, the
 * sharing card's layout, the web editor's configuration), or refused with a
 * known problem code, a French message, the file at fault and a line inside
 * it, and no exception.
 *
 * A fixed seed in `npm test`; `npm run fuzz -- --runs N` runs this file with
 * FUZZ_RUNS (and a random seed, or FUZZ_SEED) and prints the counts.
 */

const RUNS = Number(process.env.FUZZ_RUNS || 60);
const SEED = Number(process.env.FUZZ_SEED || 26);
const BASE = 'tests/fixtures/content';
const fr = editorTranslations('fr');

const work = mkdtempSync(join(tmpdir(), 'content-model-'));
const contentDir = join(work, 'content');
cpSync(BASE, contentDir, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A change an editor makes: a field set or removed, a page's text, a new file's name. */
type Change =
  | { kind: 'set'; file: string; path: (string | number)[]; value: unknown; raw: boolean }
  | { kind: 'remove'; file: string; path: (string | number)[] }
  | { kind: 'text'; file: string; text: string }
  | { kind: 'name'; name: string; as: 'page' | 'folder' | 'media' };

const PAGE = /\.mdx?$/;
const files = filesBelow(BASE).filter((file) => PAGE.test(file) || file.endsWith('.yaml'));
const pages = files.filter((file) => PAGE.test(file));

/** The YAML of a file: a page's frontmatter, or the whole data file. */
function yamlOf(file: string): { yaml: string; rest: string } {
  const text = readFileSync(join(BASE, file), 'utf8');
  if (!PAGE.test(file)) return { yaml: text, rest: '' };
  const end = text.indexOf('\n---', 3);
  return { yaml: text.slice(4, end + 1), rest: text.slice(end + 4) };
}

/** Every path of every field of the base files, and the optional fields pages may add. */
const OPTIONAL_PAGE_FIELDS = [
  ['image'],
  ['imageAlt'],
  ['nav', 'order'],
  ['nav', 'label'],
  ['translated', 'from'],
  ['translated', 'version'],
  ['updated'],
  ['draft'],
  ['tags', 0],
  ['axes', 0],
  ['axis'],
  ['kind'],
  ['unknown'],
];
const fieldPaths = files.flatMap((file) => {
  const paths = leafPaths(parseDocument(yamlOf(file).yaml).toJS());
  const extra = PAGE.test(file) ? OPTIONAL_PAGE_FIELDS : [];
  return [...paths, ...extra].map((path) => ({ file, path }));
});

function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => leafPaths(item, [...path, index]))];
  if (value && typeof value === 'object')
    return [...(path.length > 0 ? [path] : []), ...Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]))];
  return [path];
}

/** Every text of the base files: "another entry's value again". */
const writtenValues = [...new Set(files.flatMap((file) => leafValues(parseDocument(yamlOf(file).yaml).toJS())))];

function leafValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(leafValues);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leafValues);
  return typeof value === 'string' ? [value] : [];
}

/** Shrunk failures the long runs found, run first every time (tests/fixtures/content-model-failures/). */
const FOUND = JSON.parse(readFileSync('tests/fixtures/content-model-failures/found.json', 'utf8')) as Change[];

const anyValue = fc.oneof(
  { weight: 4, arbitrary: editorText },
  { weight: 2, arbitrary: yamlNonText },
  { weight: 1, arbitrary: fc.constantFrom(...writtenValues) },
);

const change: fc.Arbitrary<Change> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record({ kind: fc.constant('set' as const), target: fc.constantFrom(...fieldPaths), value: anyValue, raw: fc.boolean() })
      .map(({ target, ...rest }) => ({ ...rest, ...target })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...fieldPaths).map((target) => ({ kind: 'remove' as const, ...target })) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('text' as const), file: fc.constantFrom(...pages), text: editorText }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('name' as const),
      name: editorText,
      as: fc.constantFrom('page' as const, 'folder' as const, 'media' as const),
    }),
  },
);

/** Makes the change in the work folder; returns the file it touched, or undefined when no editor could make it. */
function apply(edit: Change): string | undefined {
  if (edit.kind === 'name') return createNamed(edit.name, edit.as);
  const { yaml, rest } = yamlOf(edit.file);
  const path = join(contentDir, edit.file);
  let changed: string;
  if (edit.kind === 'text') changed = `---\n${yaml}---\n${edit.text}\n`;
  else {
    const yamlChanged = edit.kind === 'set' && edit.raw ? rawYaml(yaml, edit.path, edit.value) : setYaml(yaml, edit);
    // A field inside one the file does not have as a group (tags.0 where tags is a text) is not there to change.
    if (yamlChanged === undefined) return undefined;
    changed = yamlChanged;
    if (PAGE.test(edit.file)) changed = `---\n${changed}${changed.endsWith('\n') ? '' : '\n'}---${rest}`;
  }
  writeFileSync(path, changed);
  return path;
}

function setYaml(yaml: string, edit: Extract<Change, { kind: 'set' | 'remove' }>): string | undefined {
  const document = parseDocument(yaml);
  try {
    if (edit.kind === 'remove') document.deleteIn(edit.path);
    else document.setIn(edit.path, edit.value);
  } catch {
    return undefined;
  }
  return String(document);
}

/** The value typed as it is after `field: ` on the field's line (a top-level field), as an editor edits a file. */
function rawYaml(yaml: string, path: (string | number)[], value: unknown): string {
  const [field] = path;
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  const line = new RegExp(`^${String(field)}:.*$`, 'm');
  return line.test(yaml) ? yaml.replace(line, () => `${String(field)}: ${text}`) : `${yaml}${String(field)}: ${text}\n`;
}

const createdFiles: string[] = [];

/** A new page or media file named `name`, as the web editor or a file manager creates it. */
function createNamed(name: string, as: 'page' | 'folder' | 'media'): string | undefined {
  // A name no file system takes, or one leading out of the folder, is not a file an editor can create there.
  if (name === '' || /[\0]/.test(name) || name.split('/').some((part) => part === '..' || part === '.') || Buffer.byteLength(name) > 200)
    return undefined;
  const relativePath = as === 'page' ? `fr/${name}.mdx` : as === 'folder' ? `fr/${name}/index.mdx` : `media/${name}.png`;
  const path = join(contentDir, relativePath);
  if (relative(contentDir, path).startsWith('..') || existsSync(path)) return undefined;
  // What to remove afterwards: the first folder the file needs that is not there yet, or the file itself.
  let created = path;
  for (let folder = dirname(path); !existsSync(folder); folder = dirname(folder)) created = folder;
  createdFiles.push(created);
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (as === 'media') cpSync(join(BASE, 'media/rectangle.png'), path);
    else
      writeFileSync(
        path,
        '---\nkey: new-page\nkind: page\ntitle: Nouvelle page\ndescription: Une page ajoutée par une personne de l’équipe.\n---\n\nTexte.\n',
      );
  } catch {
    return undefined;
  }
  return path;
}

/** Puts the work folder back as the base content. */
function restore(edit: Change): void {
  if (edit.kind !== 'name') writeFileSync(join(contentDir, edit.file), readFileSync(join(BASE, edit.file)));
  for (const created of createdFiles.splice(0)) rmSync(created, { recursive: true, force: true });
}

/** What each input came to, for the long runs' counts. */
const counts = { runs: 0, accepted: 0, refused: 0, skipped: 0, codes: new Map<string, number>() };

/** Characters XML 1.0 does not allow: a feed or a sitemap holding one is not XML. */
// eslint-disable-next-line no-control-regex -- the characters it looks for
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Everything downstream of an accepted content folder, as the build runs it. */
async function downstream(check: ContentCheck): Promise<void> {
  const site = check.site!;
  expect(site).toBeDefined();
  const topics = topicsIn(check.dataFiles);
  const partnersRead = check.dataFiles.partners?.ok ? check.dataFiles.partners.yaml.data : [];
  const partners = z.array(partnerSchema(z.string())).parse(partnersRead ?? []);
  const labels = Object.fromEntries(locales.map((lang) => [lang, new Map(topics.map((topic) => [topic.id, topic.label[lang]]))]));
  for (const route of [...site.routes, ...site.listRoutes]) {
    const t = useTranslations(route.lang);
    expect(route.url).toMatch(/^\/[^?#\s]*\/$/);
    expect(route.url.split('/')).not.toContain('..');
    expect(new URL(route.url, 'https://example.org/').pathname).toBe(encodeURI(route.url).replace(/%25/g, '%'));
    socialMeta(route, labels[route.contentLang]!);
    JSON.stringify(
      structuredData(route, site, {
        siteUrl: new URL('https://example.org/'),
        homeLabel: 'Accueil',
        imageUrl: '/share.png',
        topicLabels: labels[route.contentLang]!,
        partners,
        titleOf: (each) => pageTitle(each, t),
      }),
    );
    cardLayout(
      sharingCardOf(
        route,
        partners.map((partner) => partner.name),
      ),
      cardPalette,
    );
  }
  for (const feed of allFeeds(site)) {
    const items = feedItems(site, feed.lang, feed.topic).map((item) => ({
      title: item.title,
      link: new URL(item.url, 'https://example.org/').href,
      pubDate: item.published,
      description: item.description,
    }));
    const xml = await getRssString({
      title: 'Fil',
      description: feed.newsIndex.entry.data.description,
      site: 'https://example.org/',
      items,
    });
    expect(xml).not.toMatch(NOT_XML);
  }
  expect(sitemapXml(site.routes, new URL('https://example.org/'))).not.toMatch(NOT_XML);
  JSON.stringify(cmsConfig({ repository: 'owner/site', branch: 'main' }, contentDir, editorLists(site, check.dataFiles)));
  legalPublicationIn(check.dataFiles, check.pages);
}

/** A refused input: known codes, French messages, the file at fault, a line inside it. */
function refusedProperly(problems: readonly ContentProblem[], touched: string, edit: Change): void {
  const report = problems
    .map((problem) => `${whereOf(problem, fr)}: ${problem.code} ${JSON.stringify(problem.params ?? {}).slice(0, 200)}`)
    .join('\n');
  const context = `${JSON.stringify(edit).slice(0, 400)}\n${report}`;
  for (const problem of problems) {
    expect(isProblemCode(problem.code), context).toBe(true);
    expect(problem.code, context).not.toBe('internal-error');
    expect(problemMessage(problem, fr), context).not.toMatch(/^problems\./);
    expect(unfilledPlaceholders(problem), context).toEqual([]);
    if (problem.line !== undefined && existsSync(problem.file)) {
      const lines = readFileSync(problem.file, 'utf8').split('\n').length;
      expect(problem.line, context).toBeGreaterThanOrEqual(1);
      expect(problem.line, context).toBeLessThanOrEqual(lines);
    }
  }
  // The changed file is where a problem is, or what one names (the other version, a parent page).
  const named = problems.flatMap((problem) => [
    problem.file,
    ...Object.values(problem.params ?? {}).filter((value) => typeof value === 'string'),
  ]);
  const touchedNamed = named.some((file) => resolve(file) === resolve(touched));
  expect(touchedNamed || problems.every((problem) => ELSEWHERE.has(problem.code)), context).toBe(true);
}

/**
 * Problems reported, by design, in the file that names what the change took
 * away: an article's topic once tags.yaml lost it, a place's partner once
 * partners.yaml lost it, a translation once its original changed key.
 */
const ELSEWHERE = new Set<string>([
  'unknown-tag',
  'unknown-tag-none',
  'map-unknown-partner',
  'legal-unknown-partner',
  'contact-unknown-partner',
  'partner-none',
  'original-missing',
  // A redirect whose page went (a topic's label changed its address), at its line of redirections.yaml.
  'redirect-target-missing',
  // A link to a page no longer published (made a draft, say), at the link.
  'link-unknown',
  'link-unknown-near',
]);

describe('the content model, with anything an editor might type', () => {
  it(
    'accepts an input and handles it downstream, or refuses it with a known code, a French message, its file and line',
    async () => {
      await fc.assert(
        fc.asyncProperty(change, async (edit) => {
          try {
            const touched = apply(edit);
            counts.runs += 1;
            if (touched === undefined) {
              counts.skipped += 1;
              return;
            }
            const check = await checkContent({ contentDir, publicDir: 'public', base: '/' });
            if (check.problems.length === 0) {
              counts.accepted += 1;
              await downstream(check);
              return;
            }
            counts.refused += 1;
            for (const problem of check.problems) counts.codes.set(problem.code, (counts.codes.get(problem.code) ?? 0) + 1);
            refusedProperly(check.problems, touched, edit);
          } finally {
            restore(edit);
          }
        }),
        { numRuns: RUNS, seed: SEED, examples: FOUND.map((found) => [found] as [Change]) },
      );
      if (process.env.FUZZ_RUNS) {
        const codes = [...counts.codes].sort((a, b) => b[1] - a[1]).map(([code, count]) => `  ${code}: ${count}`);
        console.log(
          [
            `seed ${SEED}: ${counts.runs} inputs, ${counts.accepted} accepted, ${counts.refused} refused, ${counts.skipped} not a file an editor can create`,
            ...codes,
          ].join('\n'),
        );
      }
    },
    RUNS * 2_000,
  );
});
