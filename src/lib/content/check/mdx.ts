import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineMdastPlugin, markdownToJs, mdxToJs } from 'satteri';
import type { ContentProblem, ProblemCode, ProblemParams } from '../content-error.ts';
import { mdxComponentNames, requiredProps, type MdxComponentName } from '../mdx-components.ts';
import type { ContentPage } from '../read-content.ts';

/** A link or image address found in a page, with the line it is on. */
export interface FoundLink {
  url: string;
  line: number;
  /** An image source rather than a link. */
  isImage: boolean;
}

/** What reading a page's MDX found: its links, and its mistakes. */
export interface MdxReport {
  links: FoundLink[];
  problems: ContentProblem[];
}

const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form']);
const components = mdxComponentNames.map((name) => `<${name}>`);

/**
 * Reads a page's MDX (or Markdown) with the same parser as the build, and
 * reports what the build would fail on or publish broken: syntax errors,
 * unknown components, missing component props, images without alternative
 * text, scripts.
 */
export async function readMdx(page: ContentPage): Promise<MdxReport> {
  const links: FoundLink[] = [];
  const problems: ContentProblem[] = [];
  const file = page.filePath;
  const lineOf = (position: { start: { line: number } } | undefined) => page.parsed.bodyLine + (position?.start.line ?? 1) - 1;
  const report = (position: Parameters<typeof lineOf>[0], code: ProblemCode, params?: ProblemParams) =>
    problems.push({ file, line: lineOf(position), code, params });

  const collector = defineMdastPlugin({
    name: 'content-check',
    options: { position: true },
    link(node) {
      links.push({ url: node.url, line: lineOf(node.position), isImage: false });
    },
    image(node) {
      links.push({ url: node.url, line: lineOf(node.position), isImage: true });
      if (!node.alt?.trim()) report(node.position, 'image-alt-missing', { url: node.url });
    },
    mdxjsEsm(node) {
      report(node.position, 'import-export', { components });
    },
    mdxJsxFlowElement: (node) => checkElement(node),
    mdxJsxTextElement: (node) => checkElement(node),
  });

  function checkElement(node: {
    name: string | null;
    attributes: readonly { type: string; name?: string; value?: unknown }[];
    position?: { start: { line: number } } | undefined;
  }) {
    const name = node.name ?? '';
    const attributes = new Map(
      node.attributes.flatMap((attribute) =>
        attribute.type === 'mdxJsxAttribute' && attribute.name ? [[attribute.name, attribute.value] as const] : [],
      ),
    );
    const text = (key: string) => {
      const value = attributes.get(key);
      return typeof value === 'string' ? value : undefined;
    };
    if (/^[A-Z]/.test(name) || name.includes('.')) {
      if (!(mdxComponentNames as readonly string[]).includes(name)) {
        report(node.position, 'component-unknown', { name, components });
        return;
      }
      for (const prop of requiredProps[name as MdxComponentName]) {
        if (!text(prop)?.trim()) report(node.position, 'component-prop-missing', { name, prop });
      }
      return;
    }
    if (FORBIDDEN_TAGS.has(name)) {
      report(node.position, 'tag-forbidden', { name });
    }
    const href = text('href');
    if (name === 'a' && href !== undefined) links.push({ url: href, line: lineOf(node.position), isImage: false });
    if (name === 'img') {
      const src = text('src') ?? '';
      links.push({ url: src, line: lineOf(node.position), isImage: true });
      if (!text('alt')?.trim()) report(node.position, 'img-alt-missing', { url: src });
    }
  }

  try {
    // Plain Markdown (.md) is read as Markdown: its `<` and `{` are text there.
    const compile = page.id.endsWith('.md') ? markdownToJs : mdxToJs;
    await compile(page.parsed.body, { mdastPlugins: [collector], features: { rawHtml: true } });
  } catch (error) {
    return { links: [], problems: [syntaxProblem(page, error)] };
  }
  return { links, problems: [...problems, ...missingImages(page, links)] };
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
