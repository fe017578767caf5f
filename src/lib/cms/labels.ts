// Import attributes: the config is also generated under plain Node.js (tests, scripts), not only by Vite.
import catalogue from '../../i18n/cms/fr.json' with { type: 'json' };

/**
 * The web editor's words, in French: the communications staff who use it are
 * French speakers, and Sveltia CMS takes one label per field. They live in
 * src/i18n/cms/fr.json, never in code.
 */
export const cmsText = catalogue;

type FieldPath = keyof typeof catalogue.fields;

/** The label and hint of the field at `path` (`title`, `partners.contact.street`). */
export function fieldText(path: string): { label: string; hint?: string } {
  const text = (catalogue.fields as Record<string, { label: string; hint: string } | undefined>)[path as FieldPath];
  // A developer's mistake, caught by the unit tests: a schema field the editor would show without a name.
  if (!text) throw new Error(`The web editor has no label for the field "${path}": add it to src/i18n/cms/fr.json.`);
  return text.hint ? { label: text.label, hint: text.hint } : { label: text.label };
}
