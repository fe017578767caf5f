import { pageKinds, pageSchema, type PageKind } from '../content/page-schema.ts';
import { calendarDayWidget, numberLimits, textLimits, type CmsField } from './cms-field.ts';
import { editorComponentIds, TRANSLATION_CURRENT_FIELD } from './editor-fields.ts';
import { cmsText, fieldText } from './labels.ts';
import { fieldsOfJson, jsonSchemaOf, type FieldShape, type JsonSchema, type Limits } from './schema-shape.ts';

/** A choice of a select field: what is stored, and what the editor reads. */
export interface Choice<Value extends string | number = string> {
  value: Value;
  label: string;
}

/** The lists the forms offer, read from the content when the site is built. */
export interface EditorLists {
  /** The topics of tags.yaml. */
  tags: Choice[];
  /** The axes of the agreement, by number. */
  axes: Choice<number>[];
  /** The partners of partners.yaml. */
  partners: Choice[];
}

/** A collection of the Sveltia CMS configuration. */
export type CmsCollection = Record<string, unknown> & { name: string };

/**
 * The frontmatter fields in the order the form shows them, which is also the
 * order a save writes them in: the order the pages already use, so a save
 * moves as few lines as possible.
 */
const fieldOrder = [
  'key',
  'kind',
  'axis',
  'title',
  'description',
  'image',
  'imageAlt',
  'published',
  'updated',
  'tags',
  'axes',
  'draft',
  'nav',
] as const;

/**
 * Fields the form does not show: `translated` is written by the web editor's
 * save hook (src/admin/save-hook.ts) from the "Traduction à jour" box,
 * and Sveltia CMS keeps the fields it does not show as they are.
 */
const savedByHook = new Set(['translated']);

/**
 * The page kinds that have a collection, in the order the editor lists them:
 * the site's order. A section's own page (the agreement, the news page) is
 * the index file of its section's collection (`indexKinds`).
 */
export const collectionOrder: readonly PageKind[] = [
  'home',
  'axis',
  'news',
  'page',
  'search',
  'accessibility',
  'legal-notice',
  'personal-data',
];

/** The kind of a section's own page (its folder's index.mdx), by the kind of the pages in it. */
const indexKinds: Partial<Record<PageKind, PageKind>> = { news: 'news-index', axis: 'agreement' };

/** The folder of the content folder that holds the images pages show. */
export const MEDIA_FOLDER = 'media';

/** How deep below its language folder a page of `kind` is: the pages of a section are one folder further down. */
const depthOf = (kind: PageKind) => (indexKinds[kind] ? 2 : 1);

/** Kinds editors may add pages of (and delete); the others are the site's fixed pages. */
const creatableKinds = new Set<PageKind>(['axis', 'news', 'page']);

/**
 * One collection per page kind, so that each form has only the fields of its
 * kind. Each spans the whole content folder as a nested collection: that is
 * how Sveltia CMS pairs `fr/actualites/x.mdx` with `en/news/y.mdx` (by their
 * `key`, `canonical_slug` in cms-config.ts) and writes a new page's English
 * version in the English folder of the same section. A new page goes in the
 * folder chosen in the form ("Dossier parent").
 */
export function pageCollections(contentDir: string, lists: EditorLists): CmsCollection[] {
  const unlisted = pageKinds.filter((kind) => !collectionOrder.includes(kind) && !Object.values(indexKinds).includes(kind));
  if (unlisted.length)
    throw new Error(
      `The web editor has no collection for the page kinds ${unlisted.join(', ')}: add them to collectionOrder in src/lib/cms/page-collections.ts.`,
    );
  return collectionOrder.map((kind) => ({
    name: kind,
    label: cmsText.collections[kind].label,
    label_singular: cmsText.collections[kind].singular,
    folder: contentDir,
    extension: 'mdx',
    format: 'yaml-frontmatter',
    i18n: true,
    nested: { depth: 3, subfolders: false },
    meta: { path: {} },
    filter: { field: 'kind', value: indexKinds[kind] ? [kind, indexKinds[kind]] : kind },
    create: creatableKinds.has(kind),
    delete: creatableKinds.has(kind),
    duplicate: false,
    slug: { template: '{{title}}', editable: true, i18n: true },
    summary: '{{title}}',
    // Images go to the one media folder, which a page and its translations
    // reach by the same relative path (they sit at the same depth).
    media_folder: `/${contentDir}/${MEDIA_FOLDER}`,
    public_folder: `${'../'.repeat(depthOf(kind))}${MEDIA_FOLDER}`,
    fields: pageFields(kind, lists),
    ...(indexKinds[kind]
      ? {
          index_file: { name: 'index', label: cmsText.collections[indexKinds[kind]].singular, fields: pageFields(indexKinds[kind], lists) },
        }
      : {}),
  }));
}

/** The form of a page of `kind`: its schema's fields, then the body and the translation box. */
export function pageFields(kind: PageKind, lists: EditorLists): CmsField[] {
  const schemaFields = new Map(fieldsOfJson(kindSchema(kind)).map((field) => [field.name, field]));
  const unplaced = [...schemaFields.keys()].filter((name) => !savedByHook.has(name) && !(fieldOrder as readonly string[]).includes(name));
  if (unplaced.length)
    throw new Error(`The web editor does not place the page fields ${unplaced.join(', ')}: add them to src/lib/cms/page-collections.ts.`);
  const fields = fieldOrder.flatMap((name) => {
    const field = schemaFields.get(name);
    return field ? [{ ...pageField(name, kind, lists, field), ...(field.optional ? { required: false } : {}) }] : [];
  });
  return [...fields, bodyField(), translationCurrentField()];
}

/** The page schema's JSON Schema, one object per kind. */
const kindSchemas = jsonSchemaOf(pageSchema).oneOf ?? [];

function kindSchema(kind: PageKind): JsonSchema {
  const schema = kindSchemas.find((option) => option.properties?.kind?.const === kind);
  if (!schema) throw new Error(`No page schema has the kind "${kind}".`);
  return schema;
}

/** The limits the schema sets on a text or a number field (`nav.order` is inside `nav`). */
function limitsOf(field: FieldShape, path: readonly string[] = []): Limits {
  const [inner, ...rest] = path;
  if (inner !== undefined && field.shape.type === 'object') {
    const child = field.shape.fields.find((candidate) => candidate.name === inner);
    if (child) return limitsOf(child, rest);
  }
  if (inner === undefined && (field.shape.type === 'string' || field.shape.type === 'number')) return field.shape.limits;
  throw new Error(`The page field "${[field.name, ...path].join('.')}" is not a text or a number in its schema.`);
}

function pageField(name: (typeof fieldOrder)[number], kind: PageKind, lists: EditorLists, field: FieldShape): CmsField {
  const text = { name, ...fieldText(name) };
  switch (name) {
    case 'key':
      // Made once, when the page is created, and never editable: it pairs the languages.
      return { ...text, widget: 'uuid', prefix: `${kind}-`, readonly: true, i18n: 'duplicate' };
    case 'kind':
      return { ...text, widget: 'hidden', default: kind, i18n: 'duplicate' };
    case 'title':
      return { ...text, widget: 'string', i18n: true };
    case 'description':
      return { ...text, widget: 'text', ...textLimits(name, limitsOf(field)), i18n: true };
    case 'axis':
      return { ...text, widget: 'number', ...numberLimits(limitsOf(field)), i18n: 'duplicate' };
    case 'published':
    case 'updated':
      return { ...text, ...calendarDayWidget, i18n: 'duplicate' };
    case 'tags':
      return { ...text, widget: 'select', multiple: true, options: lists.tags, i18n: 'duplicate' };
    case 'axes':
      return { ...text, widget: 'select', multiple: true, options: lists.axes, i18n: 'duplicate' };
    case 'image':
      // One file for every language version…
      return { ...text, widget: 'image', accept: 'image/jpeg,image/png,image/webp,image/avif,image/svg+xml', i18n: 'duplicate' };
    case 'imageAlt':
      // …described in each.
      return { ...text, widget: 'string', i18n: true };
    case 'draft':
      return { ...text, widget: 'boolean', i18n: true };
    case 'nav':
      return {
        ...text,
        widget: 'object',
        collapsed: true,
        i18n: true,
        fields: [
          { name: 'order', ...fieldText('nav.order'), widget: 'number', ...numberLimits(limitsOf(field, ['order'])) },
          { name: 'label', ...fieldText('nav.label'), widget: 'string', required: false },
        ],
      };
  }
}

/**
 * The body, in the rich-text mode first (what editors expect, and the only
 * mode where Sveltia CMS 0.221 offers its "Insérer" menu), the Markdown
 * source a click away. The rich-text mode writes a body back only once it is
 * edited; then it writes it in its own Markdown, and every MDX block it does
 * not know would be mangled: each block our pages use, and the team's notes
 * `{/* … *\/}`, is an editor component, kept as written.
 */
function bodyField(): CmsField {
  return {
    name: 'body',
    ...fieldText('body'),
    widget: 'richtext',
    modes: ['rich_text', 'raw'],
    editor_components: [...editorComponentIds],
    i18n: true,
  };
}

function translationCurrentField(): CmsField {
  return {
    name: TRANSLATION_CURRENT_FIELD,
    ...fieldText(TRANSLATION_CURRENT_FIELD),
    widget: 'boolean',
    required: false,
    default: false,
    i18n: true,
  };
}
