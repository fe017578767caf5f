/**
 * Starlight route middleware: points each page's `og:image` at its card, as
 * our pages point theirs at their own.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { cardPath } from './card-pages.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const { id, head } = context.locals.starlightRoute;
  const image = new URL(cardPath(id), context.site).href;
  head.push({ tag: 'meta', attrs: { property: 'og:image', content: image } });
});
