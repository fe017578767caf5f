/**
 * The search page's script (loaded by SearchForm.astro, on that page only).
 * It runs the query of the form, and of the page's `?q=`, against the
 * Pagefind index of the page's language, loaded on demand from under the
 * base path, and lists the results. Without it, the page says that search
 * needs JavaScript and offers the site's sections instead.
 */
import { isLocale, sourceLocale } from '../i18n/locales.ts';
import { countMessage, resultLink, type PagefindResultData, type ResultLink, type SearchMessages } from '../lib/search/results.ts';

/** The part of Pagefind's browser API (`pagefind/pagefind.js`) the page uses. */
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) enhance(root);

function enhance(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLElement>('[data-search-results]');
  const noScript = root.querySelector<HTMLElement>('[data-search-no-script]');
  if (!form || !input || !status || !list || !noScript) return;
  const pageLang = document.documentElement.lang;
  const lang = isLocale(pageLang) ? pageLang : sourceLocale;
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as SearchMessages;
  noScript.hidden = true;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= loadPagefind());
  // The latest query wins: an earlier, slower one must not overwrite its results.
  let latest = 0;

  const run = async (query: string): Promise<void> => {
    const ticket = ++latest;
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = messages.searching;
    try {
      const found = await (await load()).search(query);
      const results = await Promise.all(found.results.map((result) => result.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...results.map((data) => resultItem(resultLink(data, lang, messages))));
      status.textContent = countMessage(results.length, lang, messages);
    } catch {
      // Let the next query try loading the index again.
      pagefind = undefined;
      if (ticket !== latest) return;
      list.replaceChildren();
      status.textContent = messages.failed;
    }
  };

  // Start fetching the index as soon as the reader heads for the field.
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    // The address keeps the query, so the results can be shared and reloaded.
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void run(query);
  });

  const initial = new URLSearchParams(location.search).get('q')?.trim();
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

/** Pagefind's script, from the index the build wrote under the base path. */
async function loadPagefind(): Promise<Pagefind> {
  const base = import.meta.env.BASE_URL;
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  return pagefind;
}

/** One result: its title as a link, marked when in another language, then its excerpt. */
function resultItem(link: ResultLink): HTMLLIElement {
  const anchor = element('a', '', { href: link.url, hreflang: link.lang });
  anchor.append(element('span', '', { lang: link.lang }, link.title));
  if (link.marker) anchor.append(' ', element('span', 'text-sm font-normal', {}, link.marker));
  const title = element('h2', 'text-xl font-semibold');
  title.append(anchor);
  const excerpt = element('p', 'mt-1', { lang: link.lang });
  for (const part of link.excerpt) excerpt.append(part.marked ? element('mark', '', {}, part.text) : part.text);
  const item = element('li');
  item.append(title, excerpt);
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  attributes: Record<string, string | undefined> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  if (text !== undefined) node.textContent = text;
  return node;
}
