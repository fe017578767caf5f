import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ContentProblem } from '../content-error.ts';
import type { ContentPage } from '../read-content.ts';

/**
 * News articles name their topics by id (`tags`); each id must be a topic of
 * `tags.yaml`, or the site would show readers the bare id instead of a label
 * in their language. A content folder without the file has no topics to check.
 */
export function checkTopics(pages: readonly ContentPage[], contentDir: string): ContentProblem[] {
  const file = `${contentDir}/tags.yaml`;
  if (!existsSync(file)) return [];
  const topics = Object.keys((parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {});
  return pages.flatMap((page) => {
    if (page.data.kind !== 'news') return [];
    return page.data.tags
      .filter((tag) => !topics.includes(tag))
      .map((tag) => ({
        file: page.filePath,
        code: 'unknown-tag' as const,
        params: { tag, file, tags: topics },
        field: 'tags',
        line: page.parsed.lineOf(['tags']),
      }));
  });
}
