import {
  defineHastPlugin,
  type HastPluginEntry,
  type HastVisitorContext,
  type MdxJsxFlowElementHast,
  type MdxJsxTextElementHast,
} from 'satteri';

/**
 * Editors write site links from the root (`/fr/accord/`). When the site is
 * published under a base path, this prefixes those links, in Markdown and in
 * JSX alike, so content never has to know where the site is hosted.
 */
export function baseLinksPlugin(basePath: string): HastPluginEntry {
  if (basePath === '/') return null;
  const withBase = (url: unknown): string | undefined =>
    typeof url === 'string' && isRootRelative(url) ? `${basePath}${url.slice(1)}` : undefined;
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a', 'img', 'source'],
      visit(node, ctx) {
        for (const key of ['href', 'src']) {
          const prefixed = withBase(node.properties[key]);
          if (prefixed) ctx.setProperty(node, key, prefixed);
        }
      },
    },
    mdxJsxTextElement: { filter: ['a', 'img'], visit: prefixJsx },
    mdxJsxFlowElement: { filter: ['a', 'img'], visit: prefixJsx },
  });

  function prefixJsx(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) {
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || (attribute.name !== 'href' && attribute.name !== 'src')) continue;
      const prefixed = withBase(attribute.value);
      if (prefixed) ctx.setProperty(node, attribute.name, prefixed);
    }
  }
}

/** `/fr/accord/`, but not `//cdn.example/…` (another host) nor `https://…`. */
export function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}
