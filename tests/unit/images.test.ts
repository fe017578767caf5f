import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkImages, imageProblem, MAX_IMAGE_PIXELS, svgProblem } from '../../src/lib/check/images.ts';

/* The one decision on every image the content brings in (check/images.ts): inert SVG drawings, rasters that are what they say. */

const svg = (inside: string, attributes = '') =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${inside}</svg>`,
  );

describe('svgProblem', () => {
  it.each([
    ['a script', svg('<script>alert(1)</script>'), 'image-svg-active', { what: '<script>' }],
    ['an event attribute', svg('<rect/>', ' onload="alert(1)"'), 'image-svg-active', { what: 'onload=…' }],
    ['an event attribute in capitals', svg('<rect ONCLICK="alert(1)"/>'), 'image-svg-active', { what: 'onclick=…' }],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><rect/></a>'), 'image-svg-active', { what: 'href=…' }],
    [
      'a javascript: link, encoded',
      svg('<a xlink:href="&#106;avascript:alert(1)"><rect/></a>'),
      'image-svg-active',
      { what: 'xlink:href=…' },
    ],
    [
      'an animation that sets an attribute',
      svg('<a><animate attributeName="href" to="javascript:alert(1)"/></a>'),
      'image-svg-active',
      { what: '<animate>' },
    ],
    ['foreign HTML', svg('<foreignObject><iframe src="/"></iframe></foreignObject>'), 'image-svg-active', { what: '<foreignobject>' }],
    [
      'an entity declaration',
      Buffer.from('<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>'),
      'image-svg-active',
      { what: '<!ENTITY>' },
    ],
    ['a remote image', svg('<image href="https://example.org/a.png"/>'), 'image-svg-remote', { url: 'https://example.org/a.png' }],
    [
      'a remote style',
      svg('<style>rect { fill: url(https://example.org/a.svg#g) }</style><rect/>'),
      'image-svg-remote',
      { url: 'https://example.org/a.svg#g' },
    ],
    ['an imported style sheet', svg('<style>@import "https://example.org/a.css";</style>'), 'image-svg-remote', { url: '@import' }],
    ['no drawing at all', Buffer.from('<html><body>Bonjour</body></html>'), 'image-svg-unreadable', undefined],
    [
      'a script under Inkscape’s prefix bound to SVG',
      svg(
        '<g xmlns:inkscape="http://www.w3.org/2000/svg"><inkscape:script>alert(1)</inkscape:script></g>',
        ' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"',
      ),
      'image-svg-active',
      { what: '<inkscape:script>' },
    ],
    [
      'a script inside Inkscape’s notes',
      svg(
        '<sodipodi:namedview><script>alert(1)</script></sodipodi:namedview>',
        ' xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"',
      ),
      'image-svg-active',
      { what: '<script>' },
    ],
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

  it('accepts drawings as Illustrator and Inkscape save them, with their notes', () => {
    const illustrator =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: Adobe Illustrator 27.0.0 -->\n' +
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' +
      '<svg version="1.1" id="Calque_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px" ' +
      'viewBox="0 0 200 50" style="enable-background:new 0 0 200 50;" xml:space="preserve">\n<style type="text/css">.st0{fill:#0B2A47;}</style>\n' +
      '<g data-name="Layer 1"><path class="st0" d="M0,0h200v50H0V0z"/></g>\n</svg>\n';
    const inkscape =
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg width="210mm" height="297mm" viewBox="0 0 210 297" version="1.1" id="svg5" ' +
      'inkscape:version="1.3" sodipodi:docname="logo.svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" ' +
      'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg">' +
      '<sodipodi:namedview id="namedview7" pagecolor="#ffffff"/><g inkscape:label="Calque 1" inkscape:groupmode="layer" id="layer1">' +
      '<rect style="fill:#0b2a47" width="100" height="50" x="10" y="10"/></g></svg>\n';
    expect(svgProblem(Buffer.from(illustrator))).toBeUndefined();
    expect(svgProblem(Buffer.from(inkscape))).toBeUndefined();
  });
});

describe('imageProblem and checkImages', () => {
  const folder = mkdtempSync(join(tmpdir(), 'images-'));
  const file = (name: string, bytes: Buffer | string) => {
    writeFileSync(join(folder, name), bytes);
    return join(folder, name);
  };
  const drawn = (format: 'png' | 'jpeg' | 'gif') =>
    sharp({ create: { width: 4, height: 3, channels: 3, background: '#f60' } })
      .toFormat(format)
      .toBuffer();
  const jpeg = Buffer.from('ffd8ffe000104a464946', 'hex');

  it('accepts a raster image that is what its name says, whatever the case of its extension', async () => {
    expect(await imageProblem(file('a.png', await drawn('png')))).toBeUndefined();
    expect(await imageProblem(file('b.JPG', await drawn('jpeg')))).toBeUndefined();
    expect(await imageProblem(file('c.gif', await drawn('gif')))).toBeUndefined();
  });

  it('refuses a raster image that is another format, or no image at all, or one whose header cannot be read', async () => {
    expect(await imageProblem(file('d.png', jpeg))).toEqual({ code: 'image-format', params: { extension: 'png' } });
    expect(await imageProblem(file('e.webp', '<svg onload="alert(1)"></svg>'))).toEqual({
      code: 'image-format',
      params: { extension: 'webp' },
    });
    expect(await imageProblem(file('g.jpg', jpeg))).toEqual({ code: 'image-unreadable' });
  });

  it('reads the size from the header only: a camera photo passes, a small file declaring 900 megapixels does not', async () => {
    expect(await imageProblem(file('camera.png', pngDeclaring(8000, 6000)))).toBeUndefined();
    expect(await imageProblem(file('bomb.png', pngDeclaring(30_000, 30_000)))).toEqual({
      code: 'image-too-large',
      params: { width: 30_000, height: 30_000, megapixels: 900, limit: MAX_IMAGE_PIXELS / 1_000_000 },
    });
  });

  it('names each refused image once, and leaves other files alone', async () => {
    const bad = file('f.svg', svg('<script>alert(1)</script>'));
    const notes = file('notes.txt', '<script>');
    expect(await checkImages([bad, bad, notes, join(folder, 'missing.png')])).toEqual([
      { file: bad, code: 'image-svg-active', params: { what: '<script>' } },
    ]);
  });
});

/** A PNG whose header declares `width` × `height` pixels, and whose data holds one row: only its header is ever read. */
function pngDeclaring(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const signature = Buffer.from('89504e470d0a1a0a', 'hex');
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(width + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
