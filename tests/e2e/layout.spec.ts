import { expect, test, type Page } from '@playwright/test';
import { sites, tagOf } from './sites.ts';

/*
 * The layout at every width, measured by boxes rather than by eye: the home
 * hero's drawing never over its text nor outside the frame; titles that
 * leave room for what follows at 200 % zoom; the current section marked in
 * the main menu; the breadcrumb reduced to the way up on phones.
 */

const site = sites.find((candidate) => candidate.name === 'site')!;
const HOMES = ['/fr/', '/en/'];
const AXIS = '/fr/accord/efficience-energetique/';
const ARTICLE = '/fr/actualites/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/';
const SEARCH = '/fr/recherche/';

/** The widths the review found wrong, then every 40 px from 320 to 1920. */
const HERO_WIDTHS = [...new Set([1024, 1150, 1280, 1920, ...Array.from({ length: 41 }, (_, index) => 320 + index * 40)])].sort(
  (a, b) => a - b,
);
/** From this width the drawing has its column (Hero.astro: Tailwind's `lg`). */
const DRAWING_FROM = 1024;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the hero test reads: the drawing's box (none when hidden), its text's boxes, and the frame's content box. */
interface HeroBoxes {
  drawing: Box | null;
  texts: { description: string; box: Box }[];
  frame: Box;
  band: Box;
}

/** Runs in the page. */
function readHeroBoxes(): HeroBoxes {
  const boxOf = (element: Element): Box => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left, top, right, bottom };
  };
  const hero = document.querySelector('article header.band')!;
  const frame = hero.querySelector('.frame')!;
  const style = getComputedStyle(frame);
  const outer = boxOf(frame);
  // The drawing is the hero's one picture.
  const drawing = hero.querySelector('svg');
  // Each line of text, not each block: a block may be wider than its words.
  const texts = [...hero.querySelectorAll('p, h1, a')].flatMap((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return [...range.getClientRects()]
      .filter((rect) => rect.width > 0)
      .map((rect) => ({ description: `<${element.localName}> "${element.textContent?.trim().slice(0, 30)}"`, box: rect.toJSON() as Box }));
  });
  return {
    drawing: drawing && drawing.getClientRects().length > 0 ? boxOf(drawing) : null,
    texts,
    frame: {
      left: outer.left + Number.parseFloat(style.paddingLeft),
      right: outer.right - Number.parseFloat(style.paddingRight),
      top: outer.top,
      bottom: outer.bottom,
    },
    band: boxOf(hero),
  };
}

function overlap(one: Box, other: Box): boolean {
  return one.left < other.right && other.left < one.right && one.top < other.bottom && other.top < one.bottom;
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5
  );
}

async function heroProblems(page: Page, url: string, width: number): Promise<string[]> {
  await page.setViewportSize({ width, height: 900 });
  const boxes = await page.evaluate(readHeroBoxes);
  const at = `${url} at ${width} px`;
  if (!boxes.drawing) return width >= DRAWING_FROM ? [`${at}: the drawing is not shown`] : [];
  const drawing = boxes.drawing;
  return [
    ...boxes.texts.filter((text) => overlap(drawing, text.box)).map((text) => `${at}: the drawing covers ${text.description}`),
    ...(inside(drawing, boxes.frame) ? [] : [`${at}: the drawing leaves the frame`]),
    ...(inside(drawing, boxes.band) ? [] : [`${at}: the drawing leaves the band`]),
  ];
}

test.describe(`${tagOf(site)} home hero`, () => {
  for (const url of HOMES) {
    test(`${url}: the drawing stays in its own column, inside the frame, from 320 to 1920 px`, async ({ page }) => {
      await page.goto(url);
      const problems: string[] = [];
      for (const width of HERO_WIDTHS) problems.push(...(await heroProblems(page, url, width)));
      expect(problems).toEqual([]);
    });
  }
});

/*
 * 200 % zoom in a 1280 × 1024 window: the page lays out at 640 × 512 CSS
 * pixels, each drawn twice as large.
 */
test.describe(`${tagOf(site)} at 200 % zoom`, () => {
  test.use({ viewport: { width: 640, height: 512 }, deviceScaleFactor: 2 });

  for (const url of [...HOMES, AXIS, ARTICLE, '/', '/cette-page-n-existe-pas/']) {
    test(`${url}: the h1 is at most 40 px`, async ({ page }) => {
      await page.goto(url);
      const size = await page.locator('h1').evaluate((h1) => Number.parseFloat(getComputedStyle(h1).fontSize));
      expect(size).toBeLessThanOrEqual(40);
    });
  }

  for (const url of HOMES) {
    test(`${url}: the first action is in the first screen`, async ({ page }) => {
      await page.goto(url);
      const action = page.locator('article header.band a.action').first();
      await expect(action).toBeInViewport({ ratio: 1 });
    });
  }
});

/** The main menu's items (and the header's search link) that carry aria-current, with their bar's width and colour. */
async function markedItems(page: Page) {
  return page.locator('header .menu-item').evaluateAll((links) =>
    links.map((link) => {
      const style = getComputedStyle(link);
      return {
        text: (link as HTMLElement).innerText.trim(),
        current: link.getAttribute('aria-current'),
        bar: Number.parseFloat(style.borderBottomWidth) >= 3 && style.borderBottomColor !== 'rgba(0, 0, 0, 0)',
      };
    }),
  );
}

test.describe(`${tagOf(site)} current section`, () => {
  const cases = [
    { url: '/fr/accord/', item: 'L’accord', current: 'page' },
    { url: AXIS, item: 'L’accord', current: 'true' },
    { url: ARTICLE, item: 'Actualités', current: 'true' },
    { url: '/en/news/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/', item: 'News', current: 'true' },
    { url: SEARCH, item: 'Recherche', current: 'page' },
  ];
  for (const { url, item, current } of cases) {
    test(`${url}: « ${item} » is marked as the current ${current === 'page' ? 'page' : 'section'}, by aria-current and its bar, and only it`, async ({
      page,
    }) => {
      await page.goto(url);
      const items = await markedItems(page);
      expect(items.filter((link) => link.current !== null)).toEqual([{ text: item, current, bar: true }]);
      expect(items.filter((link) => link.current === null && link.bar)).toEqual([]);
    });
  }

  test('an axis page marks itself in the « Dans cet accord » column, on wide screens', async ({ page }) => {
    await page.goto(AXIS);
    const column = page.getByRole('navigation', { name: 'Dans cet accord' });
    await expect(column.locator('[aria-current="page"]')).toHaveText('Efficience énergétique et développement durable');
    await expect(column.getByRole('link')).toHaveCount(6);
  });
});

test.describe(`${tagOf(site)} breadcrumb`, () => {
  test('on phones it is only the way up, « ‹ parent », on one line', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(AXIS);
    const crumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' }).locator('li');
    await expect(crumbs.filter({ visible: true })).toHaveCount(1);
    const parent = crumbs.filter({ visible: true });
    await expect(parent).toHaveText('L’accord');
    expect(await parent.evaluate((li) => getComputedStyle(li, '::before').content)).toBe('"‹" / ""');
    expect(await parent.evaluate((li) => li.getClientRects().length === 1 && li.getBoundingClientRect().height < 30)).toBe(true);
  });

  test('on wide screens it is the whole trail', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ARTICLE);
    const crumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' }).locator('li');
    await expect(crumbs.filter({ visible: true })).toHaveCount(3);
  });
});
