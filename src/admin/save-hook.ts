import type CMS from '@sveltia/cms';
import { sourceLocale } from '../i18n/locales.ts';
import { TRANSLATION_CURRENT_FIELD } from '../lib/cms/editor-fields.ts';
import { FINGERPRINT_LENGTH, fingerprintText, type PageText } from '../lib/content/fingerprint-text.ts';

/** The part of Immutable's Map the hook uses: Sveltia CMS hands entries over as Immutable maps. */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  setIn(path: string[], value: unknown): ImmutableMap;
  deleteIn(path: string[]): ImmutableMap;
  keySeq(): { toArray(): string[] };
}

/**
 * What the web editor does to a page as it saves it, so the files stay as
 * the build and the editors' commands write them:
 * - `translated` stays truthful where nobody runs `npm run translation-done`:
 *   a translation gets `translated: { from: fr, version: <fingerprint of the
 *   French text> }` when it is new, or when the editor ticked "Traduction à
 *   jour" (a box never written to the file). Otherwise its `translated` stays
 *   as it was, so a change to the French text makes it outdated, as in files.
 *   The fingerprint is the build's (src/lib/content/fingerprint.ts),
 *   made with the browser's SHA-256.
 * - `draft: false` is left out, as the pages write it: only drafts say so.
 */
export function registerSaveHook(cms: typeof CMS): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const page = entry as unknown as ImmutableMap;
      const original = page.get('data') as ImmutableMap | undefined;
      if (!original || original.get('kind') === undefined) return entry;
      const version = await fingerprintOf(textOf(original));
      let saved = withoutEditorFields(page, ['data']);
      for (const lang of translationsOf(page)) {
        const data = ['i18n', lang, 'data'];
        const current = page.getIn([...data, TRANSLATION_CURRENT_FIELD]) === true;
        if (current || !page.getIn([...data, 'translated'])) saved = saved.setIn([...data, 'translated'], { from: sourceLocale, version });
        saved = withoutEditorFields(saved, data);
      }
      return saved as unknown as typeof entry;
    },
  });
}

/** The languages of the entry, but the original's, that have a version. */
function translationsOf(page: ImmutableMap): string[] {
  const languages = (page.get('i18n') as ImmutableMap | undefined)?.keySeq().toArray() ?? [];
  return languages.filter((lang) => lang !== sourceLocale && page.getIn(['i18n', lang, 'data']));
}

/** The version at `data` without the translation box, and without `draft` unless it is one. */
function withoutEditorFields(page: ImmutableMap, data: string[]): ImmutableMap {
  const withoutBox = page.deleteIn([...data, TRANSLATION_CURRENT_FIELD]);
  return page.getIn([...data, 'draft']) === true ? withoutBox : withoutBox.deleteIn([...data, 'draft']);
}

function textOf(data: ImmutableMap): PageText {
  const text = (name: string) => {
    const value: unknown = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return { title: text('title'), description: text('description'), body: text('body') };
}

async function fingerprintOf(text: PageText): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(fingerprintText(text)));
  return [...new Uint8Array(digest)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, FINGERPRINT_LENGTH);
}
