import { describe, expect, it } from 'vitest';
import { escapeData, escapeMarkdown, escapeProperty } from '../../scripts/lib/github-actions.ts';

/*
 * What the content check writes for GitHub Actions must reach it as written:
 * a workflow command ends at a line break and reads `%` as an escape; its
 * properties end at `,` and `:`; Markdown reads `<…>` as HTML and `*`, `_`
 * as emphasis. The whole report is tested in tests/build/content-check.test.ts.
 */

describe('GitHub Actions output', () => {
  it('escapes a message as GitHub’s workflow commands document', () => {
    expect(escapeData('100 % sûr\r\nligne 2')).toBe('100 %25 sûr%0D%0Aligne 2');
  });

  it('escapes a property value, whose , and : would start another property or the message', () => {
    expect(escapeProperty('content/a,b: c%.mdx')).toBe('content/a%2Cb%3A c%25.mdx');
  });

  it('keeps a message as it reads in Markdown', () => {
    expect(escapeMarkdown('<script> in *fr/a_b.mdx* [lien] & `code`\nsuite')).toBe(
      '\\<script\\> in \\*fr/a\\_b.mdx\\* \\[lien\\] \\& \\`code\\` suite',
    );
  });
});
