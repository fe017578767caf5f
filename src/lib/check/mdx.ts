import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Slugger from 'github-slugger';
import { defineHastPlugin, defineMdastPlugin, markdownToJs, mdxToJs, type HastPluginEntry } from 'satteri';
import { frenchTypography } from '../markdown/french-typography.ts';
import type { ContentProblem, ProblemCode, ProblemParams } from '../content/content-error.ts';
import { mdxComponentNames } from '../content/mdx-components.ts';
import type { ContentPage } from '../content/read-content.ts';
import { addressesOf, elementProblems, SPREAD, textOf, type AttributeValue, type WrittenElement } from './elements.ts';
import { rawElements } from './raw-html.ts';

/** A link or image address found in a page, with the line it is on. */
export interface FoundLink {
  url: string;
  line: number;
  /** An image source (or other embedded file) rather than a link. */
  isImage: boolean;
}

/** A `<ContactBlock partner="…">` of a page: the partner whose details it shows. */
export interface FoundContact {
  partner: string;
  line: number;
}

/** What reading a page's text found: its links, the anchors it defines, the partners it shows the details of, and its mistakes. */
export interface MdxReport {
  links: FoundLink[];
  contacts: FoundContact[];
  /** The `#fragment`s that lead somewhere on the page: its headings' ids, and the ids written. */
  anchors: Set<string>;
  problems: ContentProblem[];
}

/** What reading a page's text finds before the files it names are looked for: what can be kept between runs. */
export type MdxText = MdxReport;

/** Where the readings of pages' text are kept between runs (mdx-cache.ts). */
export interface MdxReadings {
  /** The reading of `page`'s text: kept from an earlier run when nothing it depends on changed, otherwise `read()`. */
  reading(page: ContentPage, contentDir: string, read: () => Promise<MdxText>): Promise<MdxText>;
}

/** Where a node starts, as MDX positions give it. */
type Position = { start: { line: number } } | undefined;

/** A JSX element as the MDX parser gives it. */
interface JsxNode {
  name: string | null;
  attributes: readonly { type: string; name?: string; value?: unknown }[];
  position?: Position;
}

const components = mdxComponentNames.map((name) => `<${name}>`);

/**
 * Reads a page's MDX (or Markdown) with the same parser and plugins as the
 * build, and reports what the build would fail on, publish broken, or
 * publish harmful: syntax errors, code in braces, imports, unknown
 * components and missing props, forbidden tags and attributes (in JSX, and
 * in the raw HTML of Markdown files), images without alternative text or
 * missing. It also collects the page's links and anchors, which are
 * checked against the whole site afterwards (links.ts).
 */
export async function readMdx(page: ContentPage, contentDir: string, readings?: MdxReadings): Promise<MdxReport> {
  const read = () => readMdxText(page, contentDir);
  const text = await (readings ? readings.reading(page, contentDir, read) : read());
  return { ...text, problems: [...text.problems, ...missingImages(page, text.links)] };
}

/**
 * What reading a page's text finds, from the text alone: readMdx's report
 * before the images it names are looked for. It depends on nothing but the
 * page's text, where it starts, its file and the content folder (and the
 * code), so it can be kept between runs (mdx-cache.ts).
 */
async function readMdxText(page: ContentPage, contentDir: string): Promise<MdxText> {
  const links: FoundLink[] = [];
  const contacts: FoundContact[] = [];
  const anchors = new Set<string>();
  const problems: ContentProblem[] = [];
  const rawHtml: { html: string; line: number }[] = [];
  const lineOf = (position: Position) => page.parsed.bodyLine + (position?.start.line ?? 1) - 1;
  // No `params` key without params, so that a reading comes back from the cache's JSON exactly as it was.
  const report = (line: number, code: ProblemCode, params?: ProblemParams) =>
    problems.push(params ? { file: page.filePath, line, code, params } : { file: page.filePath, line, code });
  const written = (element: WrittenElement, line: number) => {
    for (const problem of elementProblems(element)) report(line, problem.code, problem.params);
    for (const address of addressesOf(element)) links.push({ ...address, line });
    const id = element.attributes.get('id');
    if (id && 'text' in id) anchors.add(id.text);
    // Which partner it names is checked against partners.yaml afterwards (contacts.ts).
    const partner = element.name === 'ContactBlock' ? textOf(element, 'partner') : undefined;
    if (partner) contacts.push({ partner, line });
  };

  const collector = defineMdastPlugin({
    name: 'content-check',
    options: { position: true },
    link: (node) => void links.push({ url: node.url, line: lineOf(node.position), isImage: false }),
    definition: (node) => void links.push({ url: node.url, line: lineOf(node.position), isImage: false }),
    image(node) {
      links.push({ url: node.url, line: lineOf(node.position), isImage: true });
      if (!node.alt?.trim()) report(lineOf(node.position), 'image-alt-missing', { url: node.url });
    },
    html: (node) => void rawHtml.push({ html: node.value, line: lineOf(node.position) }),
    mdxjsEsm: (node) => void report(lineOf(node.position), 'import-export', { components }),
    mdxFlowExpression: (node) => expression(node.value, node.position),
    mdxTextExpression: (node) => expression(node.value, node.position),
    mdxJsxFlowElement: (node) => written(jsxElement(node), lineOf(node.position)),
    mdxJsxTextElement: (node) => written(jsxElement(node), lineOf(node.position)),
  });

  /** `{…}` runs code when the site is built; `{/* notes *\/}` do not and stay allowed. */
  function expression(code: string, position: Position) {
    if (!isOnlyComments(code)) report(lineOf(position), 'mdx-expression');
  }

  try {
    // Plain Markdown (.md) is read as Markdown: its `<` and `{` are text there, its HTML is raw.
    const compile = page.id.endsWith('.md') ? markdownToJs : mdxToJs;
    await compile(page.parsed.body, {
      mdastPlugins: [collector],
      hastPlugins: [frenchTypography(pathToFileURL(`${resolve(contentDir)}/`)), headingAnchors(anchors)],
      features: { rawHtml: true },
      fileURL: pathToFileURL(resolve(page.filePath)),
    });
  } catch (error) {
    return { links: [], contacts: [], anchors, problems: [syntaxProblem(page, error)] };
  }
  for (const { html, line } of rawHtml) {
    for (const { element, lineOffset } of rawElements(html)) written(element, line + lineOffset);
  }
  return { links, contacts, anchors, problems };
}

/** A JSX element's name and attributes; `{...props}` is listed as a spread. */
function jsxElement(node: JsxNode): WrittenElement {
  const attributes = new Map<string, AttributeValue>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      attributes.set(SPREAD, { code: typeof attribute.value === 'string' ? attribute.value : '' });
      continue;
    }
    const { value } = attribute;
    const code = typeof value === 'object' && value !== null ? (value as { value?: string }).value : undefined;
    attributes.set(attribute.name, code === undefined ? { text: typeof value === 'string' ? value : '' } : { code });
  }
  return { name: node.name ?? '', attributes };
}

/**
 * Whether a piece of MDX code is only comments (and white space), read
 * from the start as JavaScript reads it, so that no code can hide behind
 * something that looks like a comment.
 */
export function isOnlyComments(code: string): boolean {
  let rest = code.trimStart();
  while (rest !== '') {
    if (rest.startsWith('/*')) {
      const end = rest.indexOf('*/', 2);
      if (end < 0) return false;
      rest = rest.slice(end + 2).trimStart();
    } else if (rest.startsWith('//')) {
      const end = rest.search(/[\n\r\u2028\u2029]/);
      rest = end < 0 ? '' : rest.slice(end + 1).trimStart();
    } else {
      return false;
    }
  }
  return true;
}

/**
 * The ids the build gives the page's headings (after the French spacing,
 * as Astro's own plugin runs after the site's), and the ids written on
 * elements: what a `#fragment` can lead to.
 */
function headingAnchors(anchors: Set<string>): HastPluginEntry {
  return () => {
    const slugger = new Slugger();
    return defineHastPlugin({
      name: 'heading-anchors',
      element: {
        filter: [],
        visit(node, ctx) {
          const id = node.properties?.id;
          if (typeof id === 'string') anchors.add(id);
          else if (/^h[1-6]$/.test(node.tagName)) anchors.add(slugger.slug(ctx.textContent(node)));
        },
      },
    });
  };
}

/** Images next to the page (`./photo.jpg`) must exist. */
function missingImages(page: ContentPage, links: FoundLink[]): ContentProblem[] {
  const folder = dirname(page.filePath);
  return links
    .filter((link) => link.isImage && /^\.{1,2}\//.test(link.url) && !existsSync(join(folder, link.url)))
    .map((link) => ({ file: page.filePath, line: link.line, code: 'image-file-missing', params: { url: link.url, folder } }));
}

/** An MDX syntax error, said in plain words at its line. */
function syntaxProblem(page: ContentPage, error: unknown): ContentProblem {
  const raw = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):(\d+):\s*/.exec(raw);
  const line = page.parsed.bodyLine + Number(place?.[1] ?? 1) - 1;
  const detail = raw.slice(place?.[0].length ?? 0).replace(/\s*\([\w:-]+\)$/, '');
  return { file: page.filePath, line, ...plainSyntax(detail) };
}

/** The MDX parser's message, as the problem it means for an editor. */
function plainSyntax(detail: string): { code: ProblemCode; params?: ProblemParams } {
  const opened = /Expected a closing tag for `<([^>]+)>`/.exec(detail);
  if (opened?.[1]) return { code: 'mdx-tag-unclosed', params: { name: opened[1] } };
  const closed = /Unexpected closing tag `<\/([^>]+)>`/.exec(detail);
  if (closed?.[1]) return { code: 'mdx-tag-unopened', params: { name: closed[1] } };
  if (/expression|brace/i.test(detail)) return { code: 'mdx-brace' };
  if (/before name|Unexpected character/i.test(detail)) return { code: 'mdx-less-than', params: { detail } };
  return { code: 'mdx-unreadable', params: { detail } };
}
