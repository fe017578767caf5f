import { z } from 'astro/zod';
import { legalSchema } from '../content/legal-schema.ts';
import { partnerSchema } from '../content/partner-schema.ts';
import { redirectionSchema } from '../content/redirection-schema.ts';
import { tagSchema } from '../content/tag-schema.ts';
import { corridorSchema } from '../content/corridor-schema.ts';
import { cmsField, localizedFields, type CmsField, type FieldOptions } from './cms-field.ts';
import { MEDIA_FOLDER, type CmsCollection, type EditorLists } from './page-collections.ts';
import { cmsText, fieldText } from './labels.ts';
import { fieldsOf } from './schema-shape.ts';
import { dataFilePath } from '../content/data-file-names.ts';

/**
 * The data files beside the pages, one form each, generated from their
 * schemas (fields, lists, texts per language, limits and patterns); `options`
 * add what a schema cannot say (choices, widgets).
 */
export function dataCollection(contentDir: string, lists: EditorLists): CmsCollection {
  return {
    name: 'data',
    label: cmsText.collections.data.label,
    label_singular: cmsText.collections.data.singular,
    editor: { preview: false },
    files: [
      partnersFile(contentDir),
      tagsFile(contentDir),
      corridorFile(contentDir, lists),
      legalFile(contentDir, lists),
      redirectionsFile(contentDir),
    ],
  };
}

function partnersFile(contentDir: string) {
  const contactLine = { widget: 'string' };
  const options: FieldOptions = {
    'partners.summary': { widget: 'object', fields: localizedFields('text') },
    // The schema asks for a web address (z.url with the http and https protocols), which JSON Schema writes as a format only.
    'partners.website': { pattern: ['^https?://', cmsText.patterns.web] },
    // Stored beside partners.yaml, where the build reads it from (Astro's image()).
    'partners.logo.src': { widget: 'image', media_folder: `/${contentDir}/${MEDIA_FOLDER}`, public_folder: `./${MEDIA_FOLDER}` },
    'partners.contact.street': contactLine,
    'partners.contact.postalCode': contactLine,
    'partners.contact.locality': contactLine,
    'partners.contact.phone': contactLine,
  };
  // The logo's own schema is Astro's image(); its shape is a file path.
  const partner = fieldsOf(partnerSchema(z.string())).map((field) => cmsField(`partners.${field.name}`, field, options));
  return rootList('partners', 'partners', dataFilePath(contentDir, 'partners'), partner);
}

function tagsFile(contentDir: string) {
  const topic = fieldsOf(tagSchema).map((field) => cmsField(`topics.${field.name}`, field, {}));
  return rootList('tags', 'topics', dataFilePath(contentDir, 'tags'), topic);
}

function corridorFile(contentDir: string, lists: EditorLists) {
  const placeIds = { widget: 'list' };
  const options: FieldOptions = {
    'places.partner': { widget: 'select', options: lists.partners },
    route: placeIds,
    'inset.places': placeIds,
  };
  return {
    name: 'corridor',
    label: cmsText.files.corridor,
    file: dataFilePath(contentDir, 'corridor'),
    fields: fieldsOf(corridorSchema).map((field) => cmsField(field.name, field, options)),
  };
}

function legalFile(contentDir: string, lists: EditorLists) {
  const partner = { widget: 'select', options: lists.partners };
  const line = { widget: 'string' };
  const options: FieldOptions = {
    'legal.publisher.partner': partner,
    'legal.personalData.controller': partner,
    'legal.host.street': line,
    'legal.host.postalCode': line,
    'legal.host.locality': line,
    'legal.host.phone': line,
  };
  return {
    name: 'legal',
    label: cmsText.files.legal,
    file: dataFilePath(contentDir, 'legal'),
    fields: fieldsOf(legalSchema).map((field) => cmsField(`legal.${field.name}`, field, options)),
  };
}

/** The old addresses of the site, each with the page it now leads to. */
function redirectionsFile(contentDir: string) {
  const redirection = fieldsOf(redirectionSchema).map((field) => cmsField(`redirections.${field.name}`, field, {}));
  return rootList('redirections', 'redirections', dataFilePath(contentDir, 'redirections'), redirection);
}

/** A data file that is one list (partners.yaml, tags.yaml): Sveltia CMS's `root` list, labelled at `path`. */
function rootList(name: keyof typeof cmsText.files, path: string, file: string, fields: CmsField[]) {
  return { name, label: cmsText.files[name], file, fields: [{ name: path, ...fieldText(path), widget: 'list', root: true, fields }] };
}
