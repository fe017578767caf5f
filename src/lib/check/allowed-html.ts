/*
 * What content may contain, as an allow-list: anything not named here is
 * refused, so a new way of running code or loading another site's files
 * (an element, an attribute, an Astro directive) is refused before anyone
 * thinks of it. The editing guides (docs/) list the same things in plain
 * words; tests/unit/allowed-html.test.ts crosses them with every syntax.
 */

/** Attributes any allowed element may have: naming, language, accessibility. */
const GLOBAL_ATTRIBUTES = ['id', 'class', 'classname', 'lang', 'dir', 'title', 'translate', 'role', 'hidden'];

/** `aria-label`, `aria-describedby`… (`arialabel` as an HTML parser names it): accessibility, never code. */
const ARIA = /^aria-?[a-z]+$/;

/**
 * The HTML elements a page may hold, each with the attributes it may have
 * beyond the global ones: text, lists, tables, links and images. No
 * element that runs code, styles the page, embeds another document or
 * sends a form.
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang', 'rel'],
  abbr: [],
  b: [],
  bdi: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  col: ['span'],
  colgroup: ['span'],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes', 'loading', 'decoding'],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  picture: [],
  pre: [],
  q: ['cite'],
  s: [],
  samp: [],
  small: [],
  source: ['srcset', 'sizes', 'media', 'type'],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/**
 * Attributes that hold addresses, checked like links and images (see
 * links.ts): on an allowed element, or named in a refusal. `srcset` holds
 * several, one per candidate.
 */
export const LINK_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'cite']);
export const IMAGE_ATTRIBUTES: ReadonlySet<string> = new Set(['src', 'srcset']);

/**
 * Schemes a link may use: web pages, e-mail, telephone. Images may use
 * none: they are files of the content folder (other sites' images are
 * blocked by the site's security policy).
 */
export const LINK_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Astro's directives (`set:html`, `is:raw`, `define:vars`, `class:list`,
 * `client:load`…) change what the build writes; none is for content.
 */
export const DIRECTIVE = /^(set|is|define|class|client|server|transition):/i;

/** Whether an element of that name (any case) may appear in a page. */
export function isAllowedElement(tag: string): boolean {
  return Object.hasOwn(ALLOWED_ELEMENTS, tag.toLowerCase());
}

/** Whether `attribute` (as written, any case) is allowed on the element `tag`. */
export function isAllowedAttribute(tag: string, attribute: string): boolean {
  const name = attribute.toLowerCase();
  if (GLOBAL_ATTRIBUTES.includes(name) || ARIA.test(name)) return true;
  return (ALLOWED_ELEMENTS[tag.toLowerCase()] ?? []).includes(name);
}

/** The attributes `tag` may have, as messages list them. */
export function allowedAttributesOf(tag: string): string[] {
  return [...GLOBAL_ATTRIBUTES.filter((name) => name !== 'classname'), 'aria-*', ...(ALLOWED_ELEMENTS[tag.toLowerCase()] ?? [])];
}
