import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { allowedAttributesOf } from '../../src/lib/check/allowed-html.ts';
import type { ContentProblem, ProblemCode, ProblemParams } from '../../src/lib/content/content-error.ts';

/**
 * The mistakes editors can make, each a fixture in tests/fixtures/mistakes/
 * <name>/ laid over the valid fixture content, with the one problem it must
 * be reported as: the file, line and field it names, its code, and what the
 * message names (the rendered wording is tested once per language, in
 * tests/unit/editor-messages.test.ts).
 */
export interface Mistake {
  name: string;
  /** The file at fault, inside the content folder. */
  file: string;
  line?: number;
  field?: string;
  code: ProblemCode;
  /** What the message names (the check may give more, which its message does not use). */
  params?: ProblemParams;
}

/** The fixture pages most mistakes are made in: an MDX axis page, and a Markdown article. */
const AXIS = 'fr/accord/premier-axe.mdx';
const ARTICLE = 'fr/actualites/article-francais.md';

/** The data files. */
const PARTNERS = 'partners.yaml';
const TAGS = 'tags.yaml';
const CORRIDOR = 'map/corridor.yaml';
const LEGAL = 'legal.yaml';

/** The components editors may use, as messages list them. */
const components = ['<Callout>', '<Figure>', '<ContactBlock>'];

export const mistakes: Mistake[] = [
  { name: 'missing-title', file: 'fr/accord/premier-axe.mdx', line: 1, field: 'title', code: 'title-missing' },
  {
    name: 'invalid-date',
    file: 'fr/actualites/article-francais.md',
    line: 6,
    field: 'published',
    code: 'date-format',
    params: { value: '2023-02-30' },
  },
  {
    name: 'day-month-date',
    file: 'fr/actualites/article-francais.md',
    line: 6,
    field: 'published',
    code: 'date-format',
    params: { value: '2/05/2023' },
  },
  { name: 'axis-out-of-range', file: 'fr/accord/deuxieme-axe.mdx', line: 4, field: 'axis', code: 'axis-range' },
  {
    name: 'axis-used-twice',
    file: 'fr/accord/premier-axe.mdx',
    line: 4,
    field: 'axis',
    code: 'axis-taken',
    params: { axis: 1, other: '<content>/fr/accord/deuxieme-axe.mdx' },
  },
  {
    name: 'same-url',
    file: 'fr/accord/premier-axe/index.mdx',
    code: 'same-url',
    params: { url: '/fr/accord/premier-axe/', other: '<content>/fr/accord/premier-axe.mdx' },
  },
  {
    name: 'translation-without-original',
    file: 'en/agreement/orphan.mdx',
    line: 6,
    field: 'translated',
    code: 'original-missing',
    params: { lang: 'fr', key: 'orphan-page' },
  },
  { name: 'unknown-language', file: 'de/index.mdx', code: 'folder-not-language', params: { folder: 'de', folders: ['fr/', 'en/'] } },
  {
    name: 'broken-link',
    file: 'fr/accord/premier-axe.mdx',
    line: 9,
    code: 'link-unknown-near',
    params: { path: '/fr/acord/', suggestion: '/fr/accord/' },
  },
  { name: 'mdx-syntax-error', file: 'fr/accord/premier-axe.mdx', line: 11, code: 'mdx-tag-unclosed', params: { name: 'div' } },
  {
    name: 'unknown-component',
    file: 'fr/accord/premier-axe.mdx',
    line: 11,
    code: 'component-unknown',
    params: { name: 'Calout', components },
  },
  { name: 'image-without-alt', file: 'fr/accord/premier-axe.mdx', line: 11, code: 'image-alt-missing', params: { url: './quai.png' } },
  {
    name: 'misspelt-field',
    file: 'fr/accord/premier-axe.mdx',
    line: 6,
    field: 'descripton',
    code: 'field-typo',
    params: { field: 'descripton', suggestion: 'description' },
  },
  // Nothing an editor writes may run code, load another site's files or escape the site's styles and security.
  { name: 'mdx-expression', file: AXIS, line: 17, code: 'mdx-expression' },
  { name: 'mdx-export', file: AXIS, line: 17, code: 'import-export', params: { components } },
  { name: 'expression-attribute', file: AXIS, line: 17, code: 'expression-attribute', params: { name: 'Callout', attribute: 'title' } },
  { name: 'expression-spread', file: AXIS, line: 17, code: 'expression-spread', params: { name: 'a' } },
  { name: 'script-any-case', file: AXIS, line: 17, code: 'tag-forbidden', params: { name: 'sCript' } },
  { name: 'iframe-any-case', file: AXIS, line: 17, code: 'tag-forbidden', params: { name: 'iFrame' } },
  { name: 'event-attribute', file: AXIS, line: 17, code: 'attribute-event', params: { name: 'a', attribute: 'onClick' } },
  { name: 'style-attribute', file: AXIS, line: 17, code: 'attribute-style', params: { name: 'p' } },
  { name: 'meta-http-equiv', file: AXIS, line: 17, code: 'meta-http-equiv' },
  { name: 'javascript-link', file: AXIS, line: 17, code: 'url-scheme', params: { url: 'javascript:alert(1)', scheme: 'javascript' } },
  { name: 'data-image', file: AXIS, line: 17, code: 'url-scheme', params: { url: 'data:image/png;base64,iVBORw0KGgo=', scheme: 'data' } },
  { name: 'vbscript-link', file: AXIS, line: 17, code: 'url-scheme', params: { url: 'vbscript:msgbox(1)', scheme: 'vbscript' } },
  { name: 'remote-image', file: AXIS, line: 17, code: 'image-remote', params: { url: 'https://example.org/logo.png' } },
  // Raw HTML in Markdown (.md) is checked like JSX in MDX.
  { name: 'md-script', file: ARTICLE, line: 18, code: 'tag-forbidden', params: { name: 'script' } },
  { name: 'md-image-without-alt', file: ARTICLE, line: 18, code: 'img-alt-missing', params: { url: '/favicon.svg' } },
  { name: 'md-broken-link', file: ARTICLE, line: 18, code: 'link-unknown-near', params: { path: '/fr/acord/', suggestion: '/fr/accord/' } },
  { name: 'md-event-attribute', file: ARTICLE, line: 18, code: 'attribute-event', params: { name: 'img', attribute: 'onerror' } },
  // Only what the allow-list names gets through (src/lib/check/allowed-html.ts), however it is written.
  { name: 'set-html-directive', file: AXIS, line: 17, code: 'attribute-directive', params: { name: 'p', attribute: 'set:html' } },
  { name: 'md-srcset-remote', file: ARTICLE, line: 18, code: 'image-remote', params: { url: 'https://example.org/tracker.png' } },
  {
    name: 'attribute-not-allowed',
    file: AXIS,
    line: 17,
    code: 'attribute-not-allowed',
    params: { name: 'a', attribute: 'ping', attributes: allowedAttributesOf('a') },
  },
  { name: 'element-not-allowed', file: ARTICLE, line: 18, code: 'tag-forbidden', params: { name: 'video' } },
  {
    name: 'encoded-javascript-link',
    file: AXIS,
    line: 17,
    code: 'url-scheme',
    params: { url: 'javascript:alert(1)', scheme: 'javascript' },
  },
  // Images are inert, wherever they are and whoever names them: partners' logos, pages' images, uploads no page names yet.
  { name: 'svg-logo-script', file: 'logos/partner-b.svg', code: 'image-svg-active', params: { what: '<script>' } },
  { name: 'svg-image-event', file: 'fr/accord/dessin.svg', code: 'image-svg-active', params: { what: 'onload=…' } },
  { name: 'svg-upload-remote', file: 'media/logo-importe.svg', code: 'image-svg-remote', params: { url: 'https://example.org/pixel.png' } },
  { name: 'image-not-png', file: 'fr/accord/quai.png', code: 'image-format', params: { extension: 'png' } },
  // Limits: a title a card and a results page can show, a topic label that makes an address, an image a browser can decode.
  { name: 'title-too-long', file: AXIS, line: 5, field: 'title', code: 'title-long', params: { length: 3000 } },
  { name: 'topic-label-without-letters', file: TAGS, line: 2, field: 'label.fr', code: 'topic-label-address', params: { value: '???' } },
  {
    name: 'topic-address-taken',
    file: TAGS,
    line: 4,
    field: 'label.fr',
    code: 'topic-address-taken',
    params: { value: 'Essaí', other: 'Essai', address: 'essai' },
  },
  // Found by the content model's properties (tests/unit/content-model.property.test.ts): a control character made the feeds invalid XML.
  { name: 'title-control-character', file: ARTICLE, line: 4, code: 'text-control-character' },
  {
    name: 'image-too-many-pixels',
    file: 'media/rectangle.png',
    code: 'image-too-large',
    params: { width: 30000, height: 30000, megapixels: 900, limit: 50 },
  },
  {
    name: 'page-image-outside-media',
    file: ARTICLE,
    line: 10,
    field: 'image',
    code: 'page-image-outside',
    params: { url: '../../../public/favicon.svg' },
  },
  // YAML that could blow up: anchors and aliases (a "billion laughs"), merge keys.
  { name: 'yaml-alias-frontmatter', file: ARTICLE, line: 4, code: 'yaml-alias' },
  { name: 'yaml-merge-data', file: 'tags.yaml', line: 2, code: 'yaml-alias' },
  // Links that lead readers astray.
  {
    name: 'wrong-language-link',
    file: 'en/agreement/first-axis.mdx',
    line: 14,
    code: 'link-other-language',
    params: { path: '/fr/accord/', suggestion: '/en/agreement/' },
  },
  {
    name: 'missing-fragment',
    file: AXIS,
    line: 17,
    code: 'fragment-missing',
    params: { path: '/fr/accord/deuxieme-axe/', fragment: 'nulle-part' },
  },
  { name: 'missing-fragment-here', file: AXIS, line: 17, code: 'fragment-missing-here', params: { fragment: 'nulle-part' } },
  // A file saved as Windows-1252: its first accent is on line 11.
  { name: 'non-utf8', file: AXIS, line: 11, code: 'file-encoding' },
  {
    name: 'unknown-tag',
    file: ARTICLE,
    line: 8,
    field: 'tags',
    code: 'unknown-tag',
    params: { tag: 'tset', file: '<content>/tags.yaml', tags: ['test'] },
  },
  // The data files beside the pages: partners, news topics, the corridor map.
  {
    name: 'partner-name-language-missing',
    file: PARTNERS,
    line: 4,
    field: 'name.en',
    code: 'text-language-missing',
    params: { key: 'en' },
  },
  { name: 'partner-of-name-missing', file: PARTNERS, line: 2, field: 'ofName', code: 'partner-of-name' },
  {
    name: 'partner-website-not-url',
    file: PARTNERS,
    line: 7,
    field: 'website',
    code: 'partner-website',
    params: { value: 'www.example.org/a' },
  },
  {
    name: 'partner-logo-missing',
    file: PARTNERS,
    line: 16,
    field: 'logo.src',
    code: 'partner-logo-missing',
    params: { value: './logos/partenaire-b.svg', folder: '<content>/logos' },
  },
  {
    name: 'partner-field-misspelt',
    file: PARTNERS,
    line: 13,
    field: 'webiste',
    code: 'data-field-typo',
    params: { field: 'webiste', suggestion: 'website' },
  },
  { name: 'tags-language-missing', file: TAGS, line: 2, field: 'label.en', code: 'text-language-missing', params: { key: 'en' } },
  { name: 'tags-id-used-twice', file: TAGS, line: 3, field: 'id', code: 'data-id-taken', params: { value: 'test' } },
  { name: 'tags-invalid-yaml', file: TAGS, line: 5, code: 'data-yaml-invalid' },
  { name: 'corridor-latitude-out-of-range', file: CORRIDOR, line: 14, field: 'places.latitude', code: 'map-latitude' },
  {
    name: 'corridor-unknown-place',
    file: CORRIDOR,
    line: 33,
    field: 'route',
    code: 'map-unknown-place',
    params: { value: 'pari', places: ['montreal', 'le-havre', 'rouen', 'paris'] },
  },
  {
    name: 'corridor-unknown-partner',
    file: CORRIDOR,
    line: 30,
    field: 'places.partner',
    code: 'map-unknown-partner',
    params: { place: 'paris', partner: 'partner-c', file: '<content>/partners.yaml', partners: ['partner-a', 'partner-b'] },
  },
  // The legal facts: an e-mail address without its @, a rate written as a percentage, a partner
  // partners.yaml does not have, a field name in French, an audit that does not say who made it.
  {
    name: 'legal-email-invalid',
    file: LEGAL,
    line: 16,
    field: 'accessibility.email',
    code: 'legal-email',
    params: { value: 'accessibilite.example.org' },
  },
  { name: 'legal-audit-rate-percent', file: LEGAL, line: 20, field: 'accessibility.audit.rate', code: 'legal-audit-rate' },
  {
    name: 'legal-unknown-partner',
    file: LEGAL,
    line: 5,
    field: 'publisher.partner',
    code: 'legal-unknown-partner',
    params: { partner: 'partner-c', file: '<content>/partners.yaml', partners: ['partner-a', 'partner-b'] },
  },
  { name: 'legal-field-misspelt', file: LEGAL, line: 7, field: 'directeur', code: 'data-field-unknown', params: { field: 'directeur' } },
  {
    name: 'legal-audit-incomplete',
    file: LEGAL,
    line: 17,
    field: 'accessibility.audit.auditor',
    code: 'legal-audit-field',
    params: { key: 'auditor' },
  },
  {
    name: 'contact-unknown-partner',
    file: AXIS,
    line: 17,
    code: 'contact-unknown-partner',
    params: { partner: 'partner-z', file: '<content>/partners.yaml', partners: ['partner-a', 'partner-b'] },
  },
  {
    name: 'contact-partner-absent',
    file: 'fr/contact.mdx',
    code: 'contact-partner-absent',
    params: { partner: 'partner-a', file: '<content>/partners.yaml' },
  },
];

/**
 * A content folder (in the git-ignored `.cache/<suite>/`, one per test suite
 * so suites running side by side never share one) holding the valid fixture
 * content with `mistake` laid over it; its path from the project root.
 */
export function contentWithMistake(mistake: Mistake, suite: string): string {
  const folder = `.cache/${suite}/${mistake.name}`;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync('tests/fixtures/content', folder, { recursive: true });
  cpSync(`tests/fixtures/mistakes/${mistake.name}`, folder, { recursive: true });
  return folder;
}

/** `mistake`'s params as found in `contentDir`: `<content>` stands for the folder, whose name each suite chooses. */
export function paramsIn(mistake: Mistake, contentDir: string): ProblemParams {
  return Object.fromEntries(
    Object.entries(mistake.params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' ? value.replace('<content>', contentDir) : value,
    ]),
  );
}

/** The mistake of the table named `name`. */
export function mistakeNamed(name: string): Mistake {
  const found = mistakes.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No mistake ${name} in tests/helpers/mistakes.ts`);
  return found;
}

/** The problem `mistake` must be reported as, in `contentDir`. */
export function problemOf(mistake: Mistake, contentDir: string): ContentProblem {
  return {
    file: `${contentDir}/${mistake.file}`,
    line: mistake.line,
    field: mistake.field,
    code: mistake.code,
    params: paramsIn(mistake, contentDir),
  };
}
