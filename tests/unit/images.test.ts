import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImages, imageProblem, svgProblem } from '../../src/lib/content/check/images.ts';

/* The one decision on every image the content brings in (check/images.ts): inert SVG drawings, rasters that are what they say. */

const svg = (inside: string, attributes = '') =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${inside}</svg>`);

describe('svgProblem', () => {
  it.each([
    ['a script', svg('<script>alert(1)</script>'), 'image-svg-active', { what: '<script>' }],
    ['an event attribute', svg('<rect/>', ' onload="alert(1)"'), 'image-svg-active', { what: 'onload=…' }],
    ['an event attribute in capitals', svg('<rect ONCLICK="alert(1)"/>'), 'image-svg-active', { what: 'onclick=…' }],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><rect/></a>'), 'image-svg-active', { what: 'href=…' }],
    ['a javascript: link, encoded', svg('<a xlink:href="&#106;avascript:alert(1)"><rect/></a>'), 'image-svg-active', { what: 'xlink:href=…' }],
    ['an animation that sets an attribute', svg('<a><animate attributeName="href" to="javascript:alert(1)"/></a>'), 'image-svg-active', { what: '<animate>' }],
    ['foreign HTML', svg('<foreignObject><iframe src="/"></iframe></foreignObject>'), 'image-svg-active', { what: '<foreignobject>' }],
    ['an entity declaration', Buffer.from('<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>'), 'image-svg-active', { what: '<!ENTITY>' }],
    ['a remote image', svg('<image href="https://example.org/a.png"/>'), 'image-svg-remote', { url: 'https://example.org/a.png' }],
    ['a remote style', svg('<style>rect { fill: url(https://example.org/a.svg#g) }</style><rect/>'), 'image-svg-remote', { url: 'https://example.org/a.svg#g' }],
    ['an imported style sheet', svg('<style>@import "https://example.org/a.css";</style>'), 'image-svg-remote', { url: '@import' }],
    ['no drawing at all', Buffer.from('<html><body>Bonjour</body></html>'), 'image-svg-unreadable', undefined],
  ])('refuses %s', (_name, bytes, code, params) => {
    expect(svgProblem(bytes)).toEqual(params ? { code, params } : { code });
  });

  it('accepts a drawing: shapes, text, gradients, inner links and a link out', () => {
    const drawing = svg(
      '<title>Logo</title><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>' +
        '<style>.a { fill: url(#g) }</style><rect class="a" width="10" height="10"/><text x="1" y="9">A</text>' +
        '<a href="https://example.org/"><circle r="2" fill="url(#g)"/></a>',
    );
    expect(svgProblem(drawing)).toBeUndefined();
  });
});

describe('imageProblem and checkImages', () => {
  const folder = mkdtempSync(join(tmpdir(), 'images-'));
  const file = (name: string, bytes: Buffer | string) => {
    writeFileSync(join(folder, name), bytes);
    return join(folder, name);
  };
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const jpeg = Buffer.from('ffd8ffe000104a464946', 'hex');

  it('accepts a raster image that is what its name says, whatever the case of its extension', () => {
    expect(imageProblem(file('a.png', png))).toBeUndefined();
    expect(imageProblem(file('b.JPG', jpeg))).toBeUndefined();
    expect(imageProblem(file('c.gif', 'GIF89a…'))).toBeUndefined();
  });

  it('refuses a raster image that is another format, or no image at all', () => {
    expect(imageProblem(file('d.png', jpeg))).toEqual({ code: 'image-format', params: { extension: 'png' } });
    expect(imageProblem(file('e.webp', '<svg onload="alert(1)"></svg>'))).toEqual({ code: 'image-format', params: { extension: 'webp' } });
  });

  it('names each refused image once, and leaves other files alone', () => {
    const bad = file('f.svg', svg('<script>alert(1)</script>'));
    const notes = file('notes.txt', '<script>');
    expect(checkImages([bad, bad, notes, join(folder, 'missing.png')])).toEqual([
      { file: bad, code: 'image-svg-active', params: { what: '<script>' } },
    ]);
  });
});
