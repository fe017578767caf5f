import { z } from 'astro/zod';
import { problem } from './content-error.ts';

/** The id of an item of a data file (a partner, a place), by which other files name it: `le-havre`. */
export const dataId = z.string({ error: problem('data-id-missing') }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, problem('data-id-format'));

/** Refuses, at its `id`, each item of `items` (at `path`) whose id an item above it already has. */
export function uniqueIds(items: readonly { id: string }[], path: (string | number)[], context: z.RefinementCtx): void {
  const ids = items.map((item) => item.id);
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) context.addIssue({ code: 'custom', path: [...path, index, 'id'], message: problem('data-id-taken') });
  });
}
