import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorTranslations } from '../../src/i18n/editor/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { describeProblems } from '../../src/lib/content/content-error.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { projectCopy } from '../helpers/project-copy.ts';
import { spawnLimited } from '../helpers/command-limit.ts';

/*
 * Every command the editing guides (docs/) show works as written: the `sh`
 * blocks run, in order, in a copy of the project; every `npm run …` named
 * in the text is a script of package.json.
 */

/** The editing guides, each in its language; docs/ also holds the README's chapters, for developers. */
const languageOf: Record<string, Locale> = { 'guide-edition.md': 'fr', 'editing-guide.md': 'en' };
const guides = Object.keys(languageOf);

const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts);

/** Runs `npm run dev` until it serves the French home page, then stops it. */
async function devServes(cwd: string): Promise<string> {
  const dev = spawn('npm', ['run', 'dev'], { cwd, detached: true, env: { ...editorEnv, NO_COLOR: '1' } });
  let output = '';
  try {
    const origin = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`npm run dev did not start:\n${output}`)), 60_000);
      const listen = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /(http:\/\/localhost:\d+)\//.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          done(match[1]);
        }
      };
      dev.stdout.on('data', listen);
      dev.stderr.on('data', listen);
    });
    // The server says it is ready a moment before its first page is.
    let answer = '';
    for (let attempt = 0; attempt < 40 && !answer.startsWith('200'); attempt += 1) {
      if (attempt > 0) await new Promise((wait) => setTimeout(wait, 500));
      const response = await fetch(`${origin}/fr/`);
      answer = `${response.status} ${(await response.text()).includes('<h1') ? 'with h1' : 'without h1'}`;
    }
    return answer;
  } finally {
    if (dev.pid) process.kill(-dev.pid);
  }
}

/** The commands of a guide's `sh` blocks, in order. */
function commandsOf(text: string): string[] {
  return [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((match) =>
    (match[1] ?? '').split('\n').filter((line) => line.trim() && !line.trim().startsWith('#')),
  );
}

const texts = new Map(guides.map((guide) => [guide, readFileSync(`docs/${guide}`, 'utf8')]));

describe('the editing guides', () => {
  for (const [guide, text] of texts) {
    it(`docs/${guide} names only npm scripts that exist`, () => {
      const named = [...text.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]);
      expect(named.length).toBeGreaterThan(0);
      for (const script of named) expect(scripts).toContain(script);
      if (text.includes('npm start')) expect(scripts).toContain('start');
    });
  }

  it('show the build’s report in their own language, as the build prints it', () => {
    const dated = { file: 'content/fr/actualites/visite.mdx', line: 6, field: 'published', code: 'date-format' as const };
    for (const [guide, lang] of Object.entries(languageOf)) {
      const report = describeProblems([{ ...dated, params: { value: '2/05/2023' } }], editorTranslations(lang));
      expect(texts.get(guide), guide).toContain(`\`\`\`text\n${report}\`\`\``);
    }
  });

  // The French and English guides show the same commands, so running them once proves both.
  it('show the same commands in every language', () => {
    const [first, ...others] = [...texts.values()].map(commandsOf);
    expect(first?.length).toBeGreaterThan(0);
    for (const commands of others) expect(commands).toEqual(first);
  });

  it('show commands that work as written, in order', async () => {
    const [guide, text] = [...texts][0] ?? ['', ''];
    const cwd = projectCopy(`guides/${guide}`);
    for (const command of commandsOf(text)) {
      if (command === 'npm run dev') {
        expect(await devServes(cwd)).toBe('200 with h1');
        continue;
      }
      const result = spawnLimited(command, { cwd, shell: true, encoding: 'utf8', env: editorEnv });
      expect(result.status, `${command}\n${result.stdout}${result.stderr}`).toBe(0);
    }
  });
});
