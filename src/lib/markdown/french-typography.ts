import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastNode, type HastPluginEntry, type HastVisitorContext } from 'satteri';
import type { Locale } from '../../i18n/locales.ts';
import { contentLanguageOf as contentFileLanguage } from '../content/content-path.ts';
import { frenchSpacing, type Neighbours } from './french-spacing.ts';

/**
 * The Sätteri HAST plugin that gives French text of the content its French
 * spacing (see french-spacing.ts) at build time, in Markdown and MDX alike.
 * Editors type ordinary spaces; readers get lines that never break before
 * `?` or `:`, or inside `« »`.
 */

/** Text readers do not read as prose: left exactly as written. */
const VERBATIM_TAGS = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/**
 * The plugin entry for `hastPlugins`: for each content file it knows the
 * language from the file's folder (`fr/…`, `en/…` under `contentRoot`), and
 * leaves files outside the content folder alone.
 */
export function frenchTypography(contentRoot: URL): HastPluginEntry {
  return ({ fileURL }) => {
    const lang = fileURL && contentLanguageOf(fileURL, contentRoot);
    return lang ? frenchSpacingPlugin(lang) : null;
  };
}

/** The language of a content file: the first folder under `contentRoot`, when it names a language of the site. */
export function contentLanguageOf(fileURL: URL, contentRoot: URL): Locale | undefined {
  return contentFileLanguage(relative(fileURLToPath(contentRoot), fileURLToPath(fileURL)).split(sep).join('/'));
}

/** Spaces every text node whose language is French; `documentLang` holds until an element sets `lang`. */
function frenchSpacingPlugin(documentLang: Locale) {
  return defineHastPlugin({
    name: 'french-typography',
    text(node, ctx) {
      if (isBetweenBlocks(node.value) || !isFrench(languageOf(node, ctx) ?? documentLang) || isVerbatim(node, ctx)) {
        return undefined;
      }
      const value = frenchSpacing(node.value, neighboursOf(node, ctx));
      return value === node.value ? undefined : { type: 'text', value };
    },
  });
}

/**
 * A line break alone is the markup between two blocks (`</p>\n<p>`): a
 * paragraph starting with `?` must not turn it into a visible space.
 */
function isBetweenBlocks(text: string): boolean {
  return /^\s*\n\s*$/.test(text);
}

function isFrench(lang: string): boolean {
  return /^fr(?:-|$)/i.test(lang);
}

/** The `lang` of the nearest ancestor that sets one (HTML elements and MDX's JSX elements alike). */
function languageOf(node: Readonly<HastNode>, ctx: HastVisitorContext): string | undefined {
  for (const ancestor of ancestorsOf(node, ctx)) {
    const lang = attributeOf(ancestor, 'lang');
    if (lang !== undefined) return lang;
  }
  return undefined;
}

function isVerbatim(node: Readonly<HastNode>, ctx: HastVisitorContext): boolean {
  return ancestorsOf(node, ctx).some((ancestor) => VERBATIM_TAGS.has(tagNameOf(ancestor) ?? ''));
}

/** The text of the siblings on either side, so marks at the edge of an inline element are spaced right. */
function neighboursOf(node: Readonly<HastNode>, ctx: HastVisitorContext): Neighbours {
  const parent = ctx.parent(node);
  const index = ctx.indexOf(node);
  if (!parent || index === undefined) return {};
  const before = parent.children[index - 1];
  const after = parent.children[index + 1];
  return { before: before && ctx.textContent(before), after: after && ctx.textContent(after) };
}

function ancestorsOf(node: Readonly<HastNode>, ctx: HastVisitorContext): Readonly<HastNode>[] {
  const ancestors = [];
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) ancestors.push(parent);
  return ancestors;
}

function tagNameOf(node: Readonly<HastNode>): string | undefined {
  if (node.type === 'element') return node.tagName;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return node.name ?? undefined;
  return undefined;
}

function attributeOf(node: Readonly<HastNode>, name: string): string | undefined {
  if (node.type === 'element') {
    const value = node.properties[name];
    return typeof value === 'string' ? value : undefined;
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const attribute = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
    return typeof attribute?.value === 'string' ? attribute.value : undefined;
  }
  return undefined;
}
