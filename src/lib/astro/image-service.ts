import type { ImageTransform, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';

/**
 * The widest image file the site publishes: twice the widest an image is
 * shown (a page's image fills the article column, at most 72rem of frame
 * less its margins, 1,088 CSS pixels; 1,200 rounded up), for screens of two
 * device pixels per CSS pixel.
 */
export const MAX_IMAGE_WIDTH = 2400;

/**
 * Astro's own image service (sharp), through which every image a page shows
 * goes: the page's image, a Markdown or MDX image, a partner's logo. It
 * keeps every file it writes, `src` included, at most MAX_IMAGE_WIDTH wide:
 * Astro otherwise writes an image shown without a width (a Markdown image,
 * the `src` beside a `srcset`) at the size it was uploaded, 8,000 pixels for
 * a phone's photo. It writes modern formats only (WebP, Astro's default, or
 * the SVG a drawing is).
 */
const service: LocalImageService = {
  ...sharpService,
  async validateOptions(options, imageConfig, logger) {
    const validated = await sharpService.validateOptions!(options, imageConfig, logger);
    return capped(validated);
  },
};

export default service;

/** `options` with a width no larger than MAX_IMAGE_WIDTH, its height to scale, and no wider `srcset` entry. */
function capped(options: ImageTransform): ImageTransform {
  const source = typeof options.src === 'object' ? options.src : undefined;
  if (!source || source.format === 'svg') return options;
  const ratio = source.width / source.height;
  const width = options.width ?? (options.height ? Math.round(options.height * ratio) : source.width);
  if (options.widths) options.widths = cappedWidths(options.widths);
  if (width <= MAX_IMAGE_WIDTH) return options;
  return { ...options, width: MAX_IMAGE_WIDTH, height: Math.round(MAX_IMAGE_WIDTH / ratio) };
}

function cappedWidths(widths: number[]): number[] {
  const kept = widths.filter((width) => width <= MAX_IMAGE_WIDTH);
  return kept.length < widths.length ? [...kept, MAX_IMAGE_WIDTH] : kept;
}
