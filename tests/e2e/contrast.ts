/**
 * Colour contrast as WCAG 2 defines it, for colours as Chromium computes
 * them: `rgb()`/`rgba()` for colours written in hex or rgb, and the forms a
 * colour mixed or written in another space keeps (`oklab()`, `oklch()`,
 * `color(srgb …)`: Tailwind 4's own palette is oklch, its opacity modifiers
 * `color-mix(in oklab, …)`). Other forms throw, so a test never guesses.
 */

/** A colour in sRGB, each channel gamma-encoded in 0–1, with its opacity. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

const FUNCTION = /^([a-z-]+)\((.*)\)$/i;

/**
 * A channel or alpha value: a number, a percentage of `percentOf`, or `none`
 * (a missing component, which counts as 0).
 */
function channel(token: string, percentOf: number): number {
  if (token === 'none') return 0;
  const value = Number.parseFloat(token);
  if (Number.isNaN(value)) throw new Error(`Not a colour component: "${token}"`);
  return token.endsWith('%') ? (value / 100) * percentOf : value;
}

/** The components and alpha of `rgb(1, 2, 3)`, `rgb(1 2 3 / 0.5)` or `oklab(0.5 0.1 0 / 50%)`. */
function components(args: string): { values: string[]; alpha: number } {
  const [main = '', alpha] = args.includes('/') ? args.split('/') : [args];
  const values = main.split(/[\s,]+/).filter(Boolean);
  // The legacy comma form puts alpha fourth: rgba(1, 2, 3, 0.5).
  if (alpha === undefined && values.length === 4) return { values: values.slice(0, 3), alpha: channel(values[3]!, 1) };
  return { values, alpha: alpha === undefined ? 1 : channel(alpha.trim(), 1) };
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Linear-light sRGB channel to its gamma-encoded value (the sRGB transfer function). */
function encode(linear: number): number {
  const sign = linear < 0 ? -1 : 1;
  const magnitude = Math.abs(linear);
  return sign * (magnitude <= 0.0031308 ? 12.92 * magnitude : 1.055 * magnitude ** (1 / 2.4) - 0.055);
}

/** Gamma-encoded sRGB channel to linear light. */
function decode(encoded: number): number {
  return encoded <= 0.04045 ? encoded / 12.92 : ((encoded + 0.055) / 1.055) ** 2.4;
}

/**
 * OKLab to gamma-encoded sRGB (Björn Ottosson's matrices, as CSS Color 4
 * uses them), clipped to the sRGB gamut as a screen shows it.
 */
function oklabToRgb(l: number, a: number, b: number, alpha: number): Rgba {
  const lms = [
    l + 0.3963377774 * a + 0.2158037573 * b,
    l - 0.1055613458 * a - 0.0638541728 * b,
    l - 0.0894841775 * a - 1.291485548 * b,
  ].map((value) => value ** 3) as [number, number, number];
  const [long, medium, short] = lms;
  const red = 4.0767416621 * long - 3.3077115913 * medium + 0.2309699292 * short;
  const green = -1.2684380046 * long + 2.6097574011 * medium - 0.3413193965 * short;
  const blue = -0.0041960863 * long - 0.7034186147 * medium + 1.707614701 * short;
  return { r: clamp01(encode(red)), g: clamp01(encode(green)), b: clamp01(encode(blue)), alpha };
}

/** Parses a colour as `getComputedStyle` returns it. */
export function parseColor(css: string): Rgba {
  const text = css.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, alpha: 0 };
  const match = FUNCTION.exec(text);
  if (!match) throw new Error(`Unsupported colour: "${css}"`);
  const [, name, args = ''] = match;
  if (name === 'color') {
    const [space, ...rest] = args.trim().split(/\s+/);
    if (space !== 'srgb') throw new Error(`Unsupported colour space: "${css}"`);
    const { values, alpha } = components(rest.join(' '));
    const [r = 0, g = 0, b = 0] = values.map((value) => clamp01(channel(value, 1)));
    return { r, g, b, alpha };
  }
  const { values, alpha } = components(args);
  const [first = '0', second = '0', third = '0'] = values;
  switch (name) {
    case 'rgb':
    case 'rgba':
      return {
        r: clamp01(channel(first, 255) / 255),
        g: clamp01(channel(second, 255) / 255),
        b: clamp01(channel(third, 255) / 255),
        alpha,
      };
    case 'oklab':
      return oklabToRgb(channel(first, 1), channel(second, 0.4), channel(third, 0.4), alpha);
    case 'oklch': {
      const chroma = channel(second, 0.4);
      const hue = (channel(third, 360) * Math.PI) / 180;
      return oklabToRgb(channel(first, 1), chroma * Math.cos(hue), chroma * Math.sin(hue), alpha);
    }
    default:
      throw new Error(`Unsupported colour: "${css}"`);
  }
}

/** `top` painted over `bottom` (source-over, in gamma-encoded sRGB as browsers blend). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top.alpha + bottom.alpha * (1 - top.alpha);
  if (alpha === 0) return { r: 0, g: 0, b: 0, alpha: 0 };
  const mix = (upper: number, lower: number) => (upper * top.alpha + lower * bottom.alpha * (1 - top.alpha)) / alpha;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), alpha };
}

/** WCAG 2 relative luminance of an opaque colour, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  return 0.2126 * decode(r) + 0.7152 * decode(g) + 0.0722 * decode(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(one: Rgba, other: Rgba): number {
  const [lighter, darker] = [relativeLuminance(one), relativeLuminance(other)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** `#rrggbb` (with `/alpha` when not opaque), for messages. */
export function toHex({ r, g, b, alpha }: Rgba): string {
  const hex = `#${[r, g, b]
    .map((value) =>
      Math.round(value * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
  return alpha < 1 ? `${hex}/${alpha.toFixed(2)}` : hex;
}

/**
 * The colour seen through a stack of backgrounds, nearest first: each one
 * painted over the ones behind it, down to the first opaque one, or to
 * `canvas` when none is.
 */
export function seenThrough(backgrounds: readonly Rgba[], canvas: Rgba): Rgba {
  const opaque = backgrounds.findIndex((background) => background.alpha >= 1);
  const layers = opaque === -1 ? [...backgrounds, canvas] : backgrounds.slice(0, opaque + 1);
  return layers.reduceRight((below, layer) => over(layer, below));
}
