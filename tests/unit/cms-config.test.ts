import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsBackendSettings } from '../../src/lib/cms/backend-settings.ts';
import { cmsConfig } from '../../src/lib/cms/cms-config.ts';
import type { CmsField } from '../../src/lib/cms/cms-field.ts';
import type { EditorLists } from '../../src/lib/cms/page-collections.ts';
import { shapeOf, type Shape } from '../../src/lib/cms/zod-shape.ts';
import { legalSchema } from '../../src/lib/content/legal-schema.ts';
import { mdxComponentNames } from '../../src/lib/content/mdx-components.ts';
import { pageKinds, pageSchema } from '../../src/lib/content/page-schema.ts';
import { partnerSchema } from '../../src/lib/content/partner-schema.ts';
import { redirectionSchema } from '../../src/lib/content/redirection-schema.ts';
import { tagSchema } from '../../src/lib/content/tag-schema.ts';
import { corridorSchema } from '../../src/lib/content/corridor-schema.ts';

/*
 * The web editor's configuration is generated from the content's schemas:
 * these tests fail when a schema field or a page kind has no place in it,
 * or when the configuration is not one the pinned Sveltia CMS accepts.
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

/** Every field path a schema describes. */
function schemaPaths(shape: Shape, prefix = ''): string[] {
  const inner = shape.type === 'array' ? shape.of : shape;
  if (inner.type !== 'object') return [];
  return inner.fields.flatMap((field) => [`${prefix}${field.name}`, ...schemaPaths(field.shape, `${prefix}${field.name}.`)]);
}

const kindSchemas = (pageSchema as unknown as { options: z.ZodObject[] }).options;

describe('the web editor configuration', () => {
  it('is valid for the pinned Sveltia CMS (its published JSON schema)', () => {
    const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('gives every page kind a form, with every field of its schema but `translated` (the save hook writes it)', () => {
    const forms = new Map<string, CmsField[]>();
    for (const collection of collections.filter((candidate) => candidate.filter)) {
      const [kind, indexKind] = [collection.filter!.value].flat();
      forms.set(kind!, collection.fields);
      if (indexKind) forms.set(indexKind, collection.index_file!.fields);
    }
    expect([...forms.keys()].sort()).toEqual([...pageKinds].sort());
    for (const schema of kindSchemas) {
      const kind = (schema.shape.kind as z.ZodLiteral).value as string;
      const expected = schemaPaths(shapeOf(schema)).filter((path) => !path.startsWith('translated'));
      expect(formPaths(forms.get(kind)!).sort(), kind).toEqual([...expected, 'body', 'translationCurrent'].sort());
    }
  });

  it('opens the body in the rich-text mode, with the Markdown source a click away', () => {
    for (const collection of collections.filter((candidate) => candidate.filter)) {
      expect(collection.fields.find((field) => field.name === 'body')).toMatchObject({ widget: 'richtext', modes: ['rich_text', 'raw'] });
    }
  });

  it('offers every MDX component as an insert, and keeps the team notes as blocks, so the rich-text mode mangles none', () => {
    const kebab = (name: string) => name.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();
    for (const collection of collections.filter((candidate) => candidate.filter)) {
      const body = collection.fields.find((field) => field.name === 'body') as CmsField & { editor_components: string[] };
      expect([...body.editor_components].sort()).toEqual([...mdxComponentNames.map(kebab), 'team-note'].sort());
    }
  });

  it('gives every data file a form with every field of its schema', () => {
    const files = collections.find((collection) => collection.name === 'data')!.files!;
    const formOf = (name: string) => formPaths(files.find((file) => file.name === name)!.fields[0]!.fields as CmsField[]);
    expect(formOf('partners').sort()).toEqual(schemaPaths(shapeOf(partnerSchema(z.string()))).sort());
    expect(formOf('tags').sort()).toEqual(schemaPaths(shapeOf(tagSchema)).sort());
    expect(formOf('redirections').sort()).toEqual(schemaPaths(shapeOf(redirectionSchema)).sort());
    const fieldsOfFile = (name: string) => formPaths(files.find((file) => file.name === name)!.fields).sort();
    expect(fieldsOfFile('corridor')).toEqual(schemaPaths(shapeOf(corridorSchema)).sort());
    expect(fieldsOfFile('legal')).toEqual(schemaPaths(shapeOf(legalSchema)).sort());
  });

  it('pairs the languages by `key`, starts new pages in French, and publishes through pull requests', () => {
    expect(config).toMatchObject({
      publish_mode: 'editorial_workflow',
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
