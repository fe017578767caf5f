import { locales, sourceLocale } from '../../i18n/locales.ts';
import type { CmsBackendSettings } from './backend-settings.ts';
import { dataCollection } from './data-collections.ts';
import { cmsText } from './labels.ts';
import { MEDIA_FOLDER, pageCollections, type EditorLists } from './page-collections.ts';

/** What the admin page loads (`/admin/cms.json`): the CMS configuration, and what the body's inserts offer. */
export interface AdminData {
  config: Record<string, unknown>;
  /** The partners the "Coordonnées d'un partenaire" insert offers. */
  partners: EditorLists['partners'];
}

/**
 * The Sveltia CMS configuration of this site, generated from the content's
 * own schemas and page kinds (so it cannot drift from what the build
 * accepts) and the lists read from the content.
 */
export function cmsConfig(backend: CmsBackendSettings, contentDir: string, lists: EditorLists): Record<string, unknown> {
  return {
    // The whole configuration is here; Sveltia must not look for a config.yml.
    load_config_file: false,
    backend: {
      name: 'github',
      ...(backend.repository ? { repo: backend.repository } : {}),
      branch: backend.branch,
      ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
      commit_messages: cmsText.commits,
    },
    // A branch and a pull request per change: CI checks the content and the host builds a preview.
    publish_mode: 'editorial_workflow',
    media_folder: `${contentDir}/${MEDIA_FOLDER}`,
    i18n: {
      structure: 'multiple_folders',
      locales: [...locales],
      default_locale: sourceLocale,
      // A new page starts in French only; its translation is added when it is ready.
      initial_locales: 'default',
      // The French and English files of a page share their `key`, whatever their folders and names.
      canonical_slug: { key: 'key', value: '{{fields.key}}' },
    },
    slug: { encoding: 'ascii', clean_accents: true },
    output: { omit_empty_optional_fields: true },
    collections: [...pageCollections(contentDir, lists), dataCollection(contentDir, lists)],
  };
}
