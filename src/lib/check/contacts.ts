import type { ContentProblem } from '../content/content-error.ts';
import type { ContentPage } from '../content/read-content.ts';
import { CONTACT_KEY } from '../routing/navigation.ts';
import type { DataFiles } from './data-files.ts';
import type { FoundContact } from './mdx.ts';
import { unknownPartnerCode } from './unknown-partner.ts';

/** What the check needs of a partner of partners.yaml. */
interface ListedPartner {
  id: string;
}

type ContactReports = readonly { page: ContentPage; contacts: readonly FoundContact[] }[];

/**
 * Each `<ContactBlock partner="…">` names a partner of partners.yaml, and
 * the Contact page shows a block for every partner: its details, or for a
 * partner without any, a link to its official website (which partners.yaml
 * requires). A partner added to partners.yaml is reported until the Contact
 * page shows it. Run once partners.yaml itself has no problem.
 */
export function checkContacts(reports: ContactReports, dataFiles: DataFiles): ContentProblem[] {
  const { partnersFile: file, partners: read } = dataFiles;
  const partners: ListedPartner[] = read?.ok && Array.isArray(read.yaml.data) ? (read.yaml.data as ListedPartner[]) : [];
  const ids = partners.map((each) => each.id);
  const unknown = reports.flatMap(({ page, contacts }) =>
    contacts
      .filter(({ partner }) => !partners.some((candidate) => candidate.id === partner))
      .map(({ partner, line }): ContentProblem => ({
        file: page.filePath,
        line,
        field: undefined,
        code: unknownPartnerCode('contact-unknown-partner', ids),
        params: { partner, file, partners: ids },
      })),
  );
  return [...unknown, ...partnersMissingFromContactPages(reports, partners, file)];
}

/** A partner the Contact page (in any language) shows no block for. */
function partnersMissingFromContactPages(reports: ContactReports, partners: readonly ListedPartner[], file: string): ContentProblem[] {
  return reports
    .filter(({ page }) => page.data.key === CONTACT_KEY)
    .flatMap(({ page, contacts }) =>
      partners
        .filter(({ id }) => !contacts.some((contact) => contact.partner === id))
        .map(({ id }): ContentProblem => ({
          file: page.filePath,
          line: undefined,
          field: undefined,
          code: 'contact-partner-absent',
          params: { partner: id, file },
        })),
    );
}
