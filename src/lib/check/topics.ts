import type { ContentProblem } from '../content/content-error.ts';
import { idsWritten } from '../content/data-id.ts';
import type { ContentPage } from '../content/read-content.ts';
import type { DataFiles } from './data-files.ts';

/**
 * News articles name their topics by id (`tags`); each id must be a topic of
 * `tags.yaml`, or the site would show readers the bare id instead of a label
 * in their language. A content folder without the file has no topics to
 * check, and one whose file cannot be read waits for it to be fixed (the
 * data files' check says why).
 */
export function checkTopics(pages: readonly ContentPage[], dataFiles: DataFiles): ContentProblem[] {
  const { tagsFile: file, tags: read } = dataFiles;
  if (!read?.ok) return [];
  // A topic whose label has a mistake is still a topic: the data files' check reports the label.
  const topics = idsWritten(read.yaml.data);
  return pages.flatMap((page) => {
    if (page.data.kind !== 'news') return [];
    return page.data.tags
      .filter((tag) => !topics.includes(tag))
      .map((tag) => ({
        file: page.filePath,
        // With no topic to name, the message says so rather than list none.
        code: topics.length > 0 ? ('unknown-tag' as const) : ('unknown-tag-none' as const),
        params: { tag, file, tags: topics },
        field: 'tags',
        line: page.parsed.lineOf(['tags']),
      }));
  });
}
