import { expect, test } from '@playwright/test';
import { colorSchemes } from './axe.ts';
import { VISUAL_PAGES, type VisualPage } from './visual-pages.ts';

/*
 * Visual regression: each page of the real content, full length, at a phone,
 * a tablet and a desktop width, in light and dark mode, must look as its
 * committed baseline in tests/e2e/__screenshots__/ (within the tolerance set
 * in playwright.config.ts). The `visual` project runs these tests with the
 * project's pinned fonts, so the pictures depend on the site, not on the
 * machine's fonts. JavaScript stays off, as for every content page.
 */

/** Viewports: a small phone, a tablet, a desktop; the height only matters for pages shorter than it. */
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
] as const;

const UPDATE_COMMAND = 'npm run test:visual:update';

/** What a failed comparison says: which picture, where to see the difference, how to accept it. */
function differsMessage(page: VisualPage, width: number, colorScheme: string, baseline: string): string {
  return [
    `${page.name} (${page.url}) at ${width} px, ${colorScheme} mode, differs from tests/e2e/__screenshots__/${baseline}.`,
    'See expected, actual and diff images with `npx playwright show-report` (or the PNGs in test-results/).',
    `If the change is intended, update the baselines with \`${UPDATE_COMMAND}\` and commit them.`,
  ].join('\n');
}

for (const viewport of VIEWPORTS) {
  for (const colorScheme of colorSchemes) {
    // One browser context per width and scheme, for every page: the `page` fixture's.
    test.describe(`@visual ${viewport.width} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme, reducedMotion: 'reduce' });

      test('every page looks as its baseline', async ({ page }) => {
        test.setTimeout(VISUAL_PAGES.length * 20_000);
        for (const shown of VISUAL_PAGES) {
          await page.goto(shown.url);
          const baseline = `${shown.name}-${viewport.width}-${colorScheme}.png`;
          // Soft: one changed page does not hide the others.
          await expect
            .soft(page, differsMessage(shown, viewport.width, colorScheme, baseline))
            .toHaveScreenshot(baseline, { fullPage: true });
        }
      });
    });
  }
}
