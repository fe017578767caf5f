import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The colour schemes a reader's system can ask for; pages are checked in each. */
export const colorSchemes = ['light', 'dark'] as const;

/**
 * The WCAG 2.2 A/AA violations axe finds on the page as it is now, in a form
 * a failed test reads well; with `coloursOnly`, only colour contrast, the one
 * thing a change of colour scheme can break. axe runs as a script: the page
 * needs JavaScript on. It runs in the page itself (axe's "legacy mode"): the
 * default mode opens a second page per run to merge results across frames,
 * which doubles the time, and our pages have no frame.
 */
export async function violationsOn(page: Page, { coloursOnly = false } = {}) {
  const axe = new AxeBuilder({ page }).withTags(WCAG_22_AA).setLegacyMode(true);
  const { violations } = await (coloursOnly ? axe.withRules(['color-contrast']) : axe).analyze();
  return violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
