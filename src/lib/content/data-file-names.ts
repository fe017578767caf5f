/*
 * The data files of a content folder, by what they hold: the one place their
 * names are spelled. The content check, Astro's collections, the web editor
 * and the editors' commands all find them here, inside the content folder
 * the settings name (CONTENT_DIR).
 */

/** Each data file's path inside the content folder. */
export const dataFileNames = {
  partners: 'partners.yaml',
  tags: 'tags.yaml',
  corridor: 'map/corridor.yaml',
  legal: 'legal.yaml',
  redirections: 'redirections.yaml',
} as const;

export type DataFileKind = keyof typeof dataFileNames;

/** The path of a data file from the project, as editors see it: `content/partners.yaml`. */
export function dataFilePath(contentDir: string, kind: DataFileKind): string {
  return `${contentDir}/${dataFileNames[kind]}`;
}
