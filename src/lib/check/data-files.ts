import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { corridorSchema, type Corridor } from '../content/corridor-schema.ts';
import { guarded, problem, quotedValue, type ContentProblem, type ProblemParams } from '../content/content-error.ts';
import { idsWritten, uniqueIds } from '../content/data-id.ts';
import { readYaml, yamlLimitProblem } from '../content/frontmatter.ts';
import { requiredText } from '../content/required-text.ts';
import type { PartnerFacts } from '../content/legal-facts.ts';
import { legalSchema, type LegalFacts } from '../content/legal-schema.ts';
import { partnerSchema } from '../content/partner-schema.ts';
import { decodeUtf8 } from '../content/read-content.ts';
import { describeIssues, type CheckedYaml, type DataPath, type IssueWording } from '../content/schema-issues.ts';
import { redirectionListSchema, type Redirection } from '../content/redirection-schema.ts';
import { tagListSchema, type Tag } from '../content/tag-schema.ts';
import { dataFilePath } from '../content/data-file-names.ts';
import { unknownPartnerCode } from './unknown-partner.ts';

/*
 * The data files editors keep beside the pages: partners.yaml, tags.yaml,
 * map/corridor.yaml, legal.yaml and redirections.yaml. Astro's loader checks them with the same schemas, but
 * later, in English and without lines; checking them here first reports
 * each mistake like a page's: at its line, in the editor's language.
 */

/** A data file as read: its YAML, or the problems that stop it from being read. */
export type DataRead = { ok: true; yaml: CheckedYaml } | { ok: false; problems: ContentProblem[] };

/** The partners a place of the map may name, once partners.yaml is known to be right. */
interface KnownPartners {
  file: string;
  ids: string[];
}

/** The data files of a content folder, each read once per check; one the folder lacks is undefined. */
export interface DataFiles {
  partnersFile: string;
  partners: DataRead | undefined;
  tagsFile: string;
  tags: DataRead | undefined;
  corridor: DataRead | undefined;
  legal: DataRead | undefined;
  /** redirections.yaml: the old addresses of the site and the pages they lead to. */
  redirectionsFile: string;
  redirections: DataRead | undefined;
}

/** Reads the data files of `contentDir`. */
export function readDataFiles(contentDir: string): DataFiles {
  const partnersFile = dataFilePath(contentDir, 'partners');
  const tagsFile = dataFilePath(contentDir, 'tags');
  return {
    partnersFile,
    partners: readDataFile(partnersFile),
    tagsFile,
    tags: readDataFile(tagsFile),
    corridor: readDataFile(dataFilePath(contentDir, 'corridor')),
    legal: readDataFile(dataFilePath(contentDir, 'legal')),
    redirectionsFile: dataFilePath(contentDir, 'redirections'),
    redirections: readDataFile(dataFilePath(contentDir, 'redirections')),
  };
}

/** Every mistake in the data files. A file the folder lacks has nothing to check (see content.config.ts). */
export function checkDataFiles(files: DataFiles): ContentProblem[] {
  const partnerProblems = problemsOf(files.partners, checkPartners);
  // Until partners.yaml is right, a place's partner cannot be told wrong: its mistakes come first.
  const known = partnerProblems.length > 0 ? undefined : { file: files.partnersFile, ids: partnerIds(files.partners) };
  return [
    ...partnerProblems,
    ...problemsOf(files.tags, checkTags),
    ...problemsOf(files.corridor, (yaml) => checkCorridor(yaml, files.partnersFile, known)),
    ...problemsOf(files.legal, (yaml) => checkLegal(yaml, known)),
    ...problemsOf(files.redirections, (yaml) => issuesOf(redirectionListSchema, yaml.data ?? [], yaml, dataWording())),
  ];
}

/**
 * The facts of legal.yaml and the partners they may name, once both files
 * are known to be right; none (every fact missing) while either has a
 * mistake or is absent.
 */
export function legalFactsIn(files: DataFiles): { facts: LegalFacts; partners: PartnerFacts[] } {
  const partners = files.partners?.ok ? z.array(partnerSchema(z.string())).safeParse(files.partners.yaml.data ?? []) : undefined;
  const facts = files.legal?.ok ? legalSchema.safeParse(files.legal.yaml.data ?? {}) : undefined;
  return { facts: facts?.success ? facts.data : {}, partners: partners?.success ? partners.data : [] };
}

/** The news topics of tags.yaml, each of which gets its list of articles; none while the file has a mistake or is absent. */
export function topicsIn(files: DataFiles): Tag[] {
  const topics = files.tags?.ok ? tagListSchema.safeParse(files.tags.yaml.data ?? []) : undefined;
  return topics?.success ? topics.data : [];
}

/** A redirection of redirections.yaml, with its line. */
export type WrittenRedirection = Redirection & { line: number | undefined };

/**
 * The redirections of redirections.yaml, each with its line: none when the
 * file is absent, and undefined while it has a mistake (reported by
 * checkDataFiles), as it cannot be told then which addresses it keeps.
 */
export function redirectionsIn(files: DataFiles): WrittenRedirection[] | undefined {
  if (!files.redirections) return [];
  const read = files.redirections.ok ? files.redirections.yaml : undefined;
  const list = read ? redirectionListSchema.safeParse(read.data ?? []) : undefined;
  if (!read || !list?.success) return undefined;
  return list.data.map((redirection, index) => ({ ...redirection, line: read.lineOf([index]) }));
}

/** A data file's YAML, with the line of each field; undefined when the file is not there. */
function readDataFile(file: string): DataRead | undefined {
  return guarded(
    file,
    () => readYamlFile(file),
    (failure): DataRead => ({ ok: false, problems: [failure] }),
  );
}

function readYamlFile(file: string): DataRead | undefined {
  if (!existsSync(file)) return undefined;
  const text = decodeUtf8(readFileSync(file));
  if (!text.ok) return { ok: false, problems: [{ file, line: text.line, code: 'file-encoding' }] };
  const read = readYaml(text.source);
  if (!read.ok) {
    // Two fields of one group with the same name: YAML itself refuses them.
    const limit = yamlLimitProblem(read.yamlCode);
    const code = read.yamlCode === 'DUPLICATE_KEY' ? 'data-yaml-duplicate-key' : 'data-yaml-invalid';
    return { ok: false, problems: [{ file, line: read.line, ...(limit ?? { code }) }] };
  }
  // A mistake in the whole file (a list where a map belongs) is at its first line.
  return { ok: true, yaml: { file, data: read.data, lineOf: (path) => read.lineOf(path) ?? 1 } };
}

function problemsOf(read: DataRead | undefined, check: (yaml: CheckedYaml) => ContentProblem[]): ContentProblem[] {
  if (!read) return [];
  return read.ok ? check(read.yaml) : read.problems;
}

/** partners.yaml: a list of partners (an empty file has none), each id used once. */
function checkPartners(yaml: CheckedYaml): ContentProblem[] {
  const partners = z
    .array(partnerSchema(logoFile(dirname(yaml.file))), { error: problem('partners-list') })
    .superRefine((list, context) => uniqueIds(list, [], context));
  return issuesOf(partners, yaml.data ?? [], yaml, dataWording());
}

/**
 * What Astro's `image()` checks of `logo.src` that can be known before the
 * build: a file at that path from partners.yaml's folder, where Astro looks
 * for it (it reads the image itself later).
 */
function logoFile(folder: string) {
  return requiredText('partner-logo').superRefine((src, context) => {
    const path = join(folder, src);
    if (existsSync(path) && statSync(path).isFile()) return;
    context.addIssue({ code: 'custom', message: problem('partner-logo-missing'), params: { folder: dirname(path) } });
  });
}

/** The ids of a partners.yaml that passed its check (an absent or empty file has none). */
function partnerIds(read: DataRead | undefined): string[] {
  const data = read?.ok ? read.yaml.data : undefined;
  return Array.isArray(data) ? data.map((partner: { id: string }) => partner.id) : [];
}

/** tags.yaml: a list of topics (an empty file has none), each id used once, with its label in every language. */
function checkTags(yaml: CheckedYaml): ContentProblem[] {
  return issuesOf(tagListSchema, yaml.data ?? [], yaml, dataWording());
}

/**
 * map/corridor.yaml: its schema, then each place's partner against
 * partners.yaml, which Astro's loader cannot check (it reads one file).
 */
function checkCorridor(yaml: CheckedYaml, partnersFile: string, known: KnownPartners | undefined): ContentProblem[] {
  const result = corridorSchema.safeParse(yaml.data);
  if (!result.success) {
    const places = idsWritten((yaml.data as { places?: unknown } | null)?.places);
    return describeIssues(result.error.issues, yaml, dataWording({ places, file: partnersFile }));
  }
  return known ? strangers(result.data, yaml, known) : [];
}

/** Places whose partner partners.yaml does not have: the map would name nobody. */
function strangers(corridor: Corridor, yaml: CheckedYaml, known: KnownPartners): ContentProblem[] {
  return corridor.places.flatMap((place, index) => {
    if (known.ids.includes(place.partner)) return [];
    return {
      file: yaml.file,
      code: unknownPartnerCode('map-unknown-partner', known.ids),
      params: { place: place.id, partner: place.partner, file: known.file, partners: known.ids },
      field: 'places.partner',
      line: yaml.lineOf(['places', index, 'partner']),
    };
  });
}

/**
 * legal.yaml: its schema, then the partners it names (the publisher, the
 * data controller) against partners.yaml.
 */
function checkLegal(yaml: CheckedYaml, known: KnownPartners | undefined): ContentProblem[] {
  const result = legalSchema.safeParse(yaml.data ?? {});
  if (!result.success) return describeIssues(result.error.issues, yaml, dataWording());
  if (!known) return [];
  const named = [
    ['publisher', 'partner', result.data.publisher?.partner],
    ['personalData', 'controller', result.data.personalData?.controller],
  ] as const;
  return named.flatMap(([group, field, partner]) => {
    if (!partner || known.ids.includes(partner)) return [];
    return {
      file: yaml.file,
      code: unknownPartnerCode('legal-unknown-partner', known.ids),
      params: { partner, file: known.file, partners: known.ids },
      field: `${group}.${field}`,
      line: yaml.lineOf([group, field]),
    };
  });
}

function issuesOf(schema: z.ZodType, data: unknown, yaml: CheckedYaml, wording: IssueWording): ContentProblem[] {
  const result = schema.safeParse(data);
  return result.success ? [] : describeIssues(result.error.issues, yaml, wording);
}

/**
 * A data file's problems name a field by its names only (`places.latitude`,
 * `name.en`): the line tells which item of a list. Messages may name the
 * value written, the field's last name (`en`, for the language a text
 * lacks), what a rule of the schema adds, and `extra`.
 */
function dataWording(extra: ProblemParams = {}): IssueWording {
  const names = (path: DataPath) => path.filter((part): part is string => typeof part === 'string');
  return {
    unknown: 'data-field-unknown',
    typo: 'data-field-typo',
    invalid: 'data-field-invalid',
    fieldOf: (path) => names(path).join('.') || undefined,
    params: (path, value, issue) => ({
      ...extra,
      field: names(path).join('.'),
      key: names(path).at(-1) ?? '',
      ...quotedValue(value),
      ...(issue.code === 'custom' ? (issue.params as ProblemParams | undefined) : {}),
    }),
  };
}
