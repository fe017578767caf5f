import { z } from 'astro/zod';
import { locales } from '../../i18n/locales.ts';

/*
 * The frontmatter of every content page. Editors read these messages when a
 * build fails, so each one says what to write, with an example.
 */

const key = z
  .string({ error: 'add a "key": the name shared by a page and its translations, e.g. key: axis-2' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a key uses lowercase letters, digits and hyphens only, e.g. key: axis-2');

/**
 * A calendar day written `YYYY-MM-DD`. Day/month forms such as `2/05/2023`
 * are refused: read as month/day they would silently become 5 February.
 */
const calendarDay = z
  .union([z.date(), z.string()], { error: 'write the date as YYYY-MM-DD, e.g. 2023-05-02 for 2 May 2023' })
  .transform((value, context) => {
    const date = typeof value === 'string' ? parseIsoDay(value) : value;
    if (!date || Number.isNaN(date.getTime())) {
      context.addIssue({
        code: 'custom',
        message: `"${String(value)}" is not a date in the form YYYY-MM-DD; write e.g. 2023-05-02 for 2 May 2023`,
      });
      return z.NEVER;
    }
    return date;
  });

function parseIsoDay(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2023-02-30 over to 2 March; a real day maps back to itself.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/**
 * On a translation: the original's language and the fingerprint of the
 * original's text it was translated from (`npm run translation-done` writes it).
 */
const translated = z.strictObject(
  {
    from: z.enum(locales, { error: `"from" is the language of the original: ${locales.join(' or ')}` }),
    version: z
      .string({ error: '"version" is written by a command: run npm run translation-done -- <this file>' })
      .regex(/^[0-9a-f]{12}$/, '"version" is written by a command: run npm run translation-done -- <this file>'),
  },
  { error: 'write "translated" as two indented lines, "from: fr" and "version: …"' },
);

const common = {
  key,
  title: z.string({ error: 'add a "title", e.g. title: Efficience énergétique' }).trim().min(1, 'the title is empty'),
  /** Shown by search engines and in lists: long enough to say something, short enough not to be cut. */
  description: z
    .string({ error: 'add a "description": one or two sentences that sum up the page' })
    .trim()
    .min(20, 'the description is too short: write one or two sentences (20 to 160 characters) that sum up the page')
    .max(160, {
      error: (issue) =>
        `the description has ${String(issue.input).length} characters: shorten it to 160 or fewer, or search engines will cut it`,
    }),
  translated: translated.optional(),
  /** A draft is not published; the site keeps showing the fallback meanwhile. */
  draft: z.boolean({ error: 'draft is true or false' }).default(false),
  /** Shown in the main navigation when set; lower numbers come first. */
  nav: z
    .strictObject({
      order: z.number({ error: 'nav.order must be a number, e.g. order: 2' }).int().min(1),
      label: z.string().trim().min(1).optional(),
    })
    .optional(),
};

/** Page kinds; each has its own layout. */
export const pageKinds = ['home', 'page', 'agreement', 'axis', 'news-index', 'news', 'search'] as const;

/** The frontmatter schema of a content page, by `kind`. */
export const pageSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('home'), ...common }),
    z.strictObject({ kind: z.literal('page'), ...common }),
    z.strictObject({ kind: z.literal('agreement'), ...common }),
    z.strictObject({ kind: z.literal('news-index'), ...common }),
    /** The site's search page: its text introduces the search form. */
    z.strictObject({ kind: z.literal('search'), ...common }),
    z.strictObject({
      kind: z.literal('axis'),
      ...common,
      axis: z
        .number({ error: 'add the axis number, 1 to 5, e.g. axis: 2' })
        .int('the axis number is a whole number from 1 to 5')
        .min(1, 'the axis number is a whole number from 1 to 5')
        .max(5, 'the axis number is a whole number from 1 to 5'),
    }),
    z
      .strictObject({
        kind: z.literal('news'),
        ...common,
        published: calendarDay,
        updated: calendarDay.optional(),
        /** Ids of `content/tags.yaml`: the topics, shown in the reader's language. */
        tags: z.array(z.string().trim().min(1)).default([]),
        /** The axes the article is about (1 to 5): it is listed on their pages. */
        axes: z
          .array(z.number().int().min(1).max(5), { error: 'write the axes the article is about as a list of numbers, e.g. axes: [1, 2]' })
          .default([]),
      })
      .refine((news) => !news.updated || news.updated >= news.published, {
        message: 'the "updated" date is before the "published" date',
        path: ['updated'],
      }),
  ],
  { error: `"kind" must be one of: ${pageKinds.join(', ')}` },
);

/** Validated frontmatter of a content page. */
export type PageData = z.infer<typeof pageSchema>;

/** A page kind: `home`, `axis`, `news`… */
export type PageKind = PageData['kind'];
