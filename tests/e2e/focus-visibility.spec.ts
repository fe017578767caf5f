import { expect, test, type Page } from '@playwright/test';
import { colorSchemes } from './axe.ts';
import { contrastRatio, over, parseColor, seenThrough, toHex } from './contrast.ts';
import { focusIndicatorOf, type FocusStyles } from './focus-indicator.ts';
import { sites, tagOf, templatePagesOf } from './sites.ts';

/*
 * WCAG 1.4.11 for keyboard focus, which axe does not check: on every page,
 * in light and dark mode, Tab must reach each interactive element on screen,
 * and each one's focus indicator must be drawn (an outline, or a box-shadow ring), at
 * least 2 px thick, in a colour with 3:1 contrast at least against the
 * background it is drawn on. That background is read from the element's
 * ancestors (the first opaque background colour, with translucent ones
 * painted over it); an outline drawn outside the element (offset ≥ 0) sits
 * on its parent's background, one drawn inside on the element's own.
 */

const MIN_CONTRAST = 3;
const MIN_WIDTH_PX = 2;
/** More Tab presses than any page has interactive elements: stops a focus trap. */
const MAX_TAB_STOPS = 400;
const MISSING = 'cette-page-n-existe-pas/';
/**
 * What a keyboard user must be able to reach. `[tabindex="-1"]` alone is a
 * script's or a link's target; a link or control given it is still listed:
 * one on screen that Tab skips is a failure.
 */
const INTERACTIVE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** What the test reads from the focused element, in the page. */
interface FocusedElement {
  description: string;
  styles: FocusStyles;
  /** Bounding box, to tell a focused element that stays hidden. */
  size: { width: number; height: number };
  /** Background colour of the element, then of each ancestor up to `<html>`. */
  backgrounds: string[];
  /** Whether the element, then each ancestor, paints a background image. */
  imageBehind: boolean[];
}

/**
 * The newly focused element, or null when focus has left the page or come
 * back to an element already seen (the end of the Tab order). Runs in the page.
 */
function readFocusedElement(): FocusedElement | null {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) return null;
  const scope = window as unknown as { focusSeen?: WeakSet<Element> };
  scope.focusSeen ??= new WeakSet();
  if (scope.focusSeen.has(element)) return null;
  scope.focusSeen.add(element);
  const style = getComputedStyle(element);
  const chain: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) chain.push(node);
  const text = (element.getAttribute('aria-label') || (element as HTMLElement).innerText || element.getAttribute('value') || '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  const href = element.getAttribute('href');
  const rect = element.getBoundingClientRect();
  return {
    description: `<${element.localName}> "${text}"${href ? ` (${href})` : ''}`,
    styles: {
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      outlineColor: style.outlineColor,
      outlineOffset: style.outlineOffset,
      boxShadow: style.boxShadow,
    },
    size: { width: rect.width, height: rect.height },
    backgrounds: chain.map((node) => getComputedStyle(node).backgroundColor),
    imageBehind: chain.map((node) => getComputedStyle(node).backgroundImage !== 'none'),
  };
}

/**
 * The interactive elements on screen that Tab did not reach
 * (readFocusedElement records those it did). Runs in the page.
 */
function unreachedElements(selector: string): string[] {
  const seen = (window as unknown as { focusSeen?: WeakSet<Element> }).focusSeen;
  return [...document.querySelectorAll(selector)]
    .filter((element) => element.checkVisibility({ visibilityProperty: true }) && !seen?.has(element))
    .map((element) => `<${element.localName}> "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}"`);
}

/** How a focused element's indicator measures: what it is drawn in and on, and what falls short. */
interface Assessment {
  /** `outline 3px solid #c2410c on #ffffff: 5.18:1`, when there is an indicator to measure. */
  measured?: string;
  problems: string[];
}

function assess(focused: FocusedElement): Assessment {
  const { width, height } = focused.size;
  if (width < 1 || height < 1) return { problems: [`it stays invisible when focused (${width}×${height} px)`] };
  const indicator = focusIndicatorOf(focused.styles);
  if (!indicator) return { problems: ['no focus indicator: outline none and no box-shadow ring'] };
  const start = indicator.outside ? 1 : 0;
  const layers = focused.backgrounds.slice(start).map(parseColor);
  const opaque = layers.findIndex((layer) => layer.alpha >= 1);
  const upTo = opaque === -1 ? layers.length : opaque + 1;
  if (focused.imageBehind.slice(start, start + upTo).some(Boolean)) {
    return {
      problems: ['drawn over a background image: its contrast cannot be measured; give what is behind it a colour'],
    };
  }
  const background = seenThrough(layers, parseColor('rgb(255, 255, 255)'));
  const ratio = contrastRatio(over(indicator.colour, background), background);
  const drawn = `${indicator.drawnBy} ${indicator.width}px ${indicator.style} ${toHex(indicator.colour)} on ${toHex(background)}`;
  const problems: string[] = [];
  if (indicator.width < MIN_WIDTH_PX) problems.push(`${drawn}: thinner than ${MIN_WIDTH_PX}px`);
  if (ratio < MIN_CONTRAST) problems.push(`${drawn}: contrast ${ratio.toFixed(2)}:1, under ${MIN_CONTRAST}:1`);
  return { measured: `${drawn}: ${ratio.toFixed(2)}:1`, problems };
}

/**
 * Tabs through the page from its start: every problem found (unreached
 * elements included), and each distinct indicator-on-background measured.
 */
async function tabThrough(page: Page): Promise<{ problems: string[]; measured: Set<string> }> {
  const problems: string[] = [];
  const measured = new Set<string>();
  for (let press = 0; press < MAX_TAB_STOPS; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(readFocusedElement);
    if (!focused) {
      const unreached = await page.evaluate(unreachedElements, INTERACTIVE);
      problems.push(...unreached.map((element) => `${element}: Tab never reaches it`));
      return { problems, measured };
    }
    const assessment = assess(focused);
    if (assessment.measured) measured.add(assessment.measured);
    problems.push(...assessment.problems.map((problem) => `${focused.description}: ${problem}`));
  }
  throw new Error(`Tab never left the page after ${MAX_TAB_STOPS} presses: is focus trapped?`);
}

// The real content's pages hold every kind of component the design colours.
const site = sites.find((candidate) => candidate.name === 'site')!;

test.describe(`${tagOf(site)} keyboard focus`, () => {
  for (const url of [...templatePagesOf(site), `${site.basePath}${MISSING}`]) {
    test(`${url}: Tab reaches every interactive element, each with a 2 px, 3:1 indicator, light and dark`, async ({ page }, testInfo) => {
      const problems: string[] = [];
      const measured: string[] = [];
      for (const colorScheme of colorSchemes) {
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        const found = await tabThrough(page);
        problems.push(...found.problems.map((problem) => `${url} ${colorScheme}: ${problem}`));
        measured.push(...[...found.measured].map((measure) => `${colorScheme}: ${measure}`));
      }
      // The contrasts measured, for whoever tunes the palette (in the HTML report).
      await testInfo.attach('focus-contrasts.txt', { body: measured.join('\n'), contentType: 'text/plain' });
      expect(problems).toEqual([]);
    });
  }
});
