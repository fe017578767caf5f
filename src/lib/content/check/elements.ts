import type { ProblemCode, ProblemParams } from '../content-error.ts';
import { mdxComponentNames, requiredProps, type MdxComponentName } from '../mdx-components.ts';

/** An attribute as written: text in quotes, or a piece of code in braces (MDX only). */
export type AttributeValue = { text: string } | { code: string };

/** An element an editor wrote, as JSX in MDX or as HTML in Markdown. */
export interface WrittenElement {
  /** As written: `Callout`, `img`, `sCript`. */
  name: string;
  /** By name as written (`onClick`, `http-equiv`); a spread (`{...props}`) is named `{…}`. */
  attributes: ReadonlyMap<string, AttributeValue>;
}

/** A problem found in an element, before it is tied to its file and line. */
export interface ElementProblem {
  code: ProblemCode;
  params?: ProblemParams;
}

/** The name a spread attribute (`{...props}`) is listed under. */
export const SPREAD = '{…}';

/**
 * Elements no page may hold, whatever their case (`<sCript>` is a script):
 * they run code, change how the page is styled or where its links and
 * forms lead, or embed other sites.
 */
const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'base', 'link']);

/** The components editors may use, each written as a tag. */
const components = mdxComponentNames.map((name) => `<${name}>`);

/**
 * What is wrong with an element, for a site that publishes no code from
 * its content: forbidden tags, unknown components and missing props, code
 * in attributes, event handlers, inline styles (the site's security policy
 * blocks them), `<meta http-equiv>`, images without alternative text.
 * Addresses are checked with the links (see links.ts).
 */
export function elementProblems(element: WrittenElement): ElementProblem[] {
  const { name } = element;
  const problems = attributeProblems(element);
  if (isComponent(name)) {
    if (!(mdxComponentNames as readonly string[]).includes(name)) return [{ code: 'component-unknown', params: { name, components } }];
    // A prop written as code is reported as code, not as missing too.
    const missing = requiredProps[name as MdxComponentName].filter(
      (prop) => !element.attributes.has(prop) || textOf(element, prop)?.trim() === '',
    );
    return [...missing.map((prop) => ({ code: 'component-prop-missing' as const, params: { name, prop } })), ...problems];
  }
  const tag = name.toLowerCase();
  if (FORBIDDEN_TAGS.has(tag)) problems.unshift({ code: 'tag-forbidden', params: { name } });
  if (tag === 'meta' && hasAttribute(element, 'httpequiv')) problems.unshift({ code: 'meta-http-equiv' });
  if (tag === 'img' && !textOf(element, 'alt')?.trim()) {
    problems.unshift({ code: 'img-alt-missing', params: { url: textOf(element, 'src') ?? '' } });
  }
  return problems;
}

function attributeProblems(element: WrittenElement): ElementProblem[] {
  const name = element.name;
  return [...element.attributes].flatMap(([attribute, value]): ElementProblem[] => {
    if (attribute === SPREAD) return [{ code: 'expression-spread', params: { name } }];
    if ('code' in value) return [{ code: 'expression-attribute', params: { name, attribute } }];
    if (/^on/i.test(attribute)) return [{ code: 'attribute-event', params: { name, attribute } }];
    if (plainName(attribute) === 'style') return [{ code: 'attribute-style', params: { name } }];
    return [];
  });
}

/** `Callout`, `Figure`, `x.y`: a component rather than an HTML element. */
export function isComponent(name: string): boolean {
  return /^[A-Z]/.test(name) || name.includes('.');
}

/** An attribute's text, looked up whatever its case or hyphens (`http-equiv`, `httpEquiv`). */
export function textOf(element: WrittenElement, attribute: string): string | undefined {
  for (const [name, value] of element.attributes) {
    if (plainName(name) === plainName(attribute) && 'text' in value) return value.text;
  }
  return undefined;
}

function hasAttribute(element: WrittenElement, attribute: string): boolean {
  return [...element.attributes.keys()].some((name) => plainName(name) === attribute);
}

/** `http-equiv`, `httpEquiv` and `HTTP-EQUIV` all name `httpequiv`. */
function plainName(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/** The attributes that hold an address, checked like links: `href`, `src`, `action`… */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlinkhref', 'background', 'cite']);

/** The addresses an element holds, each with whether it is an image (or other embedded file). */
export function addressesOf(element: WrittenElement): { url: string; isImage: boolean }[] {
  return [...element.attributes].flatMap(([attribute, value]) => {
    if (!('text' in value) || !ADDRESS_ATTRIBUTES.has(plainName(attribute))) return [];
    return [{ url: value.text, isImage: !['href', 'xlinkhref', 'action', 'formaction', 'cite'].includes(plainName(attribute)) }];
  });
}
