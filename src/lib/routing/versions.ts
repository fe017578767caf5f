import type { Locale } from '../../i18n/locales.ts';
import { ProblemList } from '../content/content-error.ts';
import { parseContentPath } from '../content/content-path.ts';
import { originalOf as chooseOriginal } from '../content/original.ts';

/*
 * The language versions of a page: the entries that share a key, one per
 * language. The resolver reads them to give each key its routes; the
 * translation status and the editors' commands follow them directly.
 */

/** What grouping the language versions of a page needs of an entry. */
export interface KeyedEntry {
  id: string;
  filePath?: string | undefined;
  data: { key: string; translated?: unknown };
}

/** An entry with what its content path says: its language, its URL segments and its parent page. */
export interface VersionPage<E extends KeyedEntry> {
  entry: E;
  file: string;
  lang: Locale;
  segments: string[];
  parentId: string | undefined;
}

/** The versions of one page, by language. */
export type Versions<E extends KeyedEntry> = Map<Locale, VersionPage<E>>;

/** The file an entry comes from, as editors see it in messages. */
export function fileOf(entry: KeyedEntry): string {
  return entry.filePath ?? entry.id;
}

/**
 * The language versions of every page, by key then language: drafts
 * included, as the resolver reads them. For the translation status and the
 * editors' commands, which follow the versions of a key rather than routes.
 *
 * @throws {ContentError} on an unusable file path or a key used twice in one
 * language, which the content check reports first.
 */
export function versionsByKey<E extends KeyedEntry>(entries: readonly E[]): Map<string, Map<Locale, E>> {
  const problems = new ProblemList();
  const grouped = groupByKey(readPages(entries, problems), problems);
  problems.throwIfAny();
  return new Map([...grouped].map(([key, versions]) => [key, new Map([...versions].map(([lang, page]) => [lang, page.entry]))]));
}

/**
 * Of the versions of one key, the one the others are translated from and
 * fall back to (see content/original.ts), with its language; none when
 * `versions` is empty.
 */
export function originalVersion<E extends KeyedEntry>(versions: ReadonlyMap<Locale, E>): { lang: Locale; entry: E } | undefined {
  return chooseOriginal(
    [...versions].map(([lang, entry]) => ({ lang, entry })),
    versionFacts,
  );
}

/** The version the others are translated from, and fall back to (see content/original.ts). */
export function originalOf<E extends KeyedEntry>(versions: Versions<E>): VersionPage<E> {
  const original = chooseOriginal(versions.values(), versionFacts);
  if (!original) throw new Error('A key without any version cannot be grouped.');
  return original;
}

/** The language a page is written in, for an entry the resolver has accepted. */
export function languageOf(entry: KeyedEntry): Locale {
  const result = parseContentPath(entry.id);
  if (!result.ok) throw new Error(`${entry.id} is not a page the resolver accepts.`);
  return result.path.lang;
}

function versionFacts(version: { lang: Locale; entry: KeyedEntry }) {
  return { lang: version.lang, isTranslation: Boolean(version.entry.data.translated) };
}

/** Each entry with what its content path says; an unusable path is added to `problems`. */
export function readPages<E extends KeyedEntry>(entries: readonly E[], problems: ProblemList): VersionPage<E>[] {
  return entries.flatMap((entry) => {
    const result = parseContentPath(entry.id);
    if (!result.ok) {
      problems.add(fileOf(entry), result.code, result.params);
      return [];
    }
    return [{ entry, file: fileOf(entry), ...result.path }];
  });
}

/** The pages by key then language; a key used twice in one language is added to `problems`. */
export function groupByKey<E extends KeyedEntry>(pages: VersionPage<E>[], problems: ProblemList): Map<string, Versions<E>> {
  const versionsByKey = new Map<string, Versions<E>>();
  for (const page of pages) {
    const key = page.entry.data.key;
    const versions = versionsByKey.get(key) ?? new Map<Locale, VersionPage<E>>();
    const twin = versions.get(page.lang);
    if (twin) {
      problems.add(page.file, 'key-taken', { key, other: twin.file }, 'key');
      continue;
    }
    versions.set(page.lang, page);
    versionsByKey.set(key, versions);
  }
  return versionsByKey;
}
