import type { ProblemCode, ProblemParams } from '../content/content-error.ts';
import { mdxComponentNames, requiredProps, type MdxComponentName } from '../content/mdx-components.ts';
import { allowedAttributesOf, DIRECTIVE, IMAGE_ATTRIBUTES, isAllowedAttribute, isAllowedElement, LINK_ATTRIBUTES } from './allowed-html.ts';
import { decodeReferences } from './references.ts';

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

/** The components editors may use, each written as a tag. */
const components = mdxComponentNames.map((name) => `<${name}>`);

/**
 * What is wrong with an element, for a site that publishes no code from
 * its content: an element or attribute not on the allow-list
 * (allowed-html.ts), unknown components and missing props, code in
 * attributes, Astro directives, event handlers, inline styles (the site's
 * security policy blocks them), `<meta http-equiv>`, images without
 * alternative text. Addresses are checked with the links (see links.ts).
 */
export function elementProblems(element: WrittenElement): ElementProblem[] {
  const { name } = element;
  if (isComponent(name)) {
    if (!(mdxComponentNames as readonly string[]).includes(name)) return [{ code: 'component-unknown', params: { name, components } }];
    const props = requiredProps[name as MdxComponentName];
    // A prop written as code is reported as code, not as missing too.
    const missing = props.filter((prop) => !element.attributes.has(prop) || textOf(element, prop)?.trim() === '');
    const allowed = (attribute: string) => props.includes(attribute);
    return [
      ...missing.map((prop) => ({ code: 'component-prop-missing' as const, params: { name, prop } })),
      ...attributeProblems(element, allowed, props),
    ];
  }
  const tag = name.toLowerCase();
  if (tag === 'meta' && hasAttribute(element, 'httpequiv')) return [{ code: 'meta-http-equiv' }];
  // The attributes of an element that is refused do not matter: it goes.
  if (!isAllowedElement(tag)) return [{ code: 'tag-forbidden', params: { name } }];
  const problems = attributeProblems(element, (attribute) => isAllowedAttribute(tag, attribute), allowedAttributesOf(tag));
  if (tag === 'img' && !textOf(element, 'alt')?.trim()) {
    problems.unshift({ code: 'img-alt-missing', params: { url: textOf(element, 'src') ?? '' } });
  }
  return problems;
}

function attributeProblems(element: WrittenElement, allowed: (attribute: string) => boolean, list: readonly string[]): ElementProblem[] {
  const name = element.name;
  return [...element.attributes].flatMap(([attribute, value]): ElementProblem[] => {
    if (attribute === SPREAD) return [{ code: 'expression-spread', params: { name } }];
    if ('code' in value) return [{ code: 'expression-attribute', params: { name, attribute } }];
    if (DIRECTIVE.test(attribute)) return [{ code: 'attribute-directive', params: { name, attribute } }];
    if (/^on/i.test(attribute)) return [{ code: 'attribute-event', params: { name, attribute } }];
    if (plainName(attribute) === 'style') return [{ code: 'attribute-style', params: { name } }];
    if (!allowed(attribute)) return [{ code: 'attribute-not-allowed', params: { name, attribute, attributes: list } }];
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

/**
 * The addresses an element holds, each with whether it is an image: every
 * address attribute whatever the element (a refused element's too, so that
 * no address escapes the link rules), `srcset` candidate by candidate,
 * with character references decoded as a browser would.
 */
export function addressesOf(element: WrittenElement): { url: string; isImage: boolean }[] {
  return [...element.attributes].flatMap(([attribute, value]): { url: string; isImage: boolean }[] => {
    if (!('text' in value)) return [];
    const name = attribute.toLowerCase();
    if (LINK_ATTRIBUTES.has(name)) return [{ url: decodeReferences(value.text), isImage: false }];
    if (name === 'srcset') return srcsetUrls(decodeReferences(value.text)).map((url) => ({ url, isImage: true }));
    if (IMAGE_ATTRIBUTES.has(name)) return [{ url: decodeReferences(value.text), isImage: true }];
    return [];
  });
}

/**
 * The addresses of a `srcset` (`a.png 1x, b.png 2x`): each candidate
 * without its width or density. Cut at every comma, which may cut an
 * address that holds one, and keeping anything else the candidate holds,
 * so that nothing a browser could load escapes the rules.
 */
export function srcsetUrls(srcset: string): string[] {
  return srcset.split(',').flatMap((candidate) => candidate.trim().replace(/\s+\d+(\.\d+)?[wx]$/i, '') || []);
}
