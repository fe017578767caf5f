import { sourceLocale } from '../../i18n/locales.ts';
import type { DataFiles } from '../content/check/data-files.ts';
import type { ContentPage } from '../content/read-content.ts';
import type { Site } from '../routing/routes.ts';
import type { Choice, EditorLists } from './page-collections.ts';

/** An item of a data file that names itself: a partner, a topic. */
type NamedItem = { id: string; name?: { fr?: string }; fr?: string };

/**
 * The lists the web editor's forms offer, from a build's content check (so
 * content without problems): the topics of tags.yaml, the axes' numbers with
 * their French titles, the partners of partners.yaml.
 */
export function editorLists(site: Site<ContentPage>, dataFiles: DataFiles): EditorLists {
  const axes = site.routes
    .filter((route) => route.lang === sourceLocale && route.entry.data.kind === 'axis')
    .map((route) => ({ data: route.entry.data as { axis: number; title: string } }))
    .sort((a, b) => a.data.axis - b.data.axis)
    .map(({ data }): Choice<number> => ({ value: data.axis, label: `${data.axis}. ${data.title}` }));
  return { tags: choicesOf(dataFiles.tags?.ok ? dataFiles.tags.yaml.data : undefined), axes, partners: choicesOf(dataFiles.partners?.ok ? dataFiles.partners.yaml.data : undefined) };
}

/** The items of a data file as choices, labelled in French; the file is a list of items with an `id`, or a map by id. */
function choicesOf(data: unknown): Choice[] {
  const items: NamedItem[] = Array.isArray(data)
    ? (data as NamedItem[])
    : Object.entries((data ?? {}) as Record<string, Omit<NamedItem, 'id'>>).map(([id, item]) => ({ id, ...item }));
  return items.map((item) => ({ value: item.id, label: item.name?.fr ?? item.fr ?? item.id }));
}
