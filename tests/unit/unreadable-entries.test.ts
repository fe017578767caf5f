/**
 * The contract with Astro's internals that src/lib/astro/unreadable-entries.ts
 * relies on, checked against Astro's own glob loader: when an upgrade breaks
 * it, this fails and says what to adapt.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { leavingUnreadableOut, type AstroLoaderContext } from '../../src/lib/astro/unreadable-entries.ts';

const folder = mkdtempSync(join(tmpdir(), 'unreadable-entries-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
writeFileSync(join(folder, 'readable.md'), '---\ntitle: Readable\n---\nText.\n');
writeFileSync(join(folder, 'not-yaml.md'), '---\ntitle: [unclosed\n---\nText.\n');
writeFileSync(join(folder, 'refused.md'), '---\ntitle: 42\n---\nText.\n');

/** Reads frontmatter the way Astro's markdown entry type does: a YAML error throws. */
const markdown = {
  getEntryInfo: ({ contents }: { contents: string }) => {
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents) ?? [];
    return { data: parse(frontmatter) as Record<string, unknown>, body, rawData: frontmatter, slug: '' };
  },
};

/** A loader context as Astro's content layer builds it, with an in-memory store. */
function contextWith(entryTypes: AstroLoaderContext['entryTypes']) {
  const stored = new Map<string, { id: string; data: Record<string, unknown> }>();
  const quiet = () => undefined;
  const context = {
    collection: 'pages',
    config: { root: pathToFileURL(`${folder}/`), srcDir: pathToFileURL(`${folder}/src/`) },
    logger: { info: quiet, warn: quiet, error: quiet, debug: quiet },
    watcher: undefined,
    generateDigest: (text: string) => String(text.length),
    // As Astro's: a promise, rejected for data the schema refuses.
    parseData: ({ data }: { data: Record<string, unknown> }) =>
      typeof data.title === 'string' ? Promise.resolve(data) : Promise.reject(new Error('title: expected a string')),
    store: {
      keys: () => [...stored.keys()],
      get: (id: string) => stored.get(id),
      set: (entry: { id: string; data: Record<string, unknown> }) => (stored.set(entry.id, entry), true),
      delete: (id: string) => void stored.delete(id),
      addModuleImport: quiet,
      addAssetImports: quiet,
    },
    entryTypes,
  } as unknown as AstroLoaderContext;
  return { context, stored };
}

describe("Astro's glob loader, with unreadable entries left out", () => {
  it('keeps a readable page and leaves out one that is not YAML and one the schema refuses', async () => {
    const { context, stored } = contextWith(new Map([['.md', markdown]]));
    const loader = glob({ base: folder, pattern: '*.md', generateId: ({ entry }) => entry });
    const failure = await loader.load(leavingUnreadableOut(context)).then(
      () => undefined,
      (error: unknown) => String(error),
    );
    expect(
      failure,
      "Astro's glob loader no longer reads frontmatter through LoaderContext.entryTypes: adapt src/lib/astro/unreadable-entries.ts to the new Astro",
    ).toBeUndefined();
    expect(
      [...stored.keys()],
      "Astro's glob loader no longer stores entries through store.set: adapt src/lib/astro/unreadable-entries.ts to the new Astro",
    ).toEqual(['readable.md']);
  });

  it('says what to adapt when Astro gives loaders no entryTypes', () => {
    const { context } = contextWith(undefined);
    expect(() => leavingUnreadableOut(context)).toThrow(/no longer gives content loaders LoaderContext.entryTypes/);
  });
});
