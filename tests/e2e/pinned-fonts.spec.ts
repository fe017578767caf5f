import { expect, test, type Page } from '@playwright/test';
import { VISUAL_PAGES } from './visual-pages.ts';

/*
 * The screenshots depend only on fonts the project installs: in the `visual`
 * project, Chromium sees the DejaVu fonts of node_modules/dejavu-fonts-ttf
 * alone (scripts/lib/pinned-fonts.ts). Chromium itself says which font files
 * it drew each element's text with (DevTools' CSS.getPlatformFontsForNode).
 */

/** The families the pinned set holds. */
const PINNED_FAMILIES = new Set(['DejaVu Sans', 'DejaVu Sans Mono', 'DejaVu Serif']);

/** The font families Chromium drew the text of each element matching `selector` with. */
async function platformFonts(page: Page, selector: string): Promise<Map<string, Set<string>>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const used = new Map<string, Set<string>>();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    for (const font of fonts) {
      used.set(font.familyName, (used.get(font.familyName) ?? new Set()).add(node.localName));
    }
  }
  await cdp.detach();
  return used;
}

test.describe('@visual pinned fonts', () => {
  test('every text of the screenshotted pages is drawn in the pinned fonts', async ({ page }) => {
    for (const { url } of VISUAL_PAGES) {
      await page.goto(url);
      const used = await platformFonts(page, 'body *');
      expect([...used.keys()], url).toContain('DejaVu Sans');
      for (const [family, elements] of used) {
        expect(PINNED_FAMILIES, `${url}: <${[...elements].join('>, <')}> drawn in ${family}`).toContain(family);
      }
    }
  });

  test('the families of the site’s font stack, and the generic ones, all resolve to pinned fonts', async ({ page }) => {
    // Families a machine may well have (Debian's Chromium brings Liberation, a
    // desktop Noto or Roboto): they must resolve to the pinned fonts all the same.
    const families = {
      'system-ui': 'DejaVu Sans',
      '-apple-system': 'DejaVu Sans',
      'Segoe UI': 'DejaVu Sans',
      Roboto: 'DejaVu Sans',
      'Helvetica Neue': 'DejaVu Sans',
      Arial: 'DejaVu Sans',
      'Liberation Sans': 'DejaVu Sans',
      'Noto Sans': 'DejaVu Sans',
      'sans-serif': 'DejaVu Sans',
      'a family nobody has': 'DejaVu Serif',
      serif: 'DejaVu Serif',
      monospace: 'DejaVu Sans Mono',
    };
    const paragraphs = Object.keys(families).map((family) => `<p style="font-family: '${family}'">Accord «Éé» →</p>`);
    // Generic names are keywords, not strings.
    const html = paragraphs.join('').replace(/'(system-ui|sans-serif|serif|monospace)'/g, '$1');
    await page.setContent(`<html lang="fr"><body>${html}<button>OK</button><input value="Recherche"></body></html>`);
    const drawnWith: Record<string, string[]> = {};
    for (const [index, family] of Object.keys(families).entries()) {
      drawnWith[family] = [...(await platformFonts(page, `p:nth-child(${index + 1})`)).keys()];
    }
    expect(drawnWith).toEqual(
      Object.fromEntries(Object.entries(families).map(([family, pinned]) => [family, [pinned]])),
    );
    // Form controls have their own default fonts in Chromium.
    for (const control of (await platformFonts(page, 'button, input')).keys()) {
      expect(PINNED_FAMILIES).toContain(control);
    }
  });
});
