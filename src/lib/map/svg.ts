import type { Label } from './labels.ts';
import type { Frame } from './layouts.ts';

/*
 * Writing SVG elements as text. Attributes come out in a fixed order and
 * numbers as given (already rounded), so the same map always gives the same
 * bytes.
 */

/** Text and attribute values with `&`, `<`, `>` and `"` escaped. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type Attributes = Record<string, string | number | undefined>;

/** An element; attributes left `undefined` are not written. */
export function element(name: string, attributes: Attributes, content?: string): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return content === undefined ? `<${name}${written}/>` : `<${name}${written}>${content}</${name}>`;
}

export function rect(frame: Frame, className: string): string {
  return element('rect', { class: className, x: frame.x || undefined, y: frame.y || undefined, width: frame.width, height: frame.height });
}

/** A label; the anchor is written only when it is not the default (`start`). */
export function text(label: Label, className: string): string {
  const anchor = label.anchor === 'start' ? undefined : label.anchor;
  return element(
    'text',
    { class: className, x: label.x, y: label.y, 'font-size': label.fontSize, 'text-anchor': anchor },
    escapeXml(label.text),
  );
}

/** The whole document: a standalone SVG an `<img>` can show, named by its `<title>`. */
export function svgDocument(size: { width: number; height: number }, lang: string, title: string, style: string, body: string[]): string {
  const attributes = {
    xmlns: 'http://www.w3.org/2000/svg',
    lang,
    viewBox: `0 0 ${size.width} ${size.height}`,
    width: size.width,
    height: size.height,
    role: 'img',
  };
  return `${element('svg', attributes, [element('title', {}, escapeXml(title)), `<style>${style}</style>`, ...body].join('\n'))}\n`;
}
