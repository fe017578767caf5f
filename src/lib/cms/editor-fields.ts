/*
 * Names the generated configuration (src/lib/cms/) and the admin page's
 * code (src/admin/) share. Free of imports: the admin page bundles it.
 */

/** The box an editor ticks on a translation that says again what its original says; the save hook turns it into `translated`. */
export const TRANSLATION_CURRENT_FIELD = 'translationCurrent';

/** The MDX blocks the body's "Insérer" menu offers, and the team notes it keeps as they are (src/admin/editor-components.ts). */
export const editorComponentIds = ['figure', 'contact-block', 'callout', 'team-note'] as const;
