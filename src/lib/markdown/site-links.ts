import {
  defineHastPlugin,
  type HastPluginEntry,
  type HastVisitorContext,
  type MdxJsxFlowElementHast,
  type MdxJsxTextElementHast,
} from 'satteri';

/** Where the site is published, as the build settings give it. */
export interface SiteLocation {
  /** The path the site is published under, with both slashes: `/` or `/partenariat/`. */
  basePath: string;
  /** The public origin, e.g. `https://example.org`. */
  siteUrl: string;
}

/** The attribute that carries a site link's absolute URL, which printed pages show after the link. */
const PRINT_URL_ATTRIBUTE = 'data-print-url';

/**
 * Editors write site links from the root (`/fr/accord/`). This prefixes
 * those links, in Markdown and in JSX alike, with the base path the site is
 * published under, so content never has to know where the site is hosted;
 * and it gives each page link its absolute URL, for print.
 */
export function siteLinksPlugin(location: SiteLocation): HastPluginEntry {
  return defineHastPlugin({
    name: 'site-links',
    element: {
      filter: ['a', 'img', 'source'],
      visit(node, ctx) {
        for (const key of ['href', 'src']) {
          const link = siteLink(node.properties[key], location);
          if (!link) continue;
          ctx.setProperty(node, key, link.url);
          if (key === 'href') ctx.setProperty(node, PRINT_URL_ATTRIBUTE, link.absoluteUrl);
        }
      },
    },
    mdxJsxTextElement: { filter: ['a', 'img'], visit: rewriteJsx },
    mdxJsxFlowElement: { filter: ['a', 'img'], visit: rewriteJsx },
  });

  function rewriteJsx(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) {
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || (attribute.name !== 'href' && attribute.name !== 'src')) continue;
      const link = siteLink(attribute.value, location);
      if (!link) continue;
      ctx.setProperty(node, attribute.name, link.url);
      if (attribute.name === 'href') ctx.setProperty(node, PRINT_URL_ATTRIBUTE, link.absoluteUrl);
    }
  }
}

/**
 * A root-relative link as published: `/fr/accord/` becomes
 * `/partenariat/fr/accord/` and `https://example.org/partenariat/fr/accord/`.
 * Other links (`https://…`, `tel:…`, `#…`, `./image.png`) are left alone.
 */
export function siteLink(url: unknown, location: SiteLocation): { url: string; absoluteUrl: string } | undefined {
  if (typeof url !== 'string' || !isRootRelative(url)) return undefined;
  const published = `${location.basePath}${url.slice(1)}`;
  return { url: published, absoluteUrl: new URL(published, location.siteUrl).href };
}

/** `/fr/accord/`, but not `//cdn.example/…` (another host) nor `https://…`. */
export function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}
