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

/** A node of the DOM as DevTools describes it (the part read here). */
interface DomNode {
  nodeId: number;
  nodeType: number;
  localName: string;
  nodeValue: string;
  /** Names and values, alternately. */
  attributes?: string[];
  children?: DomNode[];
}

const TEXT_NODE = 3;

/** The elements under `node` with text of their own: those a font draws. */
function elementsWithText(node: DomNode): DomNode[] {
  const children = node.children ?? [];
  const ownText = children.some((child) => child.nodeType === TEXT_NODE && child.nodeValue.trim() !== '');
  const below = children.filter((child) => !['script', 'style'].includes(child.localName)).flatMap(elementsWithText);
  return ownText ? [node, ...below] : below;
}

/** `p#arial`: an element as the messages name it. */
function labelOf(element: DomNode): string {
  const attributes = element.attributes ?? [];
  const id = attributes[attributes.indexOf('id') + 1];
  return attributes.includes('id') && id ? `${element.localName}#${id}` : element.localName;
}

/**
 * The font families Chromium drew each element's own text with, for every
 * element of the page that has text (DevTools reports the fonts of a node's
 * own text nodes).
 */
async function fontsOfText(page: Page): Promise<{ element: string; families: string[] }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const found: { element: string; families: string[] }[] = [];
  for (const element of elementsWithText(root)) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: element.nodeId });
    found.push({ element: labelOf(element), families: fonts.map((font) => font.familyName) });
  }
  await cdp.detach();
  return found;
}

test.describe('@visual pinned fonts', () => {
  test('every text of the screenshotted pages is drawn in the pinned fonts', async ({ page }) => {
    for (const { url } of VISUAL_PAGES) {
      await page.goto(url);
      const texts = await fontsOfText(page);
      expect(
        texts.flatMap((text) => text.families),
        url,
      ).toContain('DejaVu Sans');
      const unpinned = texts.flatMap(({ element, families }) =>
        families.filter((family) => !PINNED_FAMILIES.has(family)).map((family) => `<${element}> in ${family}`),
      );
      expect(unpinned, url).toEqual([]);
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
    const paragraphs = Object.keys(families).map((family, index) => `<p id="${index}" style="font-family: '${family}'">Accord «Éé» →</p>`);
    // Generic names are keywords, not strings.
    const html = paragraphs.join('').replace(/'(system-ui|sans-serif|serif|monospace)'/g, '$1');
    // A button: form controls have their own default font in Chromium.
    await page.setContent(`<html lang="fr"><body>${html}<button id="button">OK</button></body></html>`);
    // Paragraph n is named by the family it asks for.
    const asked = (element: string) => Object.keys(families)[Number(element.replace('p#', ''))] ?? element;
    const drawnWith = Object.fromEntries((await fontsOfText(page)).map((text) => [asked(text.element), text.families]));
    const expected = Object.entries(families).map(([family, pinned]) => [family, [pinned]]);
    expect(drawnWith).toEqual(Object.fromEntries([...expected, ['button#button', ['DejaVu Sans']]]));
  });
});
