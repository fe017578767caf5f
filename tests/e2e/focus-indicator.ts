import { parseColor, type Rgba } from './contrast.ts';

/** The computed styles of a focused element that draw its focus indicator. */
export interface FocusStyles {
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
  outlineOffset: string;
  boxShadow: string;
}

/** What draws the focus indicator, and where it sits. */
export interface FocusIndicator {
  drawnBy: 'outline' | 'box-shadow';
  /** `solid`, `auto`…, as computed; `box-shadow` for a ring drawn with one. */
  style: string;
  /** Thickness in CSS pixels. */
  width: number;
  colour: Rgba;
  /**
   * Whether it is drawn outside the element's border box (an outline with an
   * offset of 0 or more, an outer shadow), over what is behind the element,
   * rather than over the element itself.
   */
  outside: boolean;
}

/** Splits a computed `box-shadow` into its shadows: commas inside `rgb(…)` do not count. */
function shadows(boxShadow: string): string[] {
  return boxShadow === 'none' ? [] : boxShadow.split(/,(?![^(]*\))/).map((shadow) => shadow.trim());
}

/**
 * A ring drawn with `box-shadow` (Tailwind's `ring-*`): a shadow without
 * offset or blur whose spread is its thickness; the thickest visible one.
 */
function shadowRing(boxShadow: string): FocusIndicator | undefined {
  const rings = shadows(boxShadow).flatMap((shadow) => {
    const colour = /^(?:[a-z-]+\([^)]*\)|transparent)/i.exec(shadow)?.[0];
    const lengths = shadow
      .replace(colour ?? '', '')
      .match(/-?[\d.]+px/g)
      ?.map((length) => Number.parseFloat(length));
    if (!colour || !lengths || lengths.length < 4) return [];
    const [x, y, blur, spread] = lengths as [number, number, number, number];
    const parsed = parseColor(colour);
    if (x !== 0 || y !== 0 || blur !== 0 || spread <= 0 || parsed.alpha === 0) return [];
    const outside = !/\binset\b/.test(shadow);
    return [{ drawnBy: 'box-shadow' as const, style: 'box-shadow', width: spread, colour: parsed, outside }];
  });
  return rings.sort((one, other) => other.width - one.width)[0];
}

/**
 * The focus indicator the styles draw: the outline when there is one, else a
 * box-shadow ring; `undefined` when neither draws anything.
 */
export function focusIndicatorOf(styles: FocusStyles): FocusIndicator | undefined {
  const width = Number.parseFloat(styles.outlineWidth);
  if (styles.outlineStyle !== 'none' && width > 0) {
    return {
      drawnBy: 'outline',
      style: styles.outlineStyle,
      width,
      colour: parseColor(styles.outlineColor),
      outside: Number.parseFloat(styles.outlineOffset) >= 0,
    };
  }
  return shadowRing(styles.boxShadow);
}
