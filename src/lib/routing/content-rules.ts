import { sourceLocale } from '../../i18n/locales.ts';
import { ProblemList } from '../content/content-error.ts';
import { legalPageKinds } from '../content/legal-facts.ts';
import type { PageData, PageKind } from '../content/page-schema.ts';
import { fileOf } from './versions.ts';
import type { Route } from './route.ts';
import type { Site } from './site-index.ts';

/**
 * Rules about how pages fit together, beyond what one file's frontmatter can
 * say: where home pages sit, that each axis number is used once, and that
 * each language has one search page and one of each legal page.
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
    problems.add(fileOf(route.entry), 'home-kind-missing', {}, 'kind');
  } else if (isHome && !isRoot) {
    problems.add(fileOf(route.entry), 'home-kind-misplaced', { home: `${route.lang}/index.mdx` }, 'kind');
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
      problems.add(fileOf(route.entry), 'axis-taken', { axis: data.axis, other: fileOf(other.entry) }, 'axis');
    } else {
      seen.set(slot, route);
    }
  }
}

/**
 * The header links to the search page of each language, the footer to its
 * legal pages (legal-facts.ts): there can only be one of each.
 */
function checkSingleSearchPage(routes: readonly Route[], problems: ProblemList): void {
  const single: readonly PageKind[] = ['search', ...legalPageKinds];
  const seen = new Map<string, Route>();
  for (const route of routes) {
    const { kind } = route.entry.data;
    if (!single.includes(kind) || route.isFallback) continue;
    const other = seen.get(`${route.lang}:${kind}`);
    if (!other) {
      seen.set(`${route.lang}:${kind}`, route);
    } else if (kind === 'search') {
      problems.add(fileOf(route.entry), 'search-page-twice', { other: fileOf(other.entry) }, 'kind');
    } else {
      problems.add(fileOf(route.entry), 'legal-page-twice', { kind, other: fileOf(other.entry) }, 'kind');
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
      const params = { kind: translation.kind, other: fileOf(source.entry), otherKind: original.kind };
      problems.add(fileOf(route.entry), 'versions-kind-differ', params, 'kind');
    } else if (translation.kind === 'axis' && original.kind === 'axis' && translation.axis !== original.axis) {
      const params = { axis: translation.axis, other: fileOf(source.entry), otherAxis: original.axis };
      problems.add(fileOf(route.entry), 'versions-axis-differ', params, 'axis');
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
        problems.add(file, 'translation-unrecorded', { key: route.key, other: fileOf(source.entry), file }, 'key');
      }
      continue;
    }
    if (claim.from === route.lang) {
      problems.add(file, 'translated-from-own-language', {}, 'translated.from');
      continue;
    }
    const original = site.route(route.key, claim.from);
    if (original.isFallback) {
      problems.add(file, 'original-missing', { lang: claim.from, key: route.key }, 'translated');
    } else if (original.entry.data.translated) {
      problems.add(file, 'original-is-translation', { other: fileOf(original.entry) }, 'translated.from');
    }
  }
}
