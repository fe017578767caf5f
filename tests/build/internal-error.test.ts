import { cpSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editorTranslations } from '../../src/i18n/editor/index.ts';
import { failureOf } from '../../src/integrations/plain-failure.ts';
import { describeProblems } from '../../src/lib/content/content-error.ts';
import { EditorError, reportOf } from '../../src/lib/content/editor-error.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { spawnLimited } from '../helpers/command-limit.ts';

/*
 * Something the checks did not expect (here, reading one page fails, as a
 * fault of the machine or of the site's code would make it; or reading a
 * data file fails in Astro's loader, once the check has passed): `astro build`
 * stops with one plain message in the editor's language, coded
 * internal-error, naming the file and saying where to report it; no
 * English "unhandled error", no stack trace. What the build's boundary
 * (src/integrations/plain-failure.ts) makes of an error is tested in this
 * process, in each language; one real build per way in (the check, a
 * loader) proves the command prints it and fails.
 */

const contentDir = '.cache/internal-error/content';

/** `astro build` of the fixture content with `fault` injected (see tests/helpers/inject-fault.mjs), for an editor reading French. */
function build(fault: Record<string, string>) {
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(`${contentDir}-cache`, { recursive: true, force: true });
  cpSync('tests/fixtures/content', contentDir, { recursive: true });
  return spawnLimited('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...editorEnv,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: contentDir,
      OUT_DIR: `${contentDir}-dist`,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ./tests/helpers/inject-fault.mjs`,
      // A cache of its own, emptied: the cards are drawn, not read from an earlier build's cache.
      CACHE_DIR: `${contentDir}-cache`,
      ...fault,
    },
  });
}

describe('the build’s boundary, on an error a hook throws', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each(['fr', 'en'] as const)('reports an unexpected one as one plain, coded message in the editor’s language (%s)', (lang) => {
    vi.stubEnv('EDITOR_LANG', lang);
    const t = editorTranslations(lang);
    const failure = failureOf(new TypeError('Fault injected by the test'), 'content/fr/index.mdx');
    const problem = {
      file: 'content/fr/index.mdx',
      code: 'internal-error' as const,
      params: { detail: 'TypeError: Fault injected by the test' },
    };
    expect(reportOf(failure)).toBe(`${describeProblems([problem], t)}\n${t('report.hint')}\n`);
  });

  it('reports an editor’s error as it is, message then hint', () => {
    const error = new EditorError('Le message.', 'Le conseil.');
    expect(failureOf(error, 'content')).toBe(error);
    expect(reportOf(error)).toBe('Le message.\n\nLe conseil.\n');
  });
});

describe('npm run build when something unexpected breaks inside the content check', () => {
  it('stops with one plain, coded message in the editor’s language', () => {
    const { status, stdout, stderr } = build({ INJECT_FAULT_IN: 'fr/accord/premier-axe.mdx' });
    const output = `${stdout}${stderr}`;
    expect(status, output).toBe(1);
    const t = editorTranslations('fr');
    const problem = {
      file: `${contentDir}/fr/accord/premier-axe.mdx`,
      code: 'internal-error' as const,
      params: { detail: 'TypeError: Fault injected by the test' },
    };
    expect(output).toContain(`${describeProblems([problem], t)}\n${t('report.hint')}\n`);
    expect(output).toContain('internal-error');
    expect(output).not.toMatch(/unhandled|Stack trace/i);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('stops the same way when a loader breaks, after the check passed', () => {
    const { status, stdout, stderr } = build({ INJECT_LOADER_FAULT_IN: 'partners.yaml' });
    const output = `${stdout}${stderr}`;
    expect(status, output).toBe(1);
    // Astro's file loader logs the failure in its own words, and would go on without the partners.
    const detail = `Error reading data from ./${contentDir}/partners.yaml`;
    const problem = { file: `./${contentDir}/partners.yaml`, code: 'internal-error' as const, params: { detail } };
    const t = editorTranslations('fr');
    expect(output).toContain(`${describeProblems([problem], t)}\n${t('report.hint')}\n`);
    expect(output).not.toMatch(/unhandled|Stack trace/i);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('stops the same way, naming the page, when a sharing card’s drawing process crashes natively', () => {
    const { status, stdout, stderr } = build({ INJECT_CARD_CRASH: '1' });
    const output = `${stdout}${stderr}`;
    expect(status, output).toBe(1);
    const t = editorTranslations('fr');
    const page = new RegExp(
      `^  ${contentDir}/[a-z/-]+\\.mdx\n    ${t('problems.internal-error', { detail: 'QQQ' }).split('QQQ')[0]!.replace(/[()]/g, '\\$&')}The card's drawing process stopped \\(SIGABRT\\)`,
      'm',
    );
    expect(output).toMatch(page);
    expect(output).not.toMatch(/unhandled|Stack trace/i);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
