import { z } from 'astro/zod';
import { locales } from '../../i18n/locales.ts';
import { problem } from './content-error.ts';
import { requiredText } from './required-text.ts';
import { SLUG_PATTERN } from './slug-pattern.ts';

/*
 * The frontmatter of every content page. Each rule's message is a problem
 * code: the content check turns it into what editors read, in their
 * language, saying what to write with an example (src/i18n/editor/).
 */

const key = requiredText('key-missing').regex(SLUG_PATTERN, problem('key-format'));

/**
 * A calendar day written `YYYY-MM-DD`. Day/month forms such as `2/05/2023`
 * are refused: read as month/day they would silently become 5 February.
 */
export const calendarDay = z
  .union([z.date(), z.string()], { error: problem('date-type') })
  .transform((value, context) => {
    const date = typeof value === 'string' ? parseIsoDay(value) : value;
    if (!date || Number.isNaN(date.getTime())) {
      // Left empty, it is asked for, not quoted back as « ».
      context.addIssue({ code: 'custom', message: problem(value === '' ? 'date-type' : 'date-format') });
      return z.NEVER;
    }
    return date;
  })
  // What the web editor reads in the schema's JSON form (src/lib/cms/): a day, YYYY-MM-DD.
  .meta({ format: 'date' });

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
    from: z.enum(locales, { error: problem('translated-from') }),
    version: z.string({ error: problem('translated-version') }).regex(/^[0-9a-f]{12}$/, problem('translated-version')),
  },
  { error: problem('translated-shape') },
);

/**
 * The longest title a page may have, in characters: half again the longest
 * title of the site's own pages (99), and what the smallest size of the
 * sharing card shows in full (sharing-cards/layout.ts). A title longer than
 * that says what the description is for.
 */
export const TITLE_MAX_LENGTH = 150;

/** The fields every page has; `src` is how the image's file is given (see pageSchemaWith). */
const commonFields = <Src extends z.ZodType>(src: Src) => ({
  key,
  title: z
    .string({ error: problem('title-missing') })
    .trim()
    .min(1, problem('title-empty'))
    .max(TITLE_MAX_LENGTH, problem('title-long')),
  /** Shown by search engines and in lists: long enough to say something, short enough not to be cut. */
  description: z
    .string({ error: problem('description-missing') })
    .trim()
    .min(20, problem('description-short'))
    .max(160, problem('description-long')),
  /**
   * The page's own image, shown at the top of its text: its file, in the
   * content folder's media/ folder, where every language version finds it
   * by the same relative path (`../../media/quai.jpg`)…
   */
  image: src.optional(),
  /** …and what it shows, in the page's language (the content check asks for it with the image). */
  imageAlt: z.string({ error: problem('page-image-alt') }).trim().min(1, problem('page-image-alt')).optional(),
  translated: translated.optional(),
  /** A draft is not published; the site keeps showing the fallback meanwhile. */
  draft: z.boolean({ error: problem('draft-type') }).default(false),
  /** Shown in the main navigation when set; lower numbers come first. */
  nav: z
    .strictObject({
      order: z.number({ error: problem('nav-order') }).int(problem('nav-order')).min(1, problem('nav-order')),
      label: z.string({ error: problem('nav-label') }).trim().min(1, problem('nav-label')).optional(),
    })
    .optional(),
});

/** Page kinds; each has its own layout. */
export const pageKinds = ['home', 'page', 'agreement', 'axis', 'news-index', 'news', 'search', 'accessibility', 'legal-notice', 'personal-data'] as const;

/**
 * The frontmatter schema of a content page, by `kind`. `src` checks the
 * image's file: Astro's `image()` for the build, which resolves the file and
 * reads its size; a path for the content check, which runs before Astro and
 * checks the file itself (check/index.ts).
 */
export const pageSchemaWith = <Src extends z.ZodType>(src: Src) => {
  const common = commonFields(src);
  return z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('home'), ...common }),
    z.strictObject({ kind: z.literal('page'), ...common }),
    z.strictObject({ kind: z.literal('agreement'), ...common }),
    z.strictObject({ kind: z.literal('news-index'), ...common }),
    /** The site's search page: its text introduces the search form. */
    z.strictObject({ kind: z.literal('search'), ...common }),
    /**
     * The pages public sites carry, whose facts come from content/legal.yaml
     * (src/lib/content/legal-facts.ts): the text is the editors', the facts
     * are laid out by the page's layout.
     */
    z.strictObject({ kind: z.literal('accessibility'), ...common }),
    z.strictObject({ kind: z.literal('legal-notice'), ...common }),
    z.strictObject({ kind: z.literal('personal-data'), ...common }),
    z.strictObject({
      kind: z.literal('axis'),
      ...common,
      axis: z
        .number({ error: problem('axis-missing') })
        .int(problem('axis-range'))
        .min(1, problem('axis-range'))
        .max(5, problem('axis-range')),
    }),
    z
      .strictObject({
        kind: z.literal('news'),
        ...common,
        published: calendarDay,
        updated: calendarDay.optional(),
        /** Ids of `content/tags.yaml`: the topics, shown in the reader's language. */
        tags: z
          .array(z.string({ error: problem('tags-format') }).trim().min(1, problem('tags-format')), { error: problem('tags-format') })
          .default([]),
        /** The axes the article is about (1 to 5): it is listed on their pages. */
        axes: z
          .array(z.number({ error: problem('axes-format') }).int(problem('axes-format')).min(1, problem('axes-format')).max(5, problem('axes-format')), {
            error: problem('axes-format'),
          })
          .default([]),
      })
      .refine((news) => !news.updated || news.updated >= news.published, {
        message: problem('updated-before-published'),
        path: ['updated'],
      }),
  ],
  { error: problem('kind-invalid') },
  );
};

/** The frontmatter schema of a content page as the content check reads it: the image's file is a path. */
export const pageSchema = pageSchemaWith(z.string({ error: problem('page-image') }).trim().min(1, problem('page-image')));

/**
 * Validated frontmatter of a content page, as both schemas give it: the
 * image's file is a path for the content check, and Astro's image metadata
 * for the pages.
 */
export type PageData = z.infer<ReturnType<typeof pageSchemaWith<z.ZodUnknown>>>;

/** A page kind: `home`, `axis`, `news`… */
export type PageKind = PageData['kind'];

/** What the reader and the resolver need of a content entry; Astro's collection entries fit. */
export interface SourceEntry {
  /** Path relative to the content folder: `fr/accord/index.mdx`. */
  id: string;
  /** Path relative to the project, used in messages to editors. */
  filePath?: string | undefined;
  data: PageData;
  /** Fingerprint of the page's text (see content/fingerprint.ts), to tell outdated translations. */
  fingerprint?: string | undefined;
}
