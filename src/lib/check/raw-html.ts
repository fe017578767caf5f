import { htmlToHast, type HastNode } from 'satteri';
import type { AttributeValue, WrittenElement } from './elements.ts';

/** An element of raw HTML, with the line it starts on, counted from the HTML's first line (0). */
export interface RawElement {
  element: WrittenElement;
  lineOffset: number;
}

/**
 * The elements of a piece of HTML written in a Markdown page, read by an
 * HTML parser as a browser would (so `<IMG SRC=…>` is an image, and an
 * attribute is found however it is quoted), in the order they are written.
 */
export function rawElements(html: string): RawElement[] {
  const found: RawElement[] = [];
  let cursor = 0;
  const visit = (node: HastNode) => {
    if (node.type === 'element') {
      // Parsers add elements the source does not write (a table's <tbody>): those keep the last line.
      const start = html.toLowerCase().indexOf(`<${node.tagName.toLowerCase()}`, cursor);
      if (start >= 0) cursor = start + 1;
      const lineOffset = html.slice(0, Math.max(cursor - 1, 0)).split('\n').length - 1;
      found.push({ element: { name: node.tagName, attributes: attributesOf(node.properties) }, lineOffset });
    }
    if ('children' in node) for (const child of node.children as HastNode[]) visit(child);
  };
  visit(htmlToHast(html, { fragment: true }));
  return [...found, ...droppedTags(html, found)];
}

/**
 * Tags the HTML parser drops where they are written (`<frame>` outside a
 * frameset, `<html>`, `<body>`), at the HTML's first line: the build drops
 * them too, but they are no more allowed for that, and another parser
 * might not drop them.
 */
function droppedTags(html: string, found: readonly RawElement[]): RawElement[] {
  const parsed = new Set(found.map(({ element }) => element.name.toLowerCase()));
  const written = [...html.matchAll(/<([a-z][a-z0-9-]*)/gi)].map((match) => match[1] ?? '');
  return [...new Set(written.filter((name) => !parsed.has(name.toLowerCase())))].map((name) => ({
    element: { name, attributes: new Map() },
    lineOffset: 0,
  }));
}

/** HAST properties (`onError`, `httpEquiv: ['refresh']`, `hidden: true`) as attributes and their text. */
function attributesOf(properties: Record<string, unknown> | undefined): Map<string, AttributeValue> {
  return new Map(
    Object.entries(properties ?? {}).flatMap(([name, value]): [string, AttributeValue][] => {
      if (value === false || value === null || value === undefined) return [];
      const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      // HTML attribute names ignore case: show them as HTML is usually written (`onerror`, not `onError`).
      return [[name.toLowerCase(), { text }]];
    }),
  );
}
