import { describe, expect, it } from 'vitest';
import { withTranslatedField } from '../../src/lib/content/translated-field.ts';

const claim = { from: 'fr', version: 'abcdef123456' } as const;

describe('withTranslatedField', () => {
  it('changes only the two values when the field is written in its usual form', () => {
    const before = [
      '---',
      'key: axis-first # shared with the French page',
      "title: 'First axis: energy'",
      'description: A description that is long enough to be written on one line and kept exactly as it is.',
      'translated:',
      '    from: en',
      '    version: "000000000000"',
      '---',
      '',
      'Text.',
      '',
    ].join('\n');
    expect(withTranslatedField(before, claim)).toBe(before.replace('from: en', 'from: fr').replace('"000000000000"', 'abcdef123456'));
  });

  it('keeps the byte-order mark and Windows line endings', () => {
    const before = '\uFEFF---\r\nkey: x\r\ntranslated:\r\n  from: fr\r\n  version: 000000000000\r\n---\r\nText.\r\n';
    expect(withTranslatedField(before, claim)).toBe(before.replace('000000000000', 'abcdef123456'));
  });

  it('adds the field at the end of the frontmatter, indented like the other fields', () => {
    const before = '---\r\nkey: x\r\nnav:\r\n   order: 2\r\n---\r\nText.\r\n';
    expect(withTranslatedField(before, claim)).toBe(
      '---\r\nkey: x\r\nnav:\r\n   order: 2\r\ntranslated:\r\n   from: fr\r\n   version: abcdef123456\r\n---\r\nText.\r\n',
    );
  });

  it('rewrites a field written another way on its own lines only', () => {
    const before = '---\nkey: x\ntranslated: { from: en, version: 000000000000 }\ntitle: Title\n---\nText.\n';
    expect(withTranslatedField(before, claim)).toBe(
      '---\nkey: x\ntranslated:\n  from: fr\n  version: abcdef123456\ntitle: Title\n---\nText.\n',
    );
  });
});
