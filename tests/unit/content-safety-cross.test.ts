import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import type { ContentProblem } from '../../src/lib/content/content-error.ts';

/*
 * Every way of smuggling something active into a page, crossed: element ×
 * attribute × encoding (plain, entity-encoded, mixed case, white space
 * inside the scheme) × syntax (MDX, raw HTML in a .md page, a data file).
 * Each combination must be refused with a coded problem naming its file
 * (nothing gets as far as the build). The cases run in-process through the
 * very check `astro build` runs first (src/lib/check/), all pages in
 * one content folder, so hundreds of them take a second or two; a few are
 * run through real builds too (tests/helpers/mistakes.ts). Harmless
 * look-alikes must pass, so the test can tell the two apart.
 */

/** An element with one attribute; `{scheme}` in the value stands for the scheme as each encoding writes it. */
interface Construct {
  element: string;
  attribute: string;
  value: string;
}

/** Addresses whose scheme runs code or smuggles content in, or that load another site's file. */
const ACTIVE_URLS = ['{javascript}:alert(1)', '{vbscript}:msgbox(1)', '{data}:text/html,<b>x</b>', 'https://example.org/pixel.png'];

/** Every attribute that can hold an address, on the elements that use it. */
const URL_CONSTRUCTS: Construct[] = [
  ['a', 'href'],
  ['img', 'src'],
  ['img', 'srcset'],
  ['source', 'srcset'],
  ['blockquote', 'cite'],
  ['q', 'cite'],
  ['del', 'cite'],
  ['a', 'ping'],
  ['video', 'poster'],
  ['form', 'action'],
  ['button', 'formaction'],
  ['object', 'data'],
  ['table', 'background'],
  ['iframe', 'src'],
  ['embed', 'src'],
  ['link', 'href'],
  ['base', 'href'],
  ['use', 'xlink:href'],
  ['img', 'longdesc'],
  ['img', 'lowsrc'],
  ['input', 'src'],
  ['area', 'href'],
  ['script', 'src'],
].flatMap(([element = '', attribute = '']) => ACTIVE_URLS.map((value) => ({ element, attribute, value })));

/** Attributes that run code or write raw markup whatever their value: event handlers and Astro's directives. */
const CODE_CONSTRUCTS: Construct[] = [
  ['img', 'onerror'],
  ['a', 'onclick'],
  ['p', 'onmouseover'],
  ['details', 'ontoggle'],
  ['p', 'set:html'],
  ['span', 'set:text'],
  ['div', 'is:raw'],
  ['div', 'is:inline'],
  ['p', 'class:list'],
  ['div', 'define:vars'],
  ['span', 'client:load'],
  ['p', 'style'],
].map(([element = '', attribute = '']) => ({ element, attribute, value: '<img src=x onerror=alert(1)>' }));

/** Elements no page may hold, whatever their attributes. */
const ELEMENT_CONSTRUCTS: Construct[] = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'template',
  'video',
  'audio',
  'form',
  'input',
  'button',
  'textarea',
  'noscript',
  'meta',
  'link',
  'base',
  'frame',
  'portal',
].map((element) => ({ element, attribute: 'title', value: 'x' }));

/** How an editor (or an attacker) may write the same thing. */
const ENCODINGS: Record<string, (text: string) => string> = {
  plain: (text) => text,
  'entity-encoded': (text) => [...text].map((character) => `&#x${character.codePointAt(0)?.toString(16)};`).join(''),
  'mixed case': (text) => [...text].map((character, index) => (index % 2 ? character.toUpperCase() : character.toLowerCase())).join(''),
  'white space in the scheme': (text) => `${text.slice(0, 2)}\t${text.slice(2)}`,
};

/** A construct written in one encoding: the scheme in its value, and the names in mixed case for that encoding. */
function written(construct: Construct, encoding: string): { element: string; attribute: string; value: string } {
  const encode = ENCODINGS[encoding] ?? ((text: string) => text);
  const value = construct.value.replace(/\{(\w+)\}/, (_whole, scheme: string) => encode(scheme));
  // Names cannot hold references or white space; their case changes in the mixed-case encoding.
  const names = encoding === 'mixed case' ? ENCODINGS['mixed case'] : (text: string) => text;
  return {
    element: names?.(construct.element) ?? construct.element,
    attribute: names?.(construct.attribute) ?? construct.attribute,
    value,
  };
}

/** The element as HTML (or JSX): quotes in the value written as a reference, as an editor would have to. */
function markup({ element, attribute, value }: { element: string; attribute: string; value: string }): string {
  return `<${element} ${attribute}="${value.replace(/"/g, '&quot;')}" alt="x">Texte</${element}>`;
}

interface Case {
  name: string;
  /** The file inside the content folder. */
  file: string;
  /** What it must be: refused, or (a harmless look-alike) accepted. */
  refused: boolean;
}

const contentDir = '.cache/content-safety-cross';
const cases: Case[] = [];
let problems: ContentProblem[] = [];
/** Each fictional partner of the data-file cases: its website as written (or its logo), and the line its entry starts on. */
let partnerCases: { name: string; website: string; start: number }[] = [];
/** The logos among them: an image address, which must be refused whatever it is. */
let logoCases: { name: string; start: number }[] = [];

/** A page of the cross: its frontmatter, then the construct. */
function page(key: string, body: string): string {
  return `---\nkey: ${key}\nkind: page\ntitle: Essai ${key}\ndescription: Page d’essai de la sécurité du contenu.\n---\n\nTexte.\n\n${body}\n`;
}

/** A fictional partner whose website (or logo) is `address`, for the data-file syntax. */
function partner(id: string, order: number, field: 'website' | 'logo', address: string): string {
  const fields = `- id: ${id}\n  order: ${order}\n  name: { fr: Essai ${order}, en: Test ${order} }\n  ofName: { fr: d’Essai ${order}, en: of Test ${order} }\n  summary: { fr: Phrase d’essai., en: Test sentence. }\n`;
  if (field === 'website') return `${fields}  website: ${JSON.stringify(address)}\n`;
  return `${fields}  website: https://example.org/\n  logo: { src: ${JSON.stringify(address)}, alt: { fr: Logo, en: Logo } }\n`;
}

const HARMLESS = [
  '<a href="https://example.org/a">Un site</a>',
  '<a href="mailto:contact@example.org">Écrire</a>',
  '<img src="./quai.png" alt="Un quai" />',
  '<abbr title="Organisation des Nations unies">ONU</abbr>',
  '<blockquote cite="https://example.org/source">Une citation.</blockquote>',
  '<span lang="en">English words</span>',
  '<table><tbody><tr><th scope="row" colspan="2" aria-label="Ligne">A</th><td rowspan="1">B</td></tr></tbody></table>',
  '<img src="./quai.png" srcset="./quai.png 1x, ./quai.png 2x" alt="Un quai" />',
];

beforeAll(async () => {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(`${contentDir}/fr/essais`, { recursive: true });
  cpSync('tests/fixtures/content', contentDir, { recursive: true });
  cpSync('tests/fixtures/content/fr/accord/quai.png', `${contentDir}/fr/essais/quai.png`);
  let index = 0;
  for (const construct of [...URL_CONSTRUCTS, ...CODE_CONSTRUCTS, ...ELEMENT_CONSTRUCTS]) {
    for (const encoding of Object.keys(ENCODINGS)) {
      const html = markup(written(construct, encoding));
      for (const extension of ['mdx', 'md']) {
        index += 1;
        const file = `fr/essais/cas-${index}.${extension}`;
        writeFileSync(`${contentDir}/${file}`, page(`cross-${index}`, html));
        cases.push({ name: `${extension === 'mdx' ? 'MDX' : 'raw HTML in .md'}: ${html} (${encoding})`, file, refused: true });
      }
    }
  }
  HARMLESS.forEach((html, harmless) => {
    for (const extension of ['mdx', 'md']) {
      const file = `fr/essais/inoffensif-${harmless}.${extension}`;
      writeFileSync(`${contentDir}/${file}`, page(`harmless-${harmless}-${extension}`, html));
      cases.push({ name: `${extension}: ${html}`, file, refused: false });
    }
  });
  // The data-file syntax: partners' websites, the addresses a data file holds.
  const partners = readFileSync('tests/fixtures/content/partners.yaml', 'utf8').split('\n');
  const websites = ACTIVE_URLS.flatMap((url) =>
    Object.keys(ENCODINGS).map((encoding) => ({
      encoding,
      website: url.replace(/\{(\w+)\}/, (_whole, scheme: string) => ENCODINGS[encoding]?.(scheme) ?? scheme),
    })),
  );
  partnerCases = [];
  logoCases = [];
  websites.forEach(({ encoding, website }, number) => {
    partnerCases.push({ name: `partners.yaml: website ${JSON.stringify(website)} (${encoding})`, website, start: partners.length + 1 });
    partners.push(
      ...partner(`essai-${number}`, number + 3, 'website', website)
        .trimEnd()
        .split('\n'),
    );
  });
  websites.forEach(({ encoding, website: logo }, number) => {
    logoCases.push({ name: `partners.yaml: logo ${JSON.stringify(logo)} (${encoding})`, start: partners.length + 1 });
    partners.push(
      ...partner(`logo-${number}`, websites.length + number + 3, 'logo', logo)
        .trimEnd()
        .split('\n'),
    );
  });
  writeFileSync(`${contentDir}/partners.yaml`, `${partners.join('\n')}\n`);
  ({ problems } = await checkContent({ contentDir, publicDir: 'public' }));
}, 60_000);

describe('content that could do more than show text and images, crossed with every way of writing it', () => {
  it('covers every combination', () => {
    expect(cases.filter((one) => one.refused).length).toBeGreaterThan(400);
  });

  it('refuses each one with a coded problem naming its file, and lets harmless look-alikes through', () => {
    const refused = new Set(problems.map((problem) => problem.file.slice(contentDir.length + 1)));
    const wrong = cases
      .filter((one) => refused.has(one.file) !== one.refused)
      .map((one) => `${one.refused ? 'let through' : 'refused'}: ${one.name}`);
    expect(wrong).toEqual([]);
    for (const problem of problems) expect(problem.code).toMatch(/^[a-z][a-z-]+$/);
  });

  it('refuses each active address in a data file at its line, or lets through only a link to a web page; and every logo from elsewhere', () => {
    const lines = problems.filter((problem) => problem.file === `${contentDir}/partners.yaml`).map((problem) => problem.line ?? 0);
    const accepted = partnerCases.filter(({ start }) => !lines.some((line) => line >= start && line < start + 6));
    // What a browser makes of an accepted address (it drops tabs and new lines): a web page, or nothing is let through.
    const active = accepted.filter(({ website }) => !['https:', 'http:'].includes(URL.parse(website)?.protocol ?? ''));
    expect(active.map(({ name }) => name)).toEqual([]);
    const logos = logoCases.filter(({ start }) => !lines.some((line) => line >= start && line < start + 7));
    expect(logos.map(({ name }) => name)).toEqual([]);
    // The https:// look-alikes, written plainly, are accepted: the test tells the two apart.
    expect(accepted.map(({ name }) => name)).toContain('partners.yaml: website "https://example.org/pixel.png" (plain)');
  });
});
