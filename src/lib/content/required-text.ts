import { z } from 'astro/zod';
import { problem, type ProblemCode } from './content-error.ts';

/**
 * Text an editor must write. Absent or left empty (`id: ""`, what a cleared
 * form field may save), it is reported as `missing`, once: a message about
 * the text's form would have to quote an empty value (« »).
 */
export const requiredText = (missing: ProblemCode) =>
  z.string({ error: problem(missing) }).min(1, { error: problem(missing), abort: true });
