import { locales } from '../../i18n/locales.ts';
import { fieldText, cmsText } from './labels.ts';
import { SITE_ADDRESS_PATTERN } from '../content/redirection-schema.ts';
import { SLUG_PATTERN } from '../content/slug-pattern.ts';
import type { FieldShape, Limits, Shape } from './schema-shape.ts';

/** A field of the Sveltia CMS configuration (https://sveltiacms.app/en/docs/fields). */
export type CmsField = { name: string; label: string; widget: string; [option: string]: unknown };

/** Options a field takes on top of what its schema says: a select's choices, a number's bounds… */
export type FieldOptions = Record<string, Partial<CmsField>>;

/**
 * The form field for one field of a data schema, at `path`, with its French
 * label and hint. Its widget follows the schema (objects, lists, texts,
 * numbers, dates); `options[path]` adds or replaces what the schema cannot
 * say. A field whose type has no widget and no option stops the generation.
 */
export function cmsField(path: string, field: FieldShape, options: FieldOptions): CmsField {
  const base = { name: field.name, ...fieldText(path), ...(field.optional ? { required: false } : {}) };
  const widget = options[path]?.widget ? {} : widgetFor(path, field.shape, options);
  return { ...base, ...widget, ...options[path] } as CmsField;
}

function widgetFor(path: string, shape: Shape, options: FieldOptions): Partial<CmsField> {
  if (isLocalizedText(shape)) return { widget: 'object', fields: localizedFields('string') };
  switch (shape.type) {
    case 'object':
      return { widget: 'object', fields: shape.fields.map((field) => cmsField(`${path}.${field.name}`, field, options)) };
    case 'array':
      if (shape.of.type === 'object') {
        return { widget: 'list', fields: shape.of.fields.map((field) => cmsField(`${path}.${field.name}`, field, options)) };
      }
      return { widget: 'list' };
    case 'string':
      return { widget: 'string', ...textLimits(path, shape.limits) };
    case 'number':
      return { widget: 'number', ...numberLimits(shape.limits) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      return calendarDayWidget;
    default:
      throw new Error(`The web editor has no widget for the field "${path}": give it one in src/lib/cms/.`);
  }
}

/** The patterns the schemas use, by the name of their French message (src/i18n/cms/fr.json). */
const patternNames: Record<string, keyof typeof cmsText.patterns> = {
  [SLUG_PATTERN.source]: 'slug',
  [SITE_ADDRESS_PATTERN.source]: 'siteAddress',
};

/**
 * What a text field checks, from its schema's limits. A least length of 1
 * is left out: it means "not empty", which a required field already is.
 */
export function textLimits(path: string, limits: Limits): Partial<CmsField> {
  const named = limits.pattern === undefined ? undefined : patternNames[limits.pattern];
  if (limits.pattern !== undefined && !named)
    throw new Error(`The web editor has no French message for the pattern of "${path}": add it to patterns in src/i18n/cms/fr.json.`);
  return {
    ...(limits.minLength !== undefined && limits.minLength > 1 ? { minlength: limits.minLength } : {}),
    ...(limits.maxLength !== undefined ? { maxlength: limits.maxLength } : {}),
    ...(named ? { pattern: [limits.pattern, cmsText.patterns[named]] } : {}),
  };
}

/** What a number field checks, from its schema's limits. */
export function numberLimits(limits: Limits): Partial<CmsField> {
  return {
    value_type: limits.integer ? 'int' : 'float',
    ...(limits.minimum !== undefined ? { min: limits.minimum } : {}),
    ...(limits.maximum !== undefined ? { max: limits.maximum } : {}),
  };
}

/** A day, written `YYYY-MM-DD` as the content check asks. */
export const calendarDayWidget = { widget: 'datetime', time_format: false, date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD' } as const;

/** A text in every language of the site (`{ fr, en }`): one input per language. */
function isLocalizedText(shape: Shape): boolean {
  return (
    shape.type === 'object' &&
    shape.fields.length === locales.length &&
    shape.fields.every((field) => (locales as readonly string[]).includes(field.name))
  );
}

/** One input per language of the site, each a line (`string`) or several (`text`). */
export function localizedFields(widget: 'string' | 'text'): CmsField[] {
  return locales.map((lang) => ({ name: lang, label: cmsText.languages[lang], widget }));
}
