import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { spawnLimited } from '../helpers/command-limit.ts';
import { editorEnv } from '../helpers/editor-env.ts';

/*
 * A page whose every version is a draft (tests/build/editor-commands.test.ts
 * checks that `npm run translations` lists it apart): `astro build` on the
 * fixture content with it added publishes it nowhere and names it nowhere.
 */

const contentDir = '.cache/draft-build/content';
const title = 'Brouillon jamais publié';

it('a page whose every version is a draft is built nowhere and named nowhere on the site', () => {
  rmSync(contentDir, { recursive: true, force: true });
  cpSync('tests/fixtures/content', contentDir, { recursive: true });
  writeFileSync(
    `${contentDir}/fr/accord/brouillon.mdx`,
    `---\nkey: draft-only\nkind: page\ntitle: ${title}\ndescription: Une page en préparation, que personne ne doit voir.\ndraft: true\n---\n\nTexte.\n`,
  );
  const outDir = `${contentDir}-dist`;
  const result = spawnLimited('npx', ['astro', 'build'], {
    env: { ...editorEnv, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, OUT_DIR: outDir },
    encoding: 'utf8',
  });
  const output = result.stdout + result.stderr;
  expect(result.status, output).toBe(0);
  // Nothing an editor could not read: neither a Node.js stack trace nor an error's class name.
  expect(output).not.toMatch(/^\s+at .+\)?$/m);
  expect(output).not.toMatch(/\b(Type|Reference|Syntax)?Error:|ERR_/);
  expect(existsSync(`${outDir}/fr/accord/brouillon`)).toBe(false);
  expect(existsSync(`${outDir}/en/agreement/brouillon`)).toBe(false);
  for (const file of ['translations/index.html', 'sitemap.xml', 'fr/accord/index.html']) {
    const text = readFileSync(`${outDir}/${file}`, 'utf8');
    expect(text, file).not.toContain(title);
    expect(text, file).not.toContain('brouillon.mdx');
  }
});
