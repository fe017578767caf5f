/**
 * The corridor map's drawings, one file per language and layout
 * (src/lib/routing/map-urls.ts names them), drawn when the site is built.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../i18n/locales.ts';
import { corridorMapSvg } from '../../lib/astro/load-corridor.ts';
import { mapLayouts, type MapLayout } from '../../lib/routing/map-urls.ts';
import { corridorMapFileName } from '../../lib/routing/map-urls.ts';

export const getStaticPaths = (() =>
  locales.flatMap((lang) =>
    mapLayouts.map((layout) => ({ params: { lang, map: corridorMapFileName(lang, layout) }, props: { lang, layout } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Locale; layout: MapLayout }> = async ({ props, locals }) =>
  new Response(await corridorMapSvg(props.lang, props.layout, locals), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
