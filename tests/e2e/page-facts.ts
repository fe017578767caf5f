import type { Page } from '@playwright/test';

/** A link as a reader meets it. */
export interface LinkFacts {
  /** Root-relative for links inside the site, absolute otherwise. */
  href: string;
  hreflang: string | null;
  text: string;
  /** `lang` of the link's label (a `[lang]` inside the link), if marked. */
  labelLang: string | null;
}

/** What the tests check on a page, read from the DOM in the browser. */
export interface PageFacts {
  lang: string;
  title: string;
  /** `lang` of the content wrapper; `null` on pages without one (the chooser). */
  contentLang: string | null;
  notice: { text: string; lang: string | null; insideContent: boolean; originalHref: string | null } | null;
  /** Root-relative when it names a page of this site. */
  canonical: string;
  /** The notice that a translation is behind its original, if shown. */
  outdatedNotice: { text: string; originalHref: string | null } | null;
  alternates: { hreflang: string; href: string }[];
  toggles: (LinkFacts & { lang: string | null })[];
  h1: string;
  /** Links to pages in menus and lists (`data-content-link`), which must mark other languages. */
  contentLinks: LinkFacts[];
  /** Every `<a href>` of the page. */
  allLinks: string[];
}

/** Reads the facts of the page currently loaded (scripts of the page itself may be off). */
export function readFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const local = (href: string) => {
      const url = new URL(href, location.href);
      return url.origin === location.origin ? url.pathname + url.search + url.hash : url.href;
    };
    const link = (a: HTMLAnchorElement) => ({
      href: local(a.getAttribute('href') ?? ''),
      hreflang: a.getAttribute('hreflang'),
      text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
      labelLang: a.querySelector('[lang]')?.getAttribute('lang') ?? null,
    });
    const content = document.querySelector('[data-content]');
    const notice = document.querySelector('[data-language-notice="fallback"]');
    const outdated = document.querySelector('[data-language-notice="outdated"]');
    return {
      lang: document.documentElement.lang,
      title: document.title,
      contentLang: content?.getAttribute('lang') ?? null,
      notice: notice && {
        text: (notice.textContent ?? '').replace(/\s+/g, ' ').trim(),
        lang: notice.closest('[lang]')?.getAttribute('lang') ?? null,
        insideContent: content?.contains(notice) ?? false,
        originalHref: notice.querySelector('a')?.getAttribute('href') ?? null,
      },
      outdatedNotice: outdated && {
        text: (outdated.textContent ?? '').replace(/\s+/g, ' ').trim(),
        originalHref: outdated.querySelector('a')?.getAttribute('href') ?? null,
      },
      canonical: local(document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? ''),
      alternates: [...document.querySelectorAll('link[rel=alternate][hreflang]')].map((element) => ({
        hreflang: element.getAttribute('hreflang') ?? '',
        href: local(element.getAttribute('href') ?? ''),
      })),
      toggles: [...document.querySelectorAll<HTMLAnchorElement>('[data-language-toggle="header"]')].map((a) => ({
        ...link(a),
        lang: a.getAttribute('lang'),
      })),
      h1: (document.querySelector('h1')?.textContent ?? '').trim(),
      contentLinks: [...document.querySelectorAll<HTMLAnchorElement>('a[data-content-link]')].map(link),
      allLinks: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => local(a.getAttribute('href') ?? '')),
    };
  });
}
