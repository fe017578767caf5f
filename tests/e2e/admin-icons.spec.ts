import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { filesBelow } from '../../src/lib/files-below.ts';
import {
  editorContext,
  editorPane,
  offlineEditor,
  openEditor,
  watchPage,
  type EditorWatch,
  type RepositoryFiles,
} from '../../scripts/lib/web-editor-session.ts';
import { originOf, sites, tagOf } from './sites.ts';

/*
 * The web editor's icons, drawn from its icon font cut to the icons its code
 * names (src/integrations/web-editor/icon-font.ts). Material Symbols draws an
 * icon from its name written as text, through a ligature: an icon missing
 * from the font shows as its name, in letters, wider than one icon. So on
 * each screen the editor tests reach, every text in the icon font must be
 * drawn one icon wide. That this measure tells an icon from a name in letters
 * is checked too, on a name the editor does not use, which the font lacks.
 */
test.describe.configure({ mode: 'serial' });

const site = sites.find((candidate) => candidate.name === 'site')!;
const seed: RepositoryFiles = Object.fromEntries(
  filesBelow('content').map((file) => [`content/${file}`, readFileSync(`content/${file}`, 'utf8')]),
);

/** Every text of the page drawn in the icon font, with its drawn width in ems; hidden ones are not drawn at all. */
async function iconsDrawn(page: Page): Promise<{ name: string; ems: number }[]> {
  await page.evaluate(() => document.fonts.ready);
  // Measured untransformed: the editor turns its chevrons (an expanded tree item's by 90°, with a
  // transition), and a turned box is as wide as the glyph is tall, or wider midway (CI once
  // measured chevron_right at 1.54 em): the width of the icon itself is what tells it from letters.
  return page.evaluate(() => {
    const untransformed = document.head.appendChild(document.createElement('style'));
    untransformed.textContent = '* { transform: none !important; rotate: none !important; transition: none !important; }';
    const icons = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => getComputedStyle(element).fontFamily.includes('Material Symbols'))
      .filter((element) => element.checkVisibility({ visibilityProperty: true }))
      .flatMap((element) => [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
      .map((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        const fontSize = Number.parseFloat(getComputedStyle(node.parentElement!).fontSize);
        return { name: node.textContent!.trim(), ems: range.getBoundingClientRect().width / fontSize };
      });
    untransformed.remove();
    return icons;
  });
}

/** The icons of the screen that are not drawn one icon wide (letters instead, or nothing); the screens after sign-in have some. */
async function iconsNotDrawn(page: Page, { signedIn = true } = {}): Promise<string[]> {
  const icons = await iconsDrawn(page);
  if (signedIn) expect(icons.length, 'icons on the screen').toBeGreaterThan(0);
  return icons.filter(({ ems }) => ems < 0.9 || ems > 1.1).map(({ name, ems }) => `${name} (${ems.toFixed(2)} em)`);
}

let page: Page;
let watch: EditorWatch;

test.beforeAll(async ({ browser }) => {
  const origin = originOf(site);
  const context = await editorContext(browser, origin);
  watch = await offlineEditor(context, origin);
  page = await context.newPage();
  watchPage(page, watch);
});

test.afterAll(async () => {
  await page.context().close();
});

test.afterEach(() => {
  expect(watch.errors, 'errors and policy violations').toEqual([]);
});

test(`${tagOf(site)} web editor icons: the sign-in screen draws each icon, and a name the editor does not use shows as letters`, async () => {
  await page.goto('admin/');
  await page.getByRole('button', { name: /dépôt de test/i }).waitFor();
  // The measure itself: an icon the editor uses is one icon wide; one it never names, cut from the font, is not.
  const measured = await page.evaluate(() => {
    const measure = (name: string) => {
      const probe = Object.assign(document.createElement('span'), { textContent: name });
      probe.style.cssText = 'font-family: "Material Symbols Outlined"; font-size: 24px; position: absolute';
      document.body.append(probe);
      const ems = probe.getBoundingClientRect().width / 24;
      probe.remove();
      return ems;
    };
    return { used: measure('arrow_back'), unused: measure('rocket_launch') };
  });
  expect(measured.used).toBeCloseTo(1, 1);
  expect(measured.unused).toBeGreaterThan(1.5);
  expect(await iconsNotDrawn(page, { signedIn: false })).toEqual([]);
});

test(`${tagOf(site)} web editor icons: the collections, an entry, its body's toolbar and « Insérer » menu, and a data file draw each icon`, async () => {
  await openEditor(page, seed);
  expect(await iconsNotDrawn(page)).toEqual([]);
  await page.goto('admin/#/collections/news/filter/actualites');
  await page.getByRole('button', { name: 'Créer une entrée', exact: true }).waitFor();
  expect(await iconsNotDrawn(page)).toEqual([]);
  await page.getByRole('button', { name: 'Créer une entrée', exact: true }).click();
  const french = editorPane(page, 'fr');
  await expect(french.getByRole('textbox', { name: 'Identifiant de la page' })).toHaveValue(/^news-/);
  expect(await iconsNotDrawn(page)).toEqual([]);
  await french.getByRole('button', { name: 'Insérer' }).click();
  await page.getByRole('menuitem').first().waitFor();
  expect(await iconsNotDrawn(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.goto('admin/#/collections/data/entries/partners');
  await editorPane(page, 'fr').waitFor();
  expect(await iconsNotDrawn(page)).toEqual([]);
});
