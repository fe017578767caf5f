import { cpSync, mkdirSync, rmSync } from 'node:fs';
import type { ProblemCode, ProblemParams } from '../../src/lib/content/content-error.ts';

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

export const mistakes: Mistake[] = [
  { name: 'missing-title', file: 'fr/accord/premier-axe.mdx', line: 1, field: 'title', code: 'title-missing' },
  { name: 'invalid-date', file: 'fr/actualites/article-francais.md', line: 6, field: 'published', code: 'date-format', params: { value: '2023-02-30' } },
  { name: 'day-month-date', file: 'fr/actualites/article-francais.md', line: 6, field: 'published', code: 'date-format', params: { value: '2/05/2023' } },
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
  { name: 'unknown-component', file: 'fr/accord/premier-axe.mdx', line: 11, code: 'component-unknown', params: { name: 'Calout', components: ['<Callout>', '<Figure>', '<ContactBlock>'] } },
  { name: 'image-without-alt', file: 'fr/accord/premier-axe.mdx', line: 11, code: 'image-alt-missing', params: { url: './quai.png' } },
  {
    name: 'misspelt-field',
    file: 'fr/accord/premier-axe.mdx',
    line: 6,
    field: 'descripton',
    code: 'field-typo',
    params: { field: 'descripton', suggestion: 'description' },
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
