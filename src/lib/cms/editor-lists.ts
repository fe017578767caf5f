import { sourceLocale } from '../../i18n/locales.ts';
import type { DataFiles } from '../check/data-files.ts';
import type { ContentPage } from '../content/read-content.ts';
import type { Site } from '../routing/site-index.ts';
import type { Choice, EditorLists } from './page-collections.ts';

/** An item of a data file: a partner (with its `name`), a topic (with its `label`). */
type DataItem = { id: string; name?: Partial<Record<typeof sourceLocale, string>>; label?: Partial<Record<typeof sourceLocale, string>> };

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
  return { tags: choicesOf(dataFiles.tags), axes, partners: choicesOf(dataFiles.partners) };
}

/** The items of a list data file (partners.yaml, tags.yaml) as choices, labelled in French. */
function choicesOf(file: DataFiles['tags']): Choice[] {
  const items = file?.ok && Array.isArray(file.yaml.data) ? (file.yaml.data as DataItem[]) : [];
  return items.map((item) => ({ value: item.id, label: item.name?.[sourceLocale] ?? item.label?.[sourceLocale] ?? item.id }));
}
