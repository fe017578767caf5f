/** Pages named on each side of the current one, besides the first and last. */
const NEARBY_PAGES = 2;

/** A numbered link of a pagination. */
export interface PageLink {
  page: number;
  url: string;
}

/** Where a page sits among the pages of a list, with the links a pagination shows. */
export interface Pagination {
  /** From 1. */
  page: number;
  pageCount: number;
  first: string;
  previous: string | undefined;
  next: string | undefined;
  last: string;
  /** The pages named by number: the first, the last and those around this one. */
  numbered: PageLink[];
}

/** The pagination of page `page` of `pageCount`, whose addresses `urlOf` gives. */
export function paginationOf(page: number, pageCount: number, urlOf: (page: number) => string): Pagination {
  return {
    page,
    pageCount,
    first: urlOf(1),
    previous: page > 1 ? urlOf(page - 1) : undefined,
    next: page < pageCount ? urlOf(page + 1) : undefined,
    last: urlOf(pageCount),
    numbered: numberedPages(page, pageCount).map((n) => ({ page: n, url: urlOf(n) })),
  };
}

/** How many pages `items` things take, `size` a page; one at least, even empty. */
export function pageCountOf(items: number, size: number): number {
  return Math.max(1, Math.ceil(items / size));
}

/** The first page, the last, and up to NEARBY_PAGES on each side of `page`, in order. */
function numberedPages(page: number, pageCount: number): number[] {
  const pages = new Set([1, pageCount]);
  for (let n = Math.max(1, page - NEARBY_PAGES); n <= Math.min(pageCount, page + NEARBY_PAGES); n += 1) pages.add(n);
  return [...pages].sort((a, b) => a - b);
}
