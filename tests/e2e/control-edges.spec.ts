import { expect, test, type Page } from '@playwright/test';
import { colorSchemes } from './axe.ts';
import { contrastRatio, parseColor, seenThrough, toHex, type Rgba } from './contrast.ts';
import { sites, tagOf, templatePagesOf } from './sites.ts';

/*
 * WCAG 1.4.11 for what makes a control or a card recognisable, which axe
 * does not check:
 * - in forced colours (Windows high contrast), where the system drops every
 *   fill, each button, field and card must keep an edge (a border of its
 *   own, 1 px at least, at 3:1 against what it sits on), and the main menu
 *   must mark its current item, and only it, with its bar;
 * - in light and dark mode, each filled button must stand out from what it
 *   sits on by its fill or its border, at 3:1.
 */

const MIN_CONTRAST = 3;
/** Buttons, links styled as buttons and fields: the controls. */
const CONTROLS = 'a.action, button, input:not([type="hidden"])';
/** Blocks set apart as a whole: cards, and panels that only a background marks. */
const BLOCKS = '.card, .panel';
const MISSING = 'cette-page-n-existe-pas/';

/** One side of an element's border, as Chromium computes it. */
interface Side {
  width: number;
  color: string;
}

/** What the tests read from an element on screen. */
interface Edged {
  description: string;
  background: string;
  sides: Side[];
  /** Background colours of the element's ancestors, nearest first: what it sits on. */
  behind: string[];
}

/** Every element on screen matching `selector`, with its border and what is behind it. Runs in the page. */
function readEdged(selector: string): Edged[] {
  return [...document.querySelectorAll(selector)]
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => {
      const style = getComputedStyle(element);
      const behind: string[] = [];
      for (let node = element.parentElement; node; node = node.parentElement) behind.push(getComputedStyle(node).backgroundColor);
      const text = ((element as HTMLElement).innerText || element.getAttribute('name') || '').replace(/\s+/g, ' ').trim();
      return {
        description: `<${element.localName} class="${element.className}"> "${text.slice(0, 50)}"`,
        background: style.backgroundColor,
        sides: (['top', 'right', 'bottom', 'left'] as const).map((side) => ({
          width: Number.parseFloat(style.getPropertyValue(`border-${side}-width`)),
          color: style.getPropertyValue(`border-${side}-color`),
        })),
        behind,
      };
    });
}

const WHITE: Rgba = { r: 1, g: 1, b: 1, alpha: 1 };

function groundOf(edged: Edged, canvas: Rgba): Rgba {
  return seenThrough(edged.behind.map(parseColor), canvas);
}

/** The contrast of a border side against the ground, 1 when it is not drawn. */
function sideContrast(side: Side, ground: Rgba): number {
  const color = parseColor(side.color);
  if (side.width < 1 || color.alpha === 0) return 1;
  return contrastRatio(seenThrough([color], ground), ground);
}

/** The problems of elements that lack an edge all round. */
function missingEdges(found: Edged[], canvas: Rgba): string[] {
  return found.flatMap((edged) => {
    const ground = groundOf(edged, canvas);
    const weakest = Math.min(...edged.sides.map((side) => sideContrast(side, ground)));
    return weakest >= MIN_CONTRAST ? [] : [`${edged.description}: weakest edge ${weakest.toFixed(2)}:1 against ${toHex(ground)}`];
  });
}

/** The page's canvas: the root's background, white where it has none. */
async function canvasOf(page: Page): Promise<Rgba> {
  const root = parseColor(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
  return root.alpha > 0 ? seenThrough([root], WHITE) : WHITE;
}

const site = sites.find((candidate) => candidate.name === 'site')!;
const pages = [...templatePagesOf(site), `${site.basePath}${MISSING}`];

test.describe(`${tagOf(site)} forced colours`, () => {
  test.use({ colorScheme: 'light' });

  for (const url of pages) {
    test(`${url}: every control and card keeps an edge`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(url);
      const canvas = await canvasOf(page);
      const found = [...(await page.evaluate(readEdged, CONTROLS)), ...(await page.evaluate(readEdged, BLOCKS))];
      expect(missingEdges(found, canvas)).toEqual([]);
    });
  }

  for (const url of ['/fr/accord/', '/fr/accord/efficience-energetique/', '/en/news/', '/fr/contact/']) {
    test(`${url}: only the current menu item has a bar`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(url);
      const canvas = await canvasOf(page);
      const items = await page.locator('header nav .menu-item').evaluateAll((links) =>
        links.map((link) => {
          const behind: string[] = [];
          for (let node = link.parentElement; node; node = node.parentElement) behind.push(getComputedStyle(node).backgroundColor);
          const style = getComputedStyle(link);
          return {
            current: link.hasAttribute('aria-current'),
            side: { width: Number.parseFloat(style.borderBottomWidth), color: style.borderBottomColor },
            behind,
          };
        }),
      );
      const barred = items.map((item) => sideContrast(item.side, seenThrough(item.behind.map(parseColor), canvas)) >= MIN_CONTRAST);
      expect(barred).toEqual(items.map((item) => item.current));
      expect(barred.filter(Boolean)).toHaveLength(1);
    });
  }
});

test.describe(`${tagOf(site)} filled controls`, () => {
  for (const url of pages) {
    test(`${url}: each filled button stands out at 3:1 by its fill or border, light and dark`, async ({ page }) => {
      const problems: string[] = [];
      for (const colorScheme of colorSchemes) {
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        const canvas = await canvasOf(page);
        const filled = (await page.evaluate(readEdged, CONTROLS)).filter((control) => parseColor(control.background).alpha > 0);
        for (const control of filled) {
          const ground = groundOf(control, canvas);
          const fill = contrastRatio(seenThrough([parseColor(control.background)], ground), ground);
          const border = Math.min(...control.sides.map((side) => sideContrast(side, ground)));
          if (Math.max(fill, border) < MIN_CONTRAST) {
            problems.push(
              `${colorScheme}: ${control.description}: fill ${fill.toFixed(2)}:1, border ${border.toFixed(2)}:1 on ${toHex(ground)}`,
            );
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
