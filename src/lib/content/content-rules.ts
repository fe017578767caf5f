import { sourceLocale } from '../../i18n/locales.ts';
import { ProblemList } from './content-error.ts';
import type { PageData } from './page-schema.ts';
import { fileOf, type Route, type Site } from '../routing/routes.ts';

/**
 * Rules about how pages fit together, beyond what one file's frontmatter can
 * say: where home pages sit, and that each axis number is used once.
 *
 * @throws {ContentError} listing every rule broken.
 */
export function checkContentRules(site: Site): void {
  const problems = new ProblemList();
  for (const route of site.routes) {
    if (!route.isFallback) checkPlacement(route, problems);
  }
  checkAxisNumbers(site.routes, problems);
  checkSingleSearchPage(site.routes, problems);
  checkVersionsAgree(site, problems);
  checkTranslationClaims(site, problems);
  problems.throwIfAny();
}

function checkPlacement(route: Route, problems: ProblemList): void {
  const isRoot = route.parentKey === undefined;
  const isHome = route.entry.data.kind === 'home';
  if (isRoot && !isHome) {
    problems.add(fileOf(route.entry), 'The first page of a language folder is its home page: set kind: home.', 'kind');
  } else if (isHome && !isRoot) {
    problems.add(fileOf(route.entry), `Only ${route.lang}/index.mdx can be a home page: choose another kind.`, 'kind');
  }
}

function checkAxisNumbers(routes: readonly Route[], problems: ProblemList): void {
  const seen = new Map<string, Route>();
  for (const route of routes) {
    const data: PageData = route.entry.data;
    if (data.kind !== 'axis' || route.isFallback) continue;
    const slot = `${route.lang}:${data.axis}`;
    const other = seen.get(slot);
    if (other) {
      problems.add(
        fileOf(route.entry),
        `Axis ${data.axis} is already the number of ${fileOf(other.entry)}. Each axis number, 1 to 5, belongs to one page.`,
        'axis',
      );
    } else {
      seen.set(slot, route);
    }
  }
}

/** The header links to the search page of each language: there can only be one. */
function checkSingleSearchPage(routes: readonly Route[], problems: ProblemList): void {
  const seen = new Map<string, Route>();
  for (const route of routes) {
    if (route.entry.data.kind !== 'search' || route.isFallback) continue;
    const other = seen.get(route.lang);
    if (other) {
      problems.add(
        fileOf(route.entry),
        `${fileOf(other.entry)} is already the search page. A language has one search page: choose another kind.`,
        'kind',
      );
    } else {
      seen.set(route.lang, route);
    }
  }
}

/** A page and its translations must be the same kind of page, and the same axis. */
function checkVersionsAgree(site: Site, problems: ProblemList): void {
  for (const route of site.routes) {
    if (route.isFallback || route.lang === sourceLocale) continue;
    const source = site.route(route.key, sourceLocale);
    if (source.isFallback) continue;
    const translation: PageData = route.entry.data;
    const original: PageData = source.entry.data;
    if (translation.kind !== original.kind) {
      problems.add(
        fileOf(route.entry),
        `This page is a "${translation.kind}" but its other version ${fileOf(source.entry)} is a "${original.kind}". ` +
          `Give both versions the same kind.`,
        'kind',
      );
    } else if (translation.kind === 'axis' && original.kind === 'axis' && translation.axis !== original.axis) {
      problems.add(
        fileOf(route.entry),
        `This page is axis ${translation.axis} but its other version ${fileOf(source.entry)} is axis ${original.axis}. ` +
          `Give both versions the same number.`,
        'axis',
      );
    }
  }
}

/**
 * A translation says what it is translated from (`translated.from`), and the
 * original must exist; a page with the same key as a source-language page is
 * its translation and must say so, so its status can be followed.
 */
function checkTranslationClaims(site: Site, problems: ProblemList): void {
  for (const route of site.routes) {
    if (route.isFallback) continue;
    const file = fileOf(route.entry);
    const claim = route.entry.data.translated;
    if (!claim) {
      const source = site.route(route.key, sourceLocale);
      if (route.lang !== sourceLocale && !source.isFallback && !source.entry.data.translated) {
        problems.add(
          file,
          `This page has the key "${route.key}" of ${fileOf(source.entry)}, so it is its translation. ` +
            `Record that: run npm run translation-done -- ${file}`,
          'key',
        );
      }
      continue;
    }
    if (claim.from === route.lang) {
      problems.add(file, `A page cannot be translated from its own language: "from" must be the original's language.`, 'translated.from');
      continue;
    }
    const original = site.route(route.key, claim.from);
    if (original.isFallback) {
      problems.add(
        file,
        `This page says it is translated from ${claim.from}, but no page in ${claim.from}/ has the key "${route.key}". ` +
          `Give it the key of its original, or remove "translated" if it has no original.`,
        'translated',
      );
    } else if (original.entry.data.translated) {
      problems.add(
        file,
        `This page says it is translated from ${fileOf(original.entry)}, which is itself a translation. ` +
          `Translate from the original instead.`,
        'translated.from',
      );
    }
  }
}
