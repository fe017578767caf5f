import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseColor, relativeLuminance, seenThrough, toHex } from '../e2e/contrast.ts';

const white = parseColor('rgb(255, 255, 255)');
const black = parseColor('rgb(0, 0, 0)');

describe('parseColor', () => {
  it('reads the legacy rgb() and rgba() forms Chromium gives for hex colours', () => {
    expect(toHex(parseColor('rgb(194, 65, 12)'))).toBe('#c2410c');
    expect(parseColor('rgba(1, 2, 3, 0.5)')).toMatchObject({ alpha: 0.5 });
    expect(parseColor('rgb(1 2 3 / 25%)')).toMatchObject({ alpha: 0.25 });
    expect(parseColor('transparent').alpha).toBe(0);
  });

  // Expected values: what Chromium 156 paints on a canvas for the same computed colour.
  it('converts oklch() and oklab() to sRGB as Chromium paints them', () => {
    expect(toHex(parseColor('oklch(0.627 0.194 149.214)'))).toBe('#00a63e');
    expect(toHex(parseColor('oklch(0.623 0.214 259.815)'))).toBe('#2b7fff');
    expect(toHex(parseColor('oklab(0.711656 -0.00876205 -0.0243012)'))).toBe('#96a4b2');
    expect(toHex(parseColor('oklab(0.27915 -0.0219735 -0.0607832 / 0.5)'))).toBe('#0b2a47/0.50');
  });

  it('clips a colour outside the sRGB gamut, as the screen does', () => {
    expect(toHex(parseColor('oklch(0.9 0.3 30)'))).toBe('#ff7053');
  });

  it('reads color(srgb …) and percentages', () => {
    expect(toHex(parseColor('color(srgb 0.3 0 0.7)'))).toBe('#4d00b3');
    expect(toHex(parseColor('color(srgb 50% 0% 100% / 0.5)'))).toBe('#8000ff/0.50');
  });

  it('refuses a form it cannot convert, rather than guess', () => {
    expect(() => parseColor('color(display-p3 1 0 0)')).toThrow(/Unsupported colour space/);
    expect(() => parseColor('lab(50 20 30)')).toThrow(/Unsupported colour/);
    expect(() => parseColor('red')).toThrow(/Unsupported colour/);
  });
});

describe('contrast', () => {
  it('gives WCAG’s reference values', () => {
    expect(relativeLuminance(white)).toBeCloseTo(1, 6);
    expect(relativeLuminance(black)).toBe(0);
    expect(contrastRatio(white, black)).toBeCloseTo(21, 6);
    expect(contrastRatio(black, white)).toBeCloseTo(21, 6);
    // #767676 is the lightest grey that reaches 4.5:1 on white.
    expect(contrastRatio(parseColor('rgb(118, 118, 118)'), white)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(parseColor('rgb(119, 119, 119)'), white)).toBeLessThan(4.5);
  });

  it('paints a translucent colour over what is behind it', () => {
    expect(toHex(over(parseColor('rgba(0, 0, 0, 0.5)'), white))).toBe('#808080');
    expect(over(parseColor('transparent'), parseColor('transparent')).alpha).toBe(0);
  });

  it('sees through transparent backgrounds down to the first opaque one', () => {
    const band = parseColor('rgb(11, 42, 71)');
    expect(seenThrough([parseColor('transparent'), band, white], white)).toEqual(band);
    expect(toHex(seenThrough([parseColor('rgba(255, 255, 255, 0.5)'), black], white))).toBe('#808080');
    expect(seenThrough([parseColor('transparent')], white)).toEqual(white);
  });
});
