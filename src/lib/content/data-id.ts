import { z } from 'astro/zod';
import { problem } from './content-error.ts';
import { requiredText } from './required-text.ts';
import { SLUG_PATTERN } from './slug-pattern.ts';

/** The id of an item of a data file (a partner, a place), by which other files name it: `le-havre`. */
export const dataId = requiredText('data-id-missing').regex(SLUG_PATTERN, problem('data-id-format'));

/** Refuses, at its `id`, each item of `items` (at `path`) whose id an item above it already has. */
export function uniqueIds(items: readonly { id: string }[], path: (string | number)[], context: z.RefinementCtx): void {
  const ids = items.map((item) => item.id);
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) context.addIssue({ code: 'custom', path: [...path, index, 'id'], message: problem('data-id-taken') });
  });
}

/**
 * The ids the items of a data file's list have, as written, whether or not
 * the rest of each item is right: what a route may name (the map's places),
 * or an article (the topics).
 */
export function idsWritten(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: { id?: unknown } | null) => (typeof item?.id === 'string' ? [item.id] : []));
}
