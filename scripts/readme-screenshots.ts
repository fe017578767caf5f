/**
 * `npm run screenshots`: the README's pictures of the home page, on a phone
 * and on a desktop, and the guides' pictures of the web editor in French, in
 * docs/screenshots/. Builds the real content, serves it with Astro's preview
 * server, and photographs the first screen of /en/, and the editor (offline,
 * on the real content: scripts/lib/web-editor-session.ts), in Chromium with
 * the pinned fonts of the screenshot tests (scripts/lib/pinned-fonts.ts), so
 * that they look the same whoever makes them. Run it again after a change of
 * design or of the editor, and commit the pictures.
 *
 * SCREENSHOTS_PORT (default E2E_PORT_BASE + 3, next to the e2e sites) is
 * where the site is served.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'astro';
import { systemChromium } from './chromium-path.ts';
import { filesBelow } from '../src/lib/files-below.ts';
import { pinnedFontsEnv } from './lib/pinned-fonts.ts';
import { editorPane, offlineEditor, openEditor } from './lib/web-editor-session.ts';

const port = Number(process.env.SCREENSHOTS_PORT || Number(process.env.E2E_PORT_BASE || 4400) + 3);
const origin = `http://localhost:${port}`;
const outDir = 'dist-screenshots';
const pictureDir = 'docs/screenshots';
/** The README shows them inline: small enough not to weigh down a clone. */
const MAX_BYTES = 150 * 1024;

const pictures = [
  { file: 'home-phone.png', viewport: { width: 375, height: 740 } },
  { file: 'home-desktop.png', viewport: { width: 1280, height: 800 } },
];

console.log(`Building the site for ${origin} into ${outDir}`);
execFileSync('npx', ['astro', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, SITE_URL: origin },
});
mkdirSync(pictureDir, { recursive: true });

// Astro's own preview server, reading the build this script just made (astro.config.mjs reads OUT_DIR).
process.env['OUT_DIR'] = outDir;
const server = await preview({ logLevel: 'error', server: { port } });
const executablePath = systemChromium(process.env);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  env: { ...process.env, ...pinnedFontsEnv() },
});
const tooLarge: string[] = [];
/** Says when a picture is too large for a README to show inline. */
function weigh(path: string, viewport: { width: number; height: number }): void {
  const bytes = statSync(path).size;
  console.log(`${path}: ${viewport.width}×${viewport.height}, ${(bytes / 1024).toFixed(0)} KB`);
  if (bytes > MAX_BYTES) tooLarge.push(`${path} weighs ${bytes} B, over ${MAX_BYTES} B: lower its viewport in ${import.meta.filename}.`);
}
try {
  for (const { file, viewport } of pictures) {
    const context = await browser.newContext({ viewport, javaScriptEnabled: false, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${origin}/en/`);
    const path = `${pictureDir}/${file}`;
    await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    await context.close();
    weigh(path, viewport);
  }
  await photographEditor();
} finally {
  await browser.close();
  await server.stop();
}
if (tooLarge.length > 0) {
  console.error(tooLarge.join('\n'));
  process.exit(1);
}

/**
 * The web editor as the communications staff see it, in a French browser:
 * the news, an article's French form, its English version with the
 * "Traduction à jour" box, and the "Insérer" menu of a page's text.
 */
async function photographEditor(): Promise<void> {
  const viewport = { width: 1400, height: 900 };
  const context = await browser.newContext({ viewport, locale: 'fr-FR', colorScheme: 'light', baseURL: `${origin}/` });
  await offlineEditor(context, origin);
  const page = await context.newPage();
  const content = Object.fromEntries(filesBelow('content').map((file) => [`content/${file}`, readFileSync(`content/${file}`, 'utf8')]));
  await openEditor(page, content);
  const shoot = async (file: string) => {
    const path = `${pictureDir}/${file}`;
    await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    weigh(path, viewport);
  };
  await page.goto('admin/#/collections/news/filter/actualites');
  await page.getByRole('main').getByText('Le port de Montréal et HAROPA PORT renouvellent leur coopération').first().waitFor();
  await shoot('editeur-actualites.png');
  await page.getByRole('main').getByText('Le port de Montréal et HAROPA PORT renouvellent leur coopération').first().click();
  await editorPane(page, 'fr').getByRole('textbox', { name: 'Titre' }).waitFor();
  await shoot('editeur-article.png');
  await page.goto('admin/#/collections/axis/filter/accord');
  await page.getByRole('main').getByText('Efficience énergétique et développement durable').first().click();
  await page.getByRole('radio', { name: 'Anglais' }).first().click();
  const english = editorPane(page, 'en');
  await english.getByRole('textbox', { name: 'Texte', exact: true }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 2_000);
  await english.getByRole('switch', { name: 'Traduction à jour' }).scrollIntoViewIfNeeded();
  await shoot('editeur-traduction.png');
  await page.goto('admin/#/collections/page');
  await page.getByRole('main').getByText('Contact', { exact: true }).first().click();
  const french = editorPane(page, 'fr');
  await french.getByRole('group', { name: 'Coordonnées d’un partenaire' }).scrollIntoViewIfNeeded();
  await french.getByRole('button', { name: 'Insérer' }).click();
  await page.getByRole('menuitem', { name: 'Encadré' }).waitFor();
  await shoot('editeur-inserer.png');
  await context.close();
}
