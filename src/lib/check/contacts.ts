import type { ContentProblem } from '../content/content-error.ts';
import type { ContentPage } from '../content/read-content.ts';
import type { DataFiles } from './data-files.ts';
import type { FoundContact } from './mdx.ts';

/** What the check needs of a partner of partners.yaml. */
interface ListedPartner {
  id: string;
  contact?: unknown;
}

/**
 * Each `<ContactBlock partner="…">` names a partner of partners.yaml that
 * has contact details, or the page would show an empty block. Run once
 * partners.yaml itself has no problem.
 */
export function checkContacts(
  reports: readonly { page: ContentPage; contacts: readonly FoundContact[] }[],
  dataFiles: DataFiles,
): ContentProblem[] {
  const { partnersFile: file, partners: read } = dataFiles;
  const partners: ListedPartner[] = read?.ok && Array.isArray(read.yaml.data) ? (read.yaml.data as ListedPartner[]) : [];
  return reports.flatMap(({ page, contacts }) =>
    contacts.flatMap(({ partner, line }): ContentProblem[] => {
      const listed = partners.find((candidate) => candidate.id === partner);
      const where = { file: page.filePath, line, field: undefined };
      if (!listed)
        return [{ ...where, code: 'contact-unknown-partner', params: { partner, file, partners: partners.map((each) => each.id) } }];
      if (listed.contact === undefined) return [{ ...where, code: 'contact-details-missing', params: { partner, file } }];
      return [];
    }),
  );
}
