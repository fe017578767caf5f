import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataFiles as checkFiles, readDataFiles } from '../../src/lib/check/data-files.ts';

/** The data files' problems in `contentDir`. */
const checkDataFiles = (contentDir: string) => checkFiles(readDataFiles(contentDir));

// The mistakes editors make most go through the build's content check, a few through the real build: tests/helpers/mistakes.ts.

/** The fixture content, in `.cache/data-files/<name>`, with `files` written over it. */
function contentWith(name: string, files: Record<string, string | Buffer>): string {
  const contentDir = `.cache/data-files/${name}`;
  rmSync(contentDir, { recursive: true, force: true });
  cpSync('tests/fixtures/content', contentDir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(`${contentDir}/${file}`, text);
  return contentDir;
}

const fixturePartners = readFileSync('tests/fixtures/content/partners.yaml', 'utf8');

describe('checkDataFiles', () => {
  it('finds nothing wrong in the real and fixture data files, nor in a folder without them', () => {
    expect(checkDataFiles('content')).toEqual([]);
    expect(checkDataFiles('tests/fixtures/content')).toEqual([]);
    mkdirSync('.cache/data-files/none', { recursive: true });
    expect(checkDataFiles('.cache/data-files/none')).toEqual([]);
  });

  it('refuses a partner id used twice, at the second', () => {
    const contentDir = contentWith('partner-twice', { 'partners.yaml': fixturePartners.replace('id: partner-b', 'id: partner-a') });
    expect(checkDataFiles(contentDir)).toEqual([
      expect.objectContaining({
        file: `${contentDir}/partners.yaml`,
        line: 8,
        field: 'id',
        code: 'data-id-taken',
        params: expect.objectContaining({ value: 'partner-a' }),
      }),
    ]);
  });

  it('asks for a partner’s name as it follows “of”, which the general message would not explain', () => {
    const contentDir = contentWith('of-name-missing', { 'partners.yaml': fixturePartners.replace(/^ {2}ofName: .*partenaire A.*\n/m, '') });
    expect(checkDataFiles(contentDir)).toEqual([
      expect.objectContaining({ file: `${contentDir}/partners.yaml`, line: 2, field: 'ofName', code: 'partner-of-name' }),
    ]);
  });

  it('refuses a field written twice in one group, which YAML itself refuses', () => {
    const contentDir = contentWith('label-twice', {
      'tags.yaml': '- id: test\n  label: { fr: Essai, en: Test }\n  label: { fr: Autre, en: Other }\n',
    });
    expect(checkDataFiles(contentDir)).toEqual([{ file: `${contentDir}/tags.yaml`, line: 3, code: 'data-yaml-duplicate-key' }]);
  });

  it('refuses topics written as a map under their ids, the shape tags.yaml had before it became a list', () => {
    const contentDir = contentWith('topics-map', { 'tags.yaml': 'test:\n  fr: Essai\n  en: Test\n' });
    expect(checkDataFiles(contentDir)).toEqual([expect.objectContaining({ file: `${contentDir}/tags.yaml`, code: 'tags-list' })]);
  });

  it.each([
    ['partners.yaml', '{ id: partner-a }', 'partners-list'],
    ['partners.yaml', '"Partenaire A"', 'partners-list'],
    ['tags.yaml', '"Essai"', 'tags-list'],
    ['map/corridor.yaml', '[1, 2]', 'map-not-fields'],
  ])('refuses %s of an unexpected type (%s) with a coded problem at its first line', (file, text, code) => {
    const contentDir = contentWith(`type-${code}-${file.length}`, { [file]: text });
    expect(checkDataFiles(contentDir)).toEqual([expect.objectContaining({ file: `${contentDir}/${file}`, line: 1, code })]);
  });

  it.each([
    ['an alias', '- id: a\n  label: &t { fr: Essai, en: Test }\n- id: b\n  label: *t\n', 2, 'yaml-alias'],
    ['an explicit type', '- id: test\n  label: !!map { fr: Essai, en: Test }\n', 2, 'yaml-tag'],
    ['a complex key', '- id: test\n  label: { fr: Essai, en: Test }\n  ? [a]\n  : b\n', 3, 'yaml-complex-key'],
  ])('refuses %s in a data file at its line', (_name, text, line, code) => {
    const contentDir = contentWith(`yaml-${code}`, { 'tags.yaml': text });
    expect(checkDataFiles(contentDir)).toEqual([{ file: `${contentDir}/tags.yaml`, line, code }]);
  });

  it('refuses a data file that is not UTF-8, at its first accent', () => {
    const contentDir = contentWith('latin-1', {
      'tags.yaml': Buffer.from('- id: test\n  label:\n    fr: Essai réussi\n    en: Test\n', 'latin1'),
    });
    expect(checkDataFiles(contentDir)).toEqual([{ file: `${contentDir}/tags.yaml`, line: 3, code: 'file-encoding' }]);
  });

  it('takes a postal code written as a number, and refuses contact details without a town', () => {
    const contact = (lines: string) => fixturePartners.replace('- id: partner-b', `  contact:\n${lines}- id: partner-b`);
    const complete = contentWith('contact', {
      'partners.yaml': contact('    street: 1, quai Test\n    postalCode: 76600\n    locality: Le Havre\n'),
    });
    expect(checkDataFiles(complete)).toEqual([]);
    const townless = contentWith('contact-townless', { 'partners.yaml': contact('    street: 1, quai Test\n    postalCode: 76600\n') });
    expect(checkDataFiles(townless)).toEqual([
      expect.objectContaining({ file: `${townless}/partners.yaml`, field: 'contact.locality', code: 'partner-contact' }),
    ]);
  });

  it('leaves the places’ partners unchecked until partners.yaml is right', () => {
    const contentDir = contentWith('partners-wrong', { 'partners.yaml': fixturePartners.replace('id: partner-b', 'id: Partner-B') });
    expect(checkDataFiles(contentDir).map((problem) => problem.code)).toEqual(['data-id-format']);
  });

  it('takes a legal.yaml with no fact filled in, as the real one is until the ports give them', () => {
    const contentDir = contentWith('legal-empty', { 'legal.yaml': '# Rien n’est encore connu.\n' });
    expect(checkDataFiles(contentDir)).toEqual([]);
  });

  it('refuses a data controller that partners.yaml does not have', () => {
    const legal = readFileSync('tests/fixtures/content/legal.yaml', 'utf8').replace('controller: partner-a', 'controller: partner-z');
    const contentDir = contentWith('legal-controller', { 'legal.yaml': legal });
    expect(checkDataFiles(contentDir)).toEqual([
      expect.objectContaining({
        file: `${contentDir}/legal.yaml`,
        line: 23,
        field: 'personalData.controller',
        code: 'legal-unknown-partner',
      }),
    ]);
  });
});
