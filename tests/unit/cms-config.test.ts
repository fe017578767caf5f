import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { gitRemoteOf } from '../../src/integrations/web-editor/git-remote.ts';
import { cmsBackendSettings } from '../../src/lib/cms/backend-settings.ts';
import { cmsConfig } from '../../src/lib/cms/cms-config.ts';
import type { CmsField } from '../../src/lib/cms/cms-field.ts';
import type { EditorLists } from '../../src/lib/cms/page-collections.ts';
import { legalSchema } from '../../src/lib/content/legal-schema.ts';
import { mdxComponentNames } from '../../src/lib/content/mdx-components.ts';
import { pageKinds, pageSchema } from '../../src/lib/content/page-schema.ts';
import { partnerSchema } from '../../src/lib/content/partner-schema.ts';
import { redirectionSchema } from '../../src/lib/content/redirection-schema.ts';
import { tagSchema } from '../../src/lib/content/tag-schema.ts';
import { corridorSchema } from '../../src/lib/content/corridor-schema.ts';

/*
 * The web editor's configuration is generated from the content's schemas:
 * these tests check written-out forms and the rules they carry (from the
 * schemas' limits), fail when a schema field or a page kind has no place in
 * it (walking zod's own JSON Schema of each), and when the configuration is
 * not one the pinned Sveltia CMS accepts.
 */

const lists: EditorLists = {
  tags: [{ value: 'partenariats', label: 'Partenariats' }],
  axes: [{ value: 1, label: '1. Un axe' }],
  partners: [{ value: 'haropa-port', label: 'HAROPA PORT' }],
};
const config = cmsConfig({ repository: 'owner/site', branch: 'main' }, 'content', lists);
type Collection = {
  name: string;
  filter?: { value: string | string[] };
  fields: CmsField[];
  index_file?: { fields: CmsField[] };
  files?: { name: string; file: string; fields: CmsField[] }[];
};
const collections = config.collections as Collection[];

/** Every field path of a form (`nav.order`), objects and lists walked into. */
function formPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const inner = (field.fields as CmsField[] | undefined) ?? [];
    return [path, ...formPaths(inner, `${path}.`)];
  });
}

/** zod's JSON Schema of a schema, as far as these tests walk it. */
interface Json {
  properties?: Record<string, Json>;
  items?: Json;
  oneOf?: Json[];
  const?: unknown;
}
const jsonOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;

/** Every field path zod's JSON Schema of a schema describes. */
function schemaPaths(json: Json, prefix = ''): string[] {
  const inner = json.items ?? json;
  return Object.entries(inner.properties ?? {}).flatMap(([name, field]) => [
    `${prefix}${name}`,
    ...schemaPaths(field, `${prefix}${name}.`),
  ]);
}

/** The form of each page kind, a section's own page (its index file) included. */
const forms = new Map<string, CmsField[]>();
for (const collection of collections.filter((candidate) => candidate.filter)) {
  const [kind, indexKind] = [collection.filter!.value].flat();
  forms.set(kind!, collection.fields);
  if (indexKind) forms.set(indexKind, collection.index_file!.fields);
}
const field = (fields: CmsField[], path: string): CmsField | undefined => {
  const [name, ...rest] = path.split('.');
  const found = fields.find((candidate) => candidate.name === name);
  return rest.length && found ? field(found.fields as CmsField[], rest.join('.')) : found;
};
const files = collections.find((collection) => collection.name === 'data')!.files!;
const dataField = (file: string, path: string) => field(files.find((candidate) => candidate.name === file)!.fields, path);

/** The form every page has, in the order a save writes the fields. */
const pageForm = [
  'key',
  'kind',
  'title',
  'description',
  'image',
  'imageAlt',
  'draft',
  'nav',
  'nav.order',
  'nav.label',
  'body',
  'translationCurrent',
];
const slugPattern = ['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'Minuscules, chiffres et tirets seulement, par exemple haropa-port.'];

describe('the web editor configuration', () => {
  it('is valid for the pinned Sveltia CMS (its published JSON schema)', () => {
    const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('gives each page kind its form, its own fields in the order the pages write them', () => {
    expect(formPaths(forms.get('page')!)).toEqual(pageForm);
    expect(formPaths(forms.get('agreement')!)).toEqual(pageForm);
    expect(formPaths(forms.get('axis')!)).toEqual(['key', 'kind', 'axis', ...pageForm.slice(2)]);
    expect(formPaths(forms.get('news')!)).toEqual([
      ...pageForm.slice(0, 6),
      ...['published', 'updated', 'tags', 'axes'],
      ...pageForm.slice(6),
    ]);
  });

  it('asks in the form what page-schema.ts asks: a summary of 20 to 160 characters, an axis from 1 to 5, a menu order from 1', () => {
    const news = forms.get('news')!;
    expect(field(news, 'description')).toMatchObject({ widget: 'text', minlength: 20, maxlength: 160 });
    expect(field(news, 'description')).not.toHaveProperty('required');
    expect(field(forms.get('axis')!, 'axis')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 5 });
    expect(field(news, 'nav.order')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(field(news, 'nav.order')).not.toHaveProperty('max');
    // Left out of a file, a field with a default or an optional one is not required.
    for (const optional of ['image', 'imageAlt', 'updated', 'tags', 'axes', 'draft', 'nav'])
      expect(field(news, optional), optional).toMatchObject({ required: false });
    expect(field(news, 'published')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
    expect(field(news, 'axes')).toMatchObject({ widget: 'select', multiple: true, options: [{ value: 1, label: '1. Un axe' }] });
  });

  it('asks in the data files’ forms what their schemas ask: ids in slug form, whole orders from 1, coordinates and rates within bounds', () => {
    expect(dataField('partners', 'partners.id')).toMatchObject({ widget: 'string', pattern: slugPattern });
    expect(dataField('tags', 'topics.id')).toMatchObject({ widget: 'string', pattern: slugPattern });
    expect(dataField('corridor', 'places.id')).toMatchObject({ widget: 'string', pattern: slugPattern });
    expect(dataField('partners', 'partners.order')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(dataField('partners', 'partners.website')).toMatchObject({
      pattern: ['^https?://', 'Une adresse complète, qui commence par https://.'],
    });
    expect(dataField('partners', 'partners.logo.src')).toMatchObject({
      widget: 'image',
      media_folder: '/content/media',
      public_folder: './media',
    });
    expect(dataField('corridor', 'places.latitude')).toMatchObject({ widget: 'number', value_type: 'float', min: -90, max: 90 });
    expect(dataField('corridor', 'places.longitude')).toMatchObject({ widget: 'number', value_type: 'float', min: -180, max: 180 });
    expect(dataField('legal', 'accessibility.audit.rate')).toMatchObject({ widget: 'number', min: 0, max: 100 });
    expect(dataField('legal', 'accessibility.email')).not.toHaveProperty('pattern');
    expect(dataField('partners', 'partners.contact')).toMatchObject({ required: false });
    expect(dataField('partners', 'partners.contact.phone')).toMatchObject({ widget: 'string', required: false });
  });

  it('gives every page kind a form, with every field of its schema but `translated` (the save hook writes it)', () => {
    expect([...forms.keys()].sort()).toEqual([...pageKinds].sort());
    for (const schema of jsonOf(pageSchema).oneOf ?? []) {
      const kind = schema.properties?.kind?.const as string;
      const expected = schemaPaths(schema).filter((path) => !path.startsWith('translated'));
      expect(formPaths(forms.get(kind)!).sort(), kind).toEqual([...expected, 'body', 'translationCurrent'].sort());
    }
  });

  it('opens the body in the rich-text mode, with the Markdown source a click away', () => {
    for (const form of forms.values()) {
      expect(form.find((candidate) => candidate.name === 'body')).toMatchObject({ widget: 'richtext', modes: ['rich_text', 'raw'] });
    }
  });

  it('offers every MDX component as an insert, and keeps the team notes as blocks, so the rich-text mode mangles none', () => {
    const kebab = (name: string) => name.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();
    for (const form of forms.values()) {
      const body = form.find((candidate) => candidate.name === 'body') as CmsField & { editor_components: string[] };
      expect([...body.editor_components].sort()).toEqual([...mdxComponentNames.map(kebab), 'team-note'].sort());
    }
  });

  it('gives every data file a form with every field of its schema', () => {
    const formOf = (name: string) => formPaths(files.find((file) => file.name === name)!.fields);
    expect(formOf('partners').sort()).toEqual(['partners', ...schemaPaths(jsonOf(partnerSchema(z.string())), 'partners.')].sort());
    expect(formOf('tags').sort()).toEqual(['topics', ...schemaPaths(jsonOf(tagSchema), 'topics.')].sort());
    expect(formOf('redirections').sort()).toEqual(['redirections', ...schemaPaths(jsonOf(redirectionSchema), 'redirections.')].sort());
    expect(formOf('corridor').sort()).toEqual(schemaPaths(jsonOf(corridorSchema)).sort());
    expect(formOf('legal').sort()).toEqual(schemaPaths(jsonOf(legalSchema)).sort());
  });

  it('pairs the languages by `key`, starts new pages in French, and publishes through pull requests', () => {
    expect(config).toMatchObject({
      publish_mode: 'editorial_workflow',
      media_folder: 'content/media',
      i18n: {
        structure: 'multiple_folders',
        default_locale: 'fr',
        initial_locales: 'default',
        canonical_slug: { key: 'key', value: '{{fields.key}}' },
      },
      backend: { name: 'github', repo: 'owner/site', branch: 'main' },
    });
  });
});

describe('cmsBackendSettings', () => {
  it('takes the repository from CMS_REPOSITORY, GitHub Actions or Netlify', () => {
    expect(cmsBackendSettings({ CMS_REPOSITORY: 'a/b', GITHUB_REPOSITORY: 'c/d' })).toEqual({ repository: 'a/b', branch: 'main' });
    expect(cmsBackendSettings({ GITHUB_REPOSITORY: 'c/d', CMS_BRANCH: 'prod' })).toEqual({ repository: 'c/d', branch: 'prod' });
    expect(cmsBackendSettings({ REPOSITORY_URL: 'https://github.com/ports/partenariat' }).repository).toBe('ports/partenariat');
    expect(cmsBackendSettings({ REPOSITORY_URL: 'git@github.com:ports/partenariat.git' }).repository).toBe('ports/partenariat');
    expect(cmsBackendSettings({ CMS_AUTH_URL: 'https://auth.example.workers.dev' })).toEqual({
      branch: 'main',
      authUrl: 'https://auth.example.workers.dev',
    });
  });
});

describe('the repository of the clone the site is built in', () => {
  it('is read from its GitHub remote, in every form git writes it, after what the environment says', () => {
    for (const remote of [
      'https://github.com/ports/partenariat.git',
      'https://github.com/ports/partenariat',
      'git@github.com:ports/partenariat.git',
      'ssh://git@github.com/ports/partenariat.git',
      'https://x-access-token:secret@github.com/ports/partenariat\n',
    ]) {
      expect(cmsBackendSettings({}, remote).repository, remote).toBe('ports/partenariat');
    }
    expect(cmsBackendSettings({ CMS_REPOSITORY: 'a/b' }, 'git@github.com:ports/partenariat.git').repository).toBe('a/b');
    expect(cmsBackendSettings({ GITHUB_REPOSITORY: 'c/d' }, 'git@github.com:ports/partenariat.git').repository).toBe('c/d');
  });

  it('is none for a remote elsewhere than GitHub', () => {
    for (const remote of [
      'https://gitlab.com/ports/partenariat.git',
      'git@notgithub.com:ports/partenariat.git',
      '/srv/git/partenariat.git',
    ]) {
      expect(cmsBackendSettings({}, remote).repository, remote).toBeUndefined();
    }
  });

  it('comes from the origin of a real clone, and from nothing outside one', () => {
    const clone = mkdtempSync(join(tmpdir(), 'remote-'));
    try {
      expect(gitRemoteOf(clone)).toBeUndefined();
      execFileSync('git', ['init', '--quiet'], { cwd: clone });
      expect(gitRemoteOf(clone)).toBeUndefined();
      execFileSync('git', ['remote', 'add', 'origin', 'git@github.com:ports/partenariat.git'], { cwd: clone });
      expect(cmsBackendSettings({}, gitRemoteOf(clone)).repository).toBe('ports/partenariat');
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
