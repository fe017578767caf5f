import { CARD_FONT_FAMILY } from './fonts.ts';
import { ROUTE_EMBLEM } from '../route-emblem.ts';
import type { CardPalette } from './palette.ts';

/** Open Graph's recommended size: what Facebook, LinkedIn, Mastodon and X show uncropped. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says, all of it in the reader's language but the title. */
export interface SharingCard {
  /** The reader's language: the lockup, the tagline and the marker are in it (satori breaks lines by its rules). */
  lang: string;
  /** The page's title, in the language it is written in. */
  title: string;
  /** The title's language: the reader's, or the original's on a fallback page. */
  titleLang: string;
  /** After the title of a page in another language: "(in French)". */
  marker?: string | undefined;
  /** The two partners' names: "Port of Montréal · HAROPA PORT". */
  lockup: string;
  /** One line about the site, at the foot of the card. */
  tagline: string;
}

/** An element as satori reads it: React's shape, without React. */
export interface CardElement {
  type: string;
  props: Record<string, unknown> & { style?: Record<string, string | number>; children?: CardChild | CardChild[] };
}
type CardChild = CardElement | string;

const MARGIN_X = 88;
const MARGIN_Y = 72;
const TITLE_WIDTH = CARD_WIDTH - 2 * MARGIN_X;

/** The card as satori lays it out: the lockup (emblem and names) on top, the title in the middle, the tagline at the foot. */
export function cardLayout(card: SharingCard, palette: CardPalette): CardElement {
  return element('div', {
    lang: card.lang,
    style: {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: `${MARGIN_Y}px ${MARGIN_X}px`,
      backgroundColor: palette.background,
      color: palette.text,
      fontFamily: CARD_FONT_FAMILY,
    },
    children: [lockup(card.lockup, palette), title(card), tagline(card.tagline, palette)],
  });
}

/** The emblem's height on the card: the lockup's, scaled to the card's names. */
const EMBLEM_HEIGHT = 76;

/*
 * The lockup as the site's header shows it: the route emblem beside the
 * partners' names, then the accent rule. Identity without a logo.
 */
function lockup(text: string, palette: CardPalette): CardElement {
  return element('div', {
    style: { display: 'flex', flexDirection: 'column' },
    children: [
      element('div', {
        style: { display: 'flex', alignItems: 'center', gap: 24 },
        children: [emblem(palette), element('div', { style: { fontSize: 30, fontWeight: 600, letterSpacing: '0.01em' }, children: text })],
      }),
      element('div', { style: { width: 88, height: 6, marginTop: 24, backgroundColor: palette.accent } }),
    ],
  });
}

function emblem(palette: CardPalette): CardElement {
  const { width, height, route, routeWidth, routeDash, ports, portRadius } = ROUTE_EMBLEM;
  return element('svg', {
    width: Math.round((EMBLEM_HEIGHT * width) / height),
    height: EMBLEM_HEIGHT,
    viewBox: `0 0 ${width} ${height}`,
    children: [
      element('path', {
        d: route,
        fill: 'none',
        stroke: palette.accent,
        'stroke-width': routeWidth,
        'stroke-linecap': 'round',
        'stroke-dasharray': routeDash,
      }),
      ...ports.map((port) => element('circle', { cx: port.cx, cy: port.cy, r: portRadius, fill: palette.accent })),
    ],
  });
}

function title(card: SharingCard): CardElement {
  const shown = shownTitle(card.title);
  const { fontSize, fits } = titleSize(card.marker ? `${shown} ${card.marker}` : shown);
  return element('div', {
    // The title's space ends above the tagline, whatever the estimate below says.
    style: { flexGrow: 1, minHeight: 0, overflow: 'hidden', display: 'flex', alignItems: 'center' },
    children: element('div', {
      lang: card.titleLang,
      style: {
        display: 'block',
        width: TITLE_WIDTH,
        fontSize,
        fontWeight: 700,
        lineHeight: 1.12,
        letterSpacing: '-0.01em',
        // Balancing a clamped title would balance the whole text and show short lines cut off,
        // and satori would lay it out many times over: a title too long only gets the clamp.
        ...(fits ? { textWrap: 'balance' } : { lineClamp: SMALLEST_TITLE.maxLines }),
      },
      children: card.marker
        ? [shown, ' ', element('span', { lang: card.lang, style: { fontWeight: 400, opacity: 0.75 }, children: card.marker })]
        : shown,
    }),
  });
}

function tagline(text: string, palette: CardPalette): CardElement {
  return element('div', {
    style: { display: 'flex', flexDirection: 'column' },
    children: [
      element('div', { style: { height: 1, marginBottom: 24, backgroundColor: palette.text, opacity: 0.25 } }),
      element('div', { style: { fontSize: 24, opacity: 0.8 }, children: text }),
    ],
  });
}

/*
 * Large for short titles, smaller as they grow, so that each fits in two to
 * four lines; beyond that, the line clamp ends it with an ellipsis. Lines are
 * estimated from the average advance of Source Sans 3 Bold (about half an
 * em): one line more than estimated still fits above the tagline.
 */
const SMALLEST_TITLE = { fontSize: 52, maxLines: 4 } as const;
const TITLE_SIZES = [{ fontSize: 84, maxLines: 2 }, { fontSize: 72, maxLines: 3 }, { fontSize: 60, maxLines: 3 }, SMALLEST_TITLE] as const;
const AVERAGE_ADVANCE_EM = 0.52;

function titleSize(text: string): { fontSize: number; fits: boolean } {
  const fitting = TITLE_SIZES.find((size) => estimatedLines(text, size.fontSize) <= size.maxLines);
  return { fontSize: (fitting ?? SMALLEST_TITLE).fontSize, fits: fitting !== undefined };
}

/**
 * The most of a title the card can show: what the smallest size's lines
 * hold. Satori is never given more: the rest would be clamped away anyway,
 * and a title of thousands of characters followed by the "(in French)"
 * marker made resvg abort the whole build (its panic cannot be caught).
 */
const TITLE_SHOWN_MAX = charactersPerLine(SMALLEST_TITLE.fontSize) * SMALLEST_TITLE.maxLines;

/** The title, cut after its last whole word that fits, with an ellipsis, when longer than the card can show. */
export function shownTitle(text: string): string {
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);
  if (graphemes.length <= TITLE_SHOWN_MAX) return text;
  const kept = graphemes.slice(0, TITLE_SHOWN_MAX - 1).join('');
  const lastSpace = kept.search(/\s\S*$/);
  // A cut inside a word stays where it is if the word is most of the line.
  const cut = lastSpace > kept.length - charactersPerLine(SMALLEST_TITLE.fontSize) / 2 ? kept.slice(0, lastSpace) : kept;
  return `${cut.trimEnd()}…`;
}

function charactersPerLine(fontSize: number): number {
  return Math.floor(TITLE_WIDTH / (fontSize * AVERAGE_ADVANCE_EM));
}

function estimatedLines(text: string, fontSize: number): number {
  const perLine = charactersPerLine(fontSize);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine) used = needed;
    else {
      lines += 1;
      used = word.length;
    }
  }
  return lines;
}

function element(type: string, props: CardElement['props']): CardElement {
  return { type, props };
}
