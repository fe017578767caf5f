import { cpSync, mkdirSync, rmSync } from 'node:fs';

/**
 * The mistakes editors can make, each a fixture in tests/fixtures/mistakes/
 * <name>/ laid over the valid fixture content, with the report it must get:
 * the file, line and field it names, and what the message says.
 */
export interface Mistake {
  name: string;
  file: string;
  line?: number;
  field?: string;
  message: RegExp;
}

export const mistakes: Mistake[] = [
  { name: 'missing-title', file: 'fr/accord/premier-axe.mdx', line: 1, field: 'title', message: /add a "title"/i },
  { name: 'invalid-date', file: 'fr/actualites/article-francais.mdx', line: 6, field: 'published', message: /"2023-02-30" is not a date/ },
  {
    name: 'day-month-date',
    file: 'fr/actualites/article-francais.mdx',
    line: 6,
    field: 'published',
    message: /"2\/05\/2023" is not a date in the form YYYY-MM-DD; write e\.g\. 2023-05-02 for 2 May 2023/,
  },
  { name: 'axis-out-of-range', file: 'fr/accord/deuxieme-axe.mdx', line: 4, field: 'axis', message: /whole number from 1 to 5/ },
  {
    name: 'axis-used-twice',
    file: 'fr/accord/premier-axe.mdx',
    line: 4,
    field: 'axis',
    message: /Axis 1 is already the number of .*fr\/accord\/deuxieme-axe\.mdx/,
  },
  {
    name: 'same-url',
    file: 'fr/accord/premier-axe/index.mdx',
    message: /would be published at \/fr\/accord\/premier-axe\/, the address of .*fr\/accord\/premier-axe\.mdx/,
  },
  {
    name: 'translation-without-original',
    file: 'en/agreement/orphan.mdx',
    line: 6,
    field: 'translated',
    message: /says it is translated from fr, but no page in fr\/ has the key "orphan-page"/,
  },
  { name: 'unknown-language', file: 'de/index.mdx', message: /"de" is not a language folder of this site\. Put the file in one of: fr\/, en\// },
  {
    name: 'broken-link',
    file: 'fr/accord/premier-axe.mdx',
    line: 9,
    message: /No page is published at \/fr\/acord\/: check the address \(did you mean \/fr\/accord\/\?\)/,
  },
  { name: 'mdx-syntax-error', file: 'fr/accord/premier-axe.mdx', line: 11, message: /The tag <div> is opened but not closed/ },
  { name: 'unknown-component', file: 'fr/accord/premier-axe.mdx', line: 11, message: /<Calout> is not a component of this site/ },
  { name: 'image-without-alt', file: 'fr/accord/premier-axe.mdx', line: 11, message: /This image has no alternative text/ },
  {
    name: 'misspelt-field',
    file: 'fr/accord/premier-axe.mdx',
    line: 6,
    field: 'descripton',
    message: /"descripton" is not a field this page can have: did you mean "description"\?/,
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
